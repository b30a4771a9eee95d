import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";

/** Credentials of the first administrator, written by the first-run spec. */
const ADMIN_FILE = path.resolve("test-results/e2e-admin.json");

export interface Credentials {
  email: string;
  password: string;
  name: string;
}

export function saveAdmin(credentials: Credentials) {
  fs.mkdirSync(path.dirname(ADMIN_FILE), { recursive: true });
  fs.writeFileSync(ADMIN_FILE, JSON.stringify(credentials));
}

export function admin(): Credentials {
  return JSON.parse(fs.readFileSync(ADMIN_FILE, "utf8")) as Credentials;
}

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

/**
 * Creates a staff account through the admin UI, then signs in as it and replaces the temporary
 * password (the forced change). Returns the new account's credentials.
 */
export async function createStaff(
  browser: Browser,
  role: "Intake coordinator" | "Clinician" | "Administrator",
  name: string,
): Promise<Credentials> {
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInViaApi(adminPage.request, admin());
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  await adminPage.goto("/admin/users/new");
  await adminPage.getByLabel("Name").fill(name);
  await adminPage.getByLabel("Work email").fill(email);
  await adminPage.getByLabel("Role").selectOption({ label: role });
  await adminPage.getByRole("button", { name: "Create account" }).click();
  const temporary = (await adminPage.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).toMatch(/^[A-Za-z2-9-]{19}$/);
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, { email, password: temporary });
  await page.goto("/");
  await expect(page).toHaveURL(/\/account\/password$/);
  const password = `e2e ${name} long passphrase`;
  await page.getByLabel("Current password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/\?passwordChanged=1$/);
  await context.close();
  return { email, password, name };
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
