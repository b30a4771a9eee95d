import { createStaff, expect, test } from "./fixtures";
import { expectAccessible, signInViaApi } from "./helpers";

/** A fictional 555-01xx number unique to this run. */
function number(): string {
  return `(212) 555-01${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
}

test.describe("reports", () => {
  test("a report's date range changes its numbers, and the CSV export has only the chosen days", async ({
    browser,
  }) => {
    const staff = await createStaff("Intake coordinator", "Rory Reports");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    await page.goto("/calls/new");
    await page.getByLabel("Caller's phone").fill(number());
    await page.getByLabel("Disposition").selectOption({ label: "Not a fit" });
    await page.getByRole("button", { name: "Save call" }).click();
    await expect(page).toHaveURL(/saved=logged/);

    await page.goto("/reports/call-volume");
    await page.getByLabel("Period", { exact: true }).selectOption({ label: "Today" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/range=today/);
    const today = Number(await page.getByTestId("total-calls").textContent());
    expect(today).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole("figure", { name: "Calls by day" })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/reports/call-volume?range=custom&from=2001-01-01&to=2001-01-07");
    await expect(page.getByTestId("total-calls")).toHaveText("0");

    await page.goto("/reports/call-volume?range=today");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("42 CFR part 2");
    // "Calls by day" has one row: today.
    const dayRows = text.split("\r\n").filter((line) => /^"\d{4}-\d{2}-\d{2}","\d+","\d+","\d+"$/.test(line));
    expect(dayRows).toHaveLength(1);
    await context.close();
  });

  test("a coordinator cannot open the step-down report or export it", async ({ browser }) => {
    const staff = await createStaff("Intake coordinator", "Casey Continuity");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    const response = await page.goto("/reports/continuity");
    expect(response?.status()).toBe(403);
    await page.goto("/reports");
    await expect(page.getByRole("link", { name: "Call volume" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Step-down continuity" })).toHaveCount(0);
    const origin = new URL(page.url()).origin;
    const exported = await page.request.post("/api/reports/continuity/export", {
      form: { range: "30d" },
      headers: { origin },
    });
    expect(exported.status()).toBe(403);
    await context.close();
  });
});
