import { createStaff, expect, test } from "./fixtures";
import { signInViaApi } from "./helpers";

test("a coordinator is refused from admin pages and admin actions (Z3)", async ({ admin, browser }) => {
  const coordinator = await createStaff("Intake coordinator", "Casey Coordinator");

  // Capture the real server-action request the admin's browser would send, without running it.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto("/admin/users/new");
  const smuggled = `smuggled.${Date.now()}@e2e.intake.test`;
  await adminPage.getByLabel("Name").fill("Smuggled Account");
  await adminPage.getByLabel("Work email").fill(smuggled);
  await adminPage.getByLabel("Role").selectOption({ label: "Administrator" });
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void adminPage.route("**/admin/users/new", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
      await route.abort();
    });
  });
  await adminPage.getByRole("button", { name: "Create account" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, coordinator);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);

  for (const path of ["/admin", "/admin/users", "/admin/users/new", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  }

  // Replay the admin's action with the coordinator's session: refused, nothing created.
  const replay = (request: typeof page.request) =>
    request.post("/admin/users/new", {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        origin: new URL(page.url()).origin,
        accept: "text/x-component",
      },
      data: body,
    });
  const refused = await replay(page.request);
  expect(refused.status()).toBeLessThan(500);
  expect(await refused.text()).toContain("You do not have permission to do that.");
  await adminPage.unrouteAll({ behavior: "ignoreErrors" });
  await adminPage.goto("/admin/users");
  await expect(adminPage.getByText(smuggled)).toHaveCount(0);
  await expect(adminPage.getByText("Casey Coordinator")).toBeVisible();

  // Control: the same replay with the admin's session does create the account, so the refusal
  // above came from the permission check, not from a malformed request.
  await replay(adminPage.request);
  await adminPage.goto("/admin/users");
  await expect(adminPage.getByText(smuggled)).toBeVisible();
  await adminContext.close();
  await context.close();
});

test("deactivating a signed-in user ends their session at the next request (S4)", async ({ admin, browser }) => {
  const clinician = await createStaff("Clinician", "Dana Clinician");
  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await signInViaApi(userPage.request, clinician);
  await userPage.goto("/patients");
  await expect(userPage.getByRole("heading", { name: "Patients" })).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin);
  await adminPage.goto("/admin/users");
  await adminPage.getByRole("link", { name: clinician.name }).click();
  await adminPage.getByRole("button", { name: "Deactivate account" }).click();
  await expect(adminPage.getByText("Account updated.")).toBeVisible();
  await expect(adminPage.getByText("Deactivated", { exact: true })).toBeVisible();

  await userPage.goto("/patients");
  await expect(userPage).toHaveURL(/\/signin/);
  // And they cannot sign in again.
  const again = await signInViaApi(userPage.request, clinician);
  expect(again.status()).toBeLessThan(500);
  await userPage.goto("/");
  await expect(userPage).toHaveURL(/\/signin/);

  // Admin's audit trail shows the deactivation.
  await adminPage.goto("/admin/audit?action=user.deactivate");
  await expect(adminPage.getByRole("cell", { name: "user.deactivate" }).first()).toBeVisible();
  await adminContext.close();
  await userContext.close();
});

test("changing my password ends my other sessions (A10)", async ({ browser }) => {
  const staff = await createStaff("Clinician", "Riley Rotate");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInViaApi(otherPage.request, staff);
  await otherPage.goto("/");
  await expect(otherPage.getByText(staff.name)).toBeVisible();

  const mine = await browser.newContext();
  const page = await mine.newPage();
  await signInViaApi(page.request, staff);
  await page.goto("/account/password");
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();

  await page.getByLabel("Current password").fill(staff.password);
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/\?passwordChanged=1$/);
  await expect(page.getByText(staff.name)).toBeVisible();

  await otherPage.goto("/calls");
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();
  await mine.close();
});
