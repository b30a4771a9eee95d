import { expect, test } from "./fixtures";
import { signInViaApi } from "./helpers";
import type { Locator, Page } from "@playwright/test";

/**
 * With the page's clock installed, its timers (React's scheduling among them) run only while the
 * test moves the clock: if the warning's render was still queued when runFor returned, a further
 * second lets it happen. Stays well inside the two-minute warning.
 */
async function expectWarning(page: Page, dialog: Locator) {
  await expect
    .poll(
      async () => {
        if (await dialog.isVisible()) return true;
        await page.clock.runFor(1000);
        return dialog.isVisible();
      },
      { timeout: 15_000, intervals: [250] },
    )
    .toBe(true);
}

test("idle sign-out: a warning first, then sign-out after 15 minutes (S2)", async ({ admin, page }) => {
  await page.clock.install();
  await signInViaApi(page.request, admin);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.clock.runFor("13:01");
  const dialog = page.getByRole("alertdialog", { name: "Still there?" });
  await expectWarning(page, dialog);
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();

  // Staying resets the timer.
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  await page.clock.runFor("13:01");
  await expectWarning(page, dialog);

  await page.clock.runFor("02:00");
  await expect(page).toHaveURL(/\/signin\?reason=idle/);
  await expect(page.getByText("You were signed out after a period of inactivity.")).toBeVisible();
  // The session really ended on the server.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});
