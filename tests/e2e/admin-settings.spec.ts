import { createStaff, expect, test } from "./fixtures";
import { addPhoneLine, addReferralSource, expectAccessible, phoneLineRow, signInViaApi } from "./helpers";

test("an admin adds a phone line, sees field errors, moves the main line, deactivates and edits a line", async ({
  admin,
  page,
}) => {
  await signInViaApi(page.request, admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Manage phone lines" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Phone lines" })).toBeVisible();

  // An impossible number: the error sits next to the field and nothing is added.
  const add = page.getByRole("form", { name: "Add a phone line" });
  await add.getByLabel("Phone number").fill("555-01");
  await add.getByLabel("Label").fill("Typo line");
  await add.getByRole("button", { name: "Add phone line" }).click();
  await expect(add.getByText("This is not a valid phone number.", { exact: false })).toBeVisible();
  await expect(add.getByLabel("Phone number")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Typo line", { exact: true })).toHaveCount(0);

  // Typed as people type it; submitted with Enter.
  await add.getByLabel("Phone number").fill("(855) 555-0177");
  await add.getByLabel("Label").fill("Billboard campaign");
  await add.getByLabel("Forwards to").fill("617-555-0142");
  await add.getByLabel("Label").press("Enter");
  await expect(add.getByRole("status")).toHaveText(/^Added \(855\) 555-0177/);
  const line = phoneLineRow(page, "(855) 555-0177");
  await expect(line.getByRole("rowheader")).toHaveText("(855) 555-0177");
  await expect(line).toContainText("Billboard campaign");
  await expect(line).toContainText("(617) 555-0142");
  // The form is emptied and ready for the next line.
  await expect(add.getByLabel("Phone number")).toHaveValue("");
  await expect(add.getByLabel("Phone number")).toBeFocused();

  // The same number again is refused on the number field.
  await add.getByLabel("Phone number").fill("+1 855 555 0177");
  await add.getByLabel("Label").fill("Duplicate");
  await add.getByRole("button", { name: "Add phone line" }).click();
  await expect(add.getByText("Another phone line already has this number.")).toBeVisible();

  // The main line cannot be deactivated: make another line the main line first.
  const main = await addPhoneLine(page, { number: "(855) 555-0190", label: "Main admissions line" });
  await main.getByRole("button", { name: /^Set as main line/ }).click();
  await expect(main.getByText("Main line", { exact: true })).toBeVisible();
  await expect(main.getByRole("button", { name: /^Deactivate/ })).toHaveCount(0);
  await expect(line.getByText("Main line", { exact: true })).toHaveCount(0);

  await line.getByRole("button", { name: /^Deactivate/ }).click();
  await expect(line.getByText("Inactive", { exact: true })).toBeVisible();
  await expect(line.getByRole("status")).toContainText("Line deactivated.");
  await expect(line.getByRole("button", { name: /^Reactivate/ })).toBeVisible();
  // Focus is kept in the row (on its Edit button) although the row moved below the active ones.
  await expect(line.getByRole("button", { name: /^Edit/ })).toBeFocused();

  // Inline edit by keyboard: Escape closes, Enter saves.
  await page.keyboard.press("Enter");
  const editor = page.getByRole("form", { name: "Edit (855) 555-0177" });
  await expect(editor.getByLabel("Number")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(line.getByRole("button", { name: /^Edit/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await editor.getByLabel("Label").fill("Billboard campaign (ended)");
  await editor.getByLabel("Forwards to").fill("12");
  await editor.getByLabel("Label").press("Enter");
  await expect(editor.getByText("This is not a valid phone number.", { exact: false })).toBeVisible();
  await editor.getByLabel("Forwards to").fill("");
  await editor.getByLabel("Label").press("Enter");
  await expect(editor).toHaveCount(0);
  await expect(line).toContainText("Billboard campaign (ended)");
  await expect(line).toContainText("Not forwarded");
  await expect(line.getByText("Inactive", { exact: true })).toBeVisible();

  await expectAccessible(page);
});

test("an admin adds, edits and deactivates a referral source", async ({ admin, page }) => {
  await signInViaApi(page.request, admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Manage referral sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Referral sources" })).toBeVisible();

  const add = page.getByRole("form", { name: "Add a referral source" });
  await add.getByRole("button", { name: "Add referral source" }).click();
  await expect(add.getByText("Enter a name.")).toBeVisible();
  await expect(add.getByText("Choose a type.")).toBeVisible();

  const source = await addReferralSource(page, { name: "Mercy General Hospital ED", typeLabel: "Hospital" });
  await expect(source).toContainText("Hospital");
  await expect(source.getByText("Active", { exact: true })).toBeVisible();

  // The same name in another case is the same source.
  await add.getByLabel("Source name").fill("mercy general hospital ed");
  await add.getByLabel("Source type").selectOption({ label: "Physician" });
  await add.getByRole("button", { name: "Add referral source" }).click();
  await expect(add.getByText("A referral source with this name already exists.")).toBeVisible();

  await source.getByRole("button", { name: /^Edit/ }).click();
  const editor = page.getByRole("form", { name: "Edit Mercy General Hospital ED" });
  await editor.getByLabel("Type").selectOption({ label: "Physician" });
  await editor.getByRole("button", { name: /^Save/ }).click();
  await expect(editor).toHaveCount(0);
  await expect(source).toContainText("Physician");

  await source.getByRole("button", { name: /^Deactivate/ }).click();
  await expect(source.getByText("Inactive", { exact: true })).toBeVisible();
  await expect(source.getByRole("status")).toContainText("Source deactivated.");

  await expectAccessible(page);
});

test("a coordinator gets 403 on the settings pages and cannot run their actions (Z3)", async ({ admin, browser }) => {
  const coordinator = await createStaff("Intake coordinator", "Sasha Settings");

  // Capture the real server-action request the admin's browser would send, without running it.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto("/admin/referral-sources");
  const add = adminPage.getByRole("form", { name: "Add a referral source" });
  await add.getByLabel("Source name").fill("Smuggled source");
  await add.getByLabel("Source type").selectOption({ label: "Other" });
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void adminPage.route("**/admin/referral-sources", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await add.getByRole("button", { name: "Add referral source" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();
  await adminPage.unrouteAll({ behavior: "ignoreErrors" });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, coordinator);
  for (const path of ["/admin/phone-lines", "/admin/referral-sources"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }

  const refused = await page.request.post("/admin/referral-sources", {
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      origin: new URL(page.url()).origin,
      accept: "text/x-component",
    },
    data: body,
  });
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).toContain("You do not have permission to do that.");
  await adminPage.goto("/admin/referral-sources");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Referral sources" })).toBeVisible();
  await expect(adminPage.getByText("Smuggled source")).toHaveCount(0);
  await adminContext.close();
  await context.close();
});
