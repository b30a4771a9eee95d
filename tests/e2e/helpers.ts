import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

/** The administrator the first-run spec creates on its own server; the logs spec's canaries. */
export const FIRST_RUN_ADMIN: Credentials = {
  name: "Morgan Admin",
  email: "morgan.admin@e2e.intake.test",
  password: "first admin long passphrase",
};

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@e2e.intake.test`;
}

/** Signs in through NextAuth's credentials endpoint (fast); one spec drives the real form instead. */
export async function signInViaApi(request: APIRequestContext, credentials: Pick<Credentials, "email" | "password">) {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken: csrf.csrfToken,
      email: credentials.email,
      password: credentials.password,
      json: "true",
      callbackUrl: "/",
    },
    maxRedirects: 0,
  });
  return response;
}

export async function signInViaForm(page: Page, credentials: Pick<Credentials, "email" | "password">) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(credentials.email);
  await page.getByLabel("Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** axe-core with WCAG 2.1 A/AA rules: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
}

/**
 * Adds a phone line through the admin page (the page must be signed in as an administrator) and
 * waits for it in the table. `number` is typed as a person would, e.g. "(855) 555-0190".
 */
export async function addPhoneLine(page: Page, line: { number: string; label: string; forwardTo?: string }) {
  await page.goto("/admin/phone-lines");
  const form = page.getByRole("form", { name: "Add a phone line" });
  await form.getByLabel("Phone number").fill(line.number);
  await form.getByLabel("Label").fill(line.label);
  if (line.forwardTo) await form.getByLabel("Forwards to").fill(line.forwardTo);
  await form.getByRole("button", { name: "Add phone line" }).click();
  await expect(form.getByRole("status")).toContainText("Added");
  return phoneLineRow(page, line.number);
}

/** A phone line's row in the admin table, found by its number as the table shows it. */
export function phoneLineRow(page: Page, displayedNumber: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: displayedNumber, exact: true }) });
}

/** Adds a referral source through the admin page (signed in as an administrator). */
export async function addReferralSource(page: Page, source: { name: string; typeLabel: string }) {
  await page.goto("/admin/referral-sources");
  const form = page.getByRole("form", { name: "Add a referral source" });
  await form.getByLabel("Source name").fill(source.name);
  await form.getByLabel("Source type").selectOption({ label: source.typeLabel });
  await form.getByRole("button", { name: "Add referral source" }).click();
  await expect(form.getByRole("status")).toContainText("Added");
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: source.name, exact: true }) });
}

/** A fictional 555-01xx number (212 area code) for a call logged in a test. */
export function fictionalNumber(): string {
  return `(212) 555-01${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
}

/**
 * Logs an inbound call with a new prospect (Alt+P) through the call form; returns the call page
 * URL. The page must be signed in as a coordinator.
 */
export async function logCallWithProspect(page: Page, callerName: string, disposition = "Screening started") {
  await page.goto("/calls/new");
  await page.getByLabel("Caller's phone").fill(fictionalNumber());
  await page.getByLabel("Caller's name").fill(callerName);
  await page.keyboard.press("Alt+p");
  await expect(page.getByLabel("New prospect from this call (Alt+P)")).toBeChecked();
  await page.getByLabel("Disposition").selectOption({ label: disposition });
  await page.getByRole("button", { name: "Save call" }).click();
  await expect(page).toHaveURL(/\/calls\/[0-9a-f-]{36}\?saved=logged$/);
  return page.url();
}
