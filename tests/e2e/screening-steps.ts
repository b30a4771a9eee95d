/**
 * Steps of a screening in the browser, shared by the screening specs: the baseline keys of each
 * section, answering a section by keyboard, walking the sections, starting from a call.
 */
import { type Browser, expect, type Page } from "@playwright/test";
import { type Credentials, expectAccessible, logCallWithProspect, signInViaApi } from "./helpers";

export const SCREENING_URL = /\/screenings\/([0-9a-f-]{36})(\?.*)?$/;

/**
 * Keys for each section, answered by keyboard alone: a number key answers the focused question
 * and moves to the next one; after the last, focus is on "Save and continue" and Enter saves.
 * The baseline has nothing of note (recommendation: outpatient).
 */
export const BASELINE: Record<string, string[]> = {
  substanceUse: ["0"],
  phq9: [..."0000000000"],
  gad7: [..."00000000"],
  auditc: ["1", "0"], // female; "Never" skips questions 2 and 3
  cssrs: ["0", "0", "0"],
  medical: [..."00000000"],
  home: ["1", "0", "0", "1", "1"],
  treatmentHistory: ["1", "Tab", "Tab"], // first time: the counts fill in as 0
  coOccurring: ["0"],
  obligations: [..."000"],
  insurance: ["8", "Tab"], // not known yet; no plan name
  serviceFit: ["1"],
};
export const ORDER = Object.keys(BASELINE);
export const TITLES: Record<string, string> = {
  substanceUse: "Substance use",
  phq9: "Depression (PHQ-9)",
  gad7: "Anxiety (GAD-7)",
  auditc: "Alcohol (AUDIT-C)",
  cssrs: "Suicide risk (C-SSRS screener)",
  medical: "Medical and withdrawal",
  home: "Home and support",
  treatmentHistory: "Treatment and relapse history",
  coOccurring: "Co-occurring diagnoses",
  obligations: "Obligations",
  insurance: "Insurance",
  serviceFit: "Service fit",
};

export async function signedIn(browser: Browser, who: Credentials): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, who);
  return page;
}

/** Answers the open section with `keys` and presses Enter on "Save and continue". */
export async function answer(page: Page, section: string, keys: string[]) {
  await expect(page).toHaveURL(new RegExp(`section=${section}$|/screenings/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: TITLES[section], exact: true })).toBeVisible();
  // The section opens with its first question focused.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[data-field]") != null)).toBe(true);
  for (const key of keys) await page.keyboard.press(key);
  await expect(page.locator("[data-continue]")).toBeFocused();
  await page.keyboard.press("Enter");
}

/** Walks every section from the one open now, with the baseline answers unless overridden. */
export async function walkSections(page: Page, overrides: Record<string, string[]> = {}, from = "substanceUse") {
  for (const section of ORDER.slice(ORDER.indexOf(from))) {
    await answer(page, section, overrides[section] ?? BASELINE[section]!);
  }
  await expect(page).toHaveURL(/section=submit$/);
}

export async function startFromCall(page: Page, callerName: string): Promise<string> {
  await logCallWithProspect(page, callerName);
  await page.getByRole("link", { name: "Start screening" }).click();
  await expect(page).toHaveURL(/\/screenings\/new\?call=[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start screening" }).click();
  await expect(page).toHaveURL(SCREENING_URL);
  return page.url().replace(/\?.*$/, "");
}
