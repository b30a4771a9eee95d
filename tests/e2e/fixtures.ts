import { test as base, expect, type APIRequestContext, request as playwrightRequest } from "@playwright/test";
import { type Credentials, signInViaApi, uniqueEmail } from "./helpers";

export { expect };

export type StaffRole = "Intake coordinator" | "Clinician" | "Administrator";

const ROLE_CODES: Record<StaffRole, string> = {
  "Intake coordinator": "COORDINATOR",
  Clinician: "CLINICIAN",
  Administrator: "ADMIN",
};

/**
 * Creates an active staff account of `role` on the main e2e server through the test-only seeding
 * route (app/api/testing/accounts/route.e2e.ts, ADR 0013) and returns its credentials. The password
 * is "e2e <name> long passphrase", a canary the logs spec looks for.
 */
export async function createStaff(role: StaffRole, name: string): Promise<Credentials> {
  const credentials = {
    name,
    email: uniqueEmail(name.split(" ")[0]!.toLowerCase()),
    password: `e2e ${name} long passphrase`,
  };
  const context: APIRequestContext = await playwrightRequest.newContext({
    baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}`,
  });
  try {
    const response = await context.post("/api/testing/accounts", {
      headers: { "x-e2e-seed-token": process.env.E2E_SEED_TOKEN ?? "" },
      data: { ...credentials, role: ROLE_CODES[role] },
    });
    expect(response.status(), await response.text()).toBe(201);
  } finally {
    await context.dispose();
  }
  return credentials;
}

/**
 * Each test's own accounts, in the manner of Epic Stack's login fixture:
 * - `admin`: an administrator made for this test (not signed in);
 * - `login(role)`: makes an account of `role` and signs this test's `page` in as it.
 */
export const test = base.extend<{
  admin: Credentials;
  login: (role: StaffRole, name?: string) => Promise<Credentials>;
}>({
  admin: async ({}, provide) => {
    await provide(await createStaff("Administrator", "Avery Admin"));
  },
  login: async ({ page }, provide) => {
    await provide(async (role, name = `${role.split(" ").at(-1)} Person`) => {
      const credentials = await createStaff(role, name);
      await signInViaApi(page.request, credentials);
      const cookies = await page.context().cookies();
      expect(
        cookies.map((c) => c.name),
        "signed in",
      ).toContain("intake.session");
      return credentials;
    });
  },
});
