import { expect, test } from "./fixtures";
import { signInViaApi } from "./helpers";

test("idle sign-out: a warning first, then sign-out after 15 minutes (S2)", async ({ admin, page }) => {
  await page.clock.install();
  await signInViaApi(page.request, admin);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.clock.runFor("13:01");
  const dialog = page.getByRole("alertdialog", { name: "Still there?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();

  // Staying resets the timer.
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  await page.clock.runFor("13:01");
  await expect(dialog).toBeVisible();

  await page.clock.runFor("02:00");
  await expect(page).toHaveURL(/\/signin\?reason=idle/);
  await expect(page.getByText("You were signed out after a period of inactivity.")).toBeVisible();
  // The session really ended on the server.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});
