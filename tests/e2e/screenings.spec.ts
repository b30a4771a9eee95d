import { type Browser, type Page } from "@playwright/test";
import { createStaff, expect, test } from "./fixtures";
import { type Credentials, expectAccessible, logCallWithProspect, signInViaApi } from "./helpers";

const SCREENING_URL = /\/screenings\/([0-9a-f-]{36})(\?.*)?$/;

/**
 * Keys for each section, answered by keyboard alone: a number key answers the focused question
 * and moves to the next one; after the last, focus is on "Save and continue" and Enter saves.
 * The baseline has nothing of note (recommendation: outpatient).
 */
const BASELINE: Record<string, string[]> = {
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
const ORDER = Object.keys(BASELINE);
const TITLES: Record<string, string> = {
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

async function signedIn(browser: Browser, who: Credentials): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, who);
  return page;
}

/** Answers the open section with `keys` and presses Enter on "Save and continue". */
async function answer(page: Page, section: string, keys: string[]) {
  await expect(page).toHaveURL(new RegExp(`section=${section}$|/screenings/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { name: TITLES[section], exact: true })).toBeVisible();
  // The section opens with its first question focused.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest("[data-field]") != null)).toBe(true);
  for (const key of keys) await page.keyboard.press(key);
  await expect(page.locator("[data-continue]")).toBeFocused();
  await page.keyboard.press("Enter");
}

/** Walks every section from the one open now, with the baseline answers unless overridden. */
async function walkSections(page: Page, overrides: Record<string, string[]> = {}, from = "substanceUse") {
  for (const section of ORDER.slice(ORDER.indexOf(from))) {
    await answer(page, section, overrides[section] ?? BASELINE[section]!);
  }
  await expect(page).toHaveURL(/section=submit$/);
}

async function startFromCall(page: Page, callerName: string): Promise<string> {
  await logCallWithProspect(page, callerName);
  await page.getByRole("link", { name: "Start screening" }).click();
  await expect(page).toHaveURL(/\/screenings\/new\?call=[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start screening" }).click();
  await expect(page).toHaveURL(SCREENING_URL);
  return page.url().replace(/\?.*$/, "");
}

test.describe("screenings", () => {
  test("a full screening by keyboard ends in an IOP recommendation", async ({ browser }) => {
    const coordinator = await createStaff("Intake coordinator", "Kit Keys");
    const page = await signedIn(browser, coordinator);
    await startFromCall(page, "Harper Keyes");
    await expect(page.getByRole("heading", { name: "Substance use" })).toBeVisible();
    await expect(page.getByText("0 of 11 required sections complete")).toBeVisible();
    await expectAccessible(page);
    // PHQ-9 total 12 (moderate) is the one finding: IOP.
    await walkSections(page, { phq9: [..."2222220001"] });
    await expect(page.getByText("11 of 11 required sections complete")).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit for clinical review" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/done=submitted$/);
    await expect(page.getByRole("status")).toContainText("Screening submitted");
    const recommendation = page.getByRole("region", { name: "Recommended level of care" });
    await expect(recommendation).toContainText("Intensive outpatient (IOP)");
    await expect(recommendation).toContainText(
      "Depression (PHQ-9): 1. Little interest or pleasure in doing things — More than half the days (2)",
    );
    const phq9 = page.getByRole("region", { name: "PHQ-9" });
    await expect(phq9).toContainText("12");
    await expect(phq9).toContainText("Moderate");
    await expectAccessible(page);
    await page.context().close();
  });

  test("a high C-SSRS result blocks submission until the action taken is recorded", async ({ browser }) => {
    const coordinator = await createStaff("Intake coordinator", "Sasha Safety");
    const page = await signedIn(browser, coordinator);
    await logCallWithProspect(page, "Rowan Highland", "Information only");
    // Start from the prospect, found by name (a POST: the name stays out of the URL).
    await page.goto("/screenings/new");
    await page.getByLabel("Prospect's name").fill("Rowan Highland");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByRole("button", { name: "Start screening for Rowan Highland" }).click();
    await expect(page).toHaveURL(SCREENING_URL);
    expect(page.url()).not.toContain("Rowan");
    await walkSections(page, {}, "substanceUse");

    await page.getByRole("link", { name: /Suicide risk \(C-SSRS screener\)/ }).click();
    await expect(page.getByRole("heading", { name: "Suicide risk (C-SSRS screener)" })).toBeVisible();
    for (const key of ["1", "1", "0", "1"]) await page.keyboard.press(key); // wish, thoughts, no method, intent
    const banner = page.getByRole("alert").filter({ hasText: "High suicide risk — act now" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Not saved yet");
    await expect(banner).toContainText("988");
    for (const key of ["0", "0"]) await page.keyboard.press(key);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/section=medical$/);
    await expect(page.getByRole("alert").filter({ hasText: "A safety flag is open" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`${page.url().replace(/\?.*$/, "")}?section=submit`);
    await page.getByRole("button", { name: "Submit for clinical review" }).click();
    await expect(
      page.getByText("Record the action taken (who was contacted, when, and the outcome) before submitting").first(),
    ).toBeVisible();
    await expect(page.getByLabel("Action taken (required before submitting)")).toHaveAttribute("aria-invalid", "true");
    await page
      .getByLabel("Action taken (required before submitting)")
      .fill("Warm handoff to 988; stayed on the line; clinician on duty notified.");
    await page.getByRole("button", { name: "Save action taken" }).click();
    await expect(page.getByText("Action taken recorded.")).toBeVisible();
    await page.getByRole("button", { name: "Submit for clinical review" }).click();
    await expect(page).toHaveURL(/done=submitted$/);
    await expect(page.getByRole("region", { name: "Recommended level of care" })).toContainText("Emergency");

    await page.goto("/");
    const flags = page.getByRole("region", { name: /Open safety flags/ });
    await expect(flags).toContainText("High suicide risk");
    await expectAccessible(page);
    await page.context().close();
  });

  test.describe.serial("clinical review", () => {
    let screeningUrl = "";

    test("a coordinator is refused from signing", async ({ browser }) => {
      const coordinator = await createStaff("Intake coordinator", "Nico Notsign");
      const page = await signedIn(browser, coordinator);
      screeningUrl = await startFromCall(page, "Jules Override");
      await walkSections(page);
      await page.getByRole("button", { name: "Submit for clinical review" }).click();
      await expect(page).toHaveURL(/done=submitted$/);
      await expect(page.getByText("Only a clinician can review and sign this screening.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Review and sign" })).toHaveCount(0);
      const response = await page.goto(`${screeningUrl}/review`);
      expect(response?.status()).toBe(403);
      await page.context().close();
    });

    test("a clinician overrides the recommendation with a reason and signs", async ({ browser }) => {
      const clinician = await createStaff("Clinician", "Dana Decides");
      const page = await signedIn(browser, clinician);
      await page.goto("/");
      await expect(page.getByRole("link", { name: /Waiting for clinical review/ })).toBeVisible();
      await expectAccessible(page);
      await page.goto("/screenings");
      await expect(page.getByRole("heading", { name: /Review queue/ })).toBeVisible();
      await expectAccessible(page);
      await page.goto(`${screeningUrl}/review`);
      await expect(page.getByRole("region", { name: "Recommended level of care" })).toContainText("Outpatient");
      await page.getByLabel("Choose another level of care (override, with a reason)").check();
      await page.getByLabel("Level of care you decide on").selectOption({ label: "Intensive outpatient (IOP)" });
      await page.getByRole("button", { name: "Sign off" }).click();
      await expect(page.getByText("Give the reason for choosing a level other than the recommendation.")).toBeVisible();
      await page
        .getByLabel("Reason for the override (required)")
        .fill("Two recent returns to use; needs more structure than weekly sessions.");
      await page.getByLabel("Risk rating, dimension 5").selectOption({ label: "3 — high" });
      await expectAccessible(page);
      await page.getByRole("button", { name: "Sign off" }).click();
      await expect(page).toHaveURL(/done=reviewed$/);
      const decision = page.getByRole("region", { name: "Clinical decision" });
      await expect(decision).toContainText("Intensive outpatient (IOP)");
      await expect(decision).toContainText("Override");
      await expect(decision).toContainText("Two recent returns to use");
      await expect(page.getByRole("region", { name: "Recommended level of care" })).toContainText("Outpatient");

      await page.getByRole("link", { name: "History" }).click();
      await expect(page.getByRole("img", { name: "PHQ-9 and GAD-7 totals over time" })).toBeVisible();
      await expect(page.getByRole("table", { name: /Screenings, oldest first/ })).toContainText("Signed");
      await expectAccessible(page);
      await page.goto(`${screeningUrl}/print`);
      await expect(page.getByRole("heading", { name: /Pre-admission screening/ })).toBeVisible();
      await page.context().close();
    });
  });
});
