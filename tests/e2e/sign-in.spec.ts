import { createStaff, expect, test } from "./fixtures";
import { signInViaApi, signInViaForm } from "./helpers";

const GENERIC = /Sign-in failed\. Check your email and password\./;

test("a wrong password and an unknown email get the same generic message (A4)", async ({ admin, page }) => {
  await signInViaForm(page, { email: admin.email, password: "not the right password" });
  await expect(page.getByText(GENERIC)).toBeVisible();
  await signInViaForm(page, { email: "nobody.here@e2e.intake.test", password: "not the right password" });
  await expect(page.getByText(GENERIC)).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

test("repeated failures lock the account; an admin unlocks it (A5)", async ({ admin, browser, page }) => {
  const staff = await createStaff("Intake coordinator", "Lockout Lane");
  for (let i = 0; i < 5; i++) {
    const response = await signInViaApi(page.request, { email: staff.email, password: `wrong password ${i}` });
    expect(response.status()).toBeLessThan(500);
  }
  // Even the right password is refused while locked, with the same message.
  await signInViaForm(page, staff);
  await expect(page.getByText(GENERIC)).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("link", { name: staff.name }).click();
  await expect(adminPage.getByText(/Locked until/)).toBeVisible();
  await adminPage.getByRole("button", { name: "Unlock sign-in" }).click();
  await expect(adminPage.getByText("Account unlocked.")).toBeVisible();
  await adminContext.close();

  await signInViaForm(page, staff);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(staff.name)).toBeVisible();
});

test("a new account must replace its temporary password before anything else", async ({ admin, browser }) => {
  const context = await browser.newContext();
  const adminPage = await context.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Name").fill("Temp Tatum");
  const email = `temp.${Date.now()}@e2e.intake.test`;
  await adminPage.getByLabel("Work email").fill(email);
  await adminPage.getByRole("button", { name: "Create account" }).click();
  const temporary = (await adminPage.getByTestId("temporary-password").textContent())!.trim();
  await context.close();

  const userContext = await browser.newContext();
  const page = await userContext.newPage();
  await signInViaForm(page, { email, password: temporary });
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  // Other pages send them back here.
  await page.goto("/calls");
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the new password").fill("short");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill("my own good passphrase");
  await page.getByLabel("Repeat the new password").fill("my own good passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/\?passwordChanged=1$/);
  await page.goto("/calls");
  await expect(page.getByRole("heading", { name: "Calls" })).toBeVisible();
  await userContext.close();
});
