import { expect, test } from "@playwright/test";
import { expectAccessible, FIRST_RUN_ADMIN, signInViaForm } from "./helpers";

// Runs on its own server, whose database is empty (playwright.config.ts); no other spec needs it.
test("first run: setup creates the first administrator, who signs in and sees the app shell", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: /create the first administrator/i })).toBeVisible();
  await expectAccessible(page);

  // Validation: errors next to the fields, nothing created.
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  const admin = FIRST_RUN_ADMIN;
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Work email").fill(admin.email);
  await page.getByLabel("Password", { exact: true }).fill("password1234");
  await page.getByLabel("Repeat the password").fill("password1234");
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page.getByText("This password is too common.", { exact: false })).toBeVisible();

  await page.getByLabel("Password", { exact: true }).fill(admin.password);
  await page.getByLabel("Repeat the password").fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expect(page).toHaveURL(/\/signin\?reason=created$/);

  // Setup is closed now.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/signin/);

  await signInViaForm(page, admin);
  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Dashboard", "Calls", "Screenings", "Patients", "Reports", "Admin"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(page.getByText(admin.name)).toBeVisible();
  await expectAccessible(page);

  // No broken links in the shell.
  for (const label of ["Calls", "Screenings", "Patients", "Reports", "Admin", "Dashboard"]) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
  }

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fusers/);
});
