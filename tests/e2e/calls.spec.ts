import { type Page } from "@playwright/test";
import { createStaff, expect, test } from "./fixtures";
import { expectAccessible, signInViaApi } from "./helpers";

/** A fictional 555-01xx number unique to this run. */
function number(): string {
  return `(212) 555-01${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
}

/** Presses Tab until the element named `name` has focus: keyboard only, like a coordinator. */
async function tabTo(page: Page, name: string) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${name}`);
}

test.describe("call log", () => {
  test("a coordinator logs a call with the keyboard alone", async ({ browser }) => {
    const staff = await createStaff("Intake coordinator", "Kai Keyboard");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    await page.goto("/");
    await page.keyboard.press("Alt+n");
    await expect(page).toHaveURL(/\/calls\/new$/);
    await expect(page.getByLabel("Caller's phone")).toBeFocused();
    await expectAccessible(page);

    await page.keyboard.type("12");
    await tabTo(page, "disposition");
    await page.keyboard.press("Control+Enter");
    await expect(page.getByText("This is not a valid phone number.", { exact: false })).toBeVisible();
    await expect(page.getByText("Choose a disposition.")).toBeVisible();

    await page.getByLabel("Caller's phone").focus();
    await page.keyboard.press("Control+a");
    await page.keyboard.type(number());
    await page.keyboard.press("Tab");
    await page.keyboard.type("Quinn Keyboard");
    await tabTo(page, "okToText");
    await page.keyboard.press("Space");
    await tabTo(page, "disposition");
    await page.keyboard.type("Information");
    await tabTo(page, "notes");
    await page.keyboard.type("Asked about evening IOP.");
    await page.keyboard.press("Control+Enter");
    await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\?saved=logged$/);
    await expect(page.getByRole("status")).toContainText("Call logged.");
    await expect(page.getByText("Information only").first()).toBeVisible();
    await expect(page.getByText("Texts OK").first()).toBeVisible();
    await context.close();
  });

  test("a repeat caller is recognized and linked with one key", async ({ browser }) => {
    const staff = await createStaff("Intake coordinator", "Rene Repeat");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    const phone = number();

    await page.goto("/calls/new");
    await page.getByLabel("Caller's phone").fill(phone);
    await page.getByLabel("Caller's name").fill("Morgan Repeat");
    await page.keyboard.press("Alt+p");
    await expect(page.getByLabel("New prospect from this call (Alt+P)")).toBeChecked();
    await page.getByLabel("OK to leave a voicemail").check();
    await page.getByLabel("Disposition").selectOption({ label: "Screening started" });
    await page.getByRole("button", { name: "Save call" }).click();
    await expect(page).toHaveURL(/saved=logged/);
    await expect(page.getByText("Linked to Morgan Repeat")).toBeVisible();

    await page.goto("/calls/new");
    await page.getByLabel("Caller's phone").fill(phone);
    const panel = page.getByRole("region", { name: "Person" });
    await expect(panel.getByText("1 earlier call from this number.")).toBeVisible();
    await expect(panel.getByText("Morgan Repeat")).toBeVisible();
    await expect(panel.getByText("Voicemail OK")).toBeVisible();
    await page.getByLabel("Caller's name").focus();
    await page.keyboard.press("Alt+l");
    await expect(panel.getByRole("button", { name: "Linked — unlink" })).toBeVisible();
    await expect(page.getByLabel("OK to leave a voicemail")).toBeChecked();
    await page.getByLabel("Disposition").selectOption({ label: "Assessment scheduled" });
    await page.keyboard.press("Control+Enter");
    await expect(page).toHaveURL(/saved=logged/);
    await expect(page.getByText("Linked to Morgan Repeat")).toBeVisible();
    await context.close();
  });

  test("a callback is completed, logging the outbound call", async ({ browser }) => {
    const staff = await createStaff("Intake coordinator", "Cam Callback");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    await page.goto("/calls/new");
    await page.getByLabel("Caller's phone").fill(number());
    await page.getByLabel("Caller's name").fill("Avery Callback");
    await page.keyboard.press("Alt+p");
    await page.getByLabel("Disposition").selectOption({ label: "Callback requested" });
    await page.getByRole("button", { name: "Save call" }).click();
    await expect(page.getByText("Set when to call back.")).toBeVisible();
    await page.getByLabel("Call back at").fill("2020-01-01T09:00");
    await page.getByRole("button", { name: "Save call" }).click();
    await expect(page).toHaveURL(/saved=logged/);

    // The dashboard shows it at once as this coordinator's overdue callback, linked to their queue.
    await page.goto("/");
    const overdue = page.getByRole("link", { name: /^My callbacks overdue\s*1$/ });
    await expect(overdue).toBeVisible();
    await expect(overdue).toHaveAttribute("href", "/calls/callbacks?view=mine");

    await page.goto("/calls/callbacks");
    await expect(page.getByRole("link", { name: "My callbacks" })).toHaveAttribute("aria-current", "page");
    const item = page.getByRole("listitem", { name: "Callback for Avery Callback" });
    await expect(item.getByText("Overdue")).toBeVisible();
    await expect(item.getByText("No voicemail")).toBeVisible();
    await expectAccessible(page);
    await item.getByRole("button", { name: "Complete callback" }).click();
    await item.getByLabel("How did the callback go?").selectOption({ label: "Assessment scheduled" });
    await item.getByRole("button", { name: "Log callback" }).click();
    await expect(page.getByRole("listitem", { name: "Callback for Avery Callback" })).toHaveCount(0);

    await page.goto("/calls");
    await expect(
      page.getByRole("row").filter({ hasText: "Assessment scheduled" }).filter({ hasText: "Avery Callback" }).first(),
    ).toBeVisible();
    await context.close();
  });

  test("a clinician can read calls but cannot create one", async ({ browser }) => {
    const clinician = await createStaff("Clinician", "Chris Clinician");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, clinician);
    await page.goto("/calls");
    await expect(page.getByRole("heading", { name: "Calls" })).toBeVisible();
    await expect(page.getByRole("link", { name: /New call/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Log a call" })).toHaveCount(0);
    const response = await page.goto("/calls/new");
    expect(response?.status()).toBe(403);
    await page.goto("/calls");
    await page.keyboard.press("Alt+n");
    await expect(page).toHaveURL(/\/calls$/);
    await context.close();
  });

  test("the CSV export downloads the filtered calls with the Part 2 notice", async ({ browser }) => {
    const staff = await createStaff("Intake coordinator", "Ellis Export");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInViaApi(page.request, staff);
    await page.goto("/calls/new");
    await page.getByLabel("Caller's phone").fill(number());
    await page.getByLabel("Caller's name").fill('=HYPERLINK("x")');
    await page.getByLabel("Disposition").selectOption({ label: "Not a fit" });
    await page.getByRole("button", { name: "Save call" }).click();
    await expect(page).toHaveURL(/saved=logged/);
    await page.goto("/calls?disposition=NOT_A_FIT");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export these calls as CSV" }).click(),
    ]);
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("42 CFR part 2");
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toContain("Information only");
    await context.close();
  });
});
