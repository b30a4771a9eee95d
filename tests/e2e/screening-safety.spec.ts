import { createStaff, expect, test } from "./fixtures";
import { expectAccessible, logCallWithProspect } from "./helpers";
import { SCREENING_URL, signedIn, startFromCall, walkSections } from "./screening-steps";

test.describe("screening: review step and informant reports", () => {
  test("Review and submit shows the scores, bands, safety result and the recommendation before submitting", async ({
    browser,
  }) => {
    const coordinator = await createStaff("Intake coordinator", "Reva Review");
    const page = await signedIn(browser, coordinator);
    await startFromCall(page, "Quinn Preview");
    // PHQ-9 total 12 with item 9 positive; the C-SSRS negative.
    await walkSections(page, { phq9: [..."2222210011"] });
    const preview = page.getByRole("region", { name: "Recommended level of care if submitted now" });
    await expect(preview).toContainText("Intensive outpatient (IOP)");
    await expect(preview).toContainText("PHQ-9 total 12 (moderate band, 10–14).");
    await expect(preview).toContainText("the C-SSRS is to be re-asked");
    const scores = page.getByRole("region", { name: "Scores and bands" });
    await expect(scores.getByRole("region", { name: "PHQ-9" })).toContainText("12");
    await expect(scores.getByRole("region", { name: "PHQ-9" })).toContainText("Moderate");
    await expect(page.getByRole("region", { name: /Safety result/ })).toContainText("Low suicide risk");
    // The protocol asks for the C-SSRS to be re-asked; the re-ask is recorded with its result.
    const banner = page.getByRole("alert").filter({ hasText: "Low suicide risk" });
    await expect(banner).toContainText("ask the C-SSRS again now");
    const reask = page.getByRole("form", { name: "Re-ask the C-SSRS" });
    await reask
      .getByRole("group", { name: /^1\. Have you wished you were dead/ })
      .getByText("Yes", { exact: true })
      .click();
    await reask
      .getByRole("group", { name: /^2\. Have you actually had any thoughts/ })
      .getByText("No", { exact: true })
      .click();
    await reask
      .getByRole("group", { name: /^6\. Have you ever done anything/ })
      .getByText("No", { exact: true })
      .click();
    await reask.getByRole("button", { name: "Record the re-ask" }).click();
    await expect(
      page.getByText(/C-SSRS re-asked after a positive PHQ-9 item 9: first no risk identified, re-ask low risk/),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Submit for clinical review" }).click();
    await expect(page).toHaveURL(/done=submitted$/);
    await expect(page.getByRole("region", { name: "Recommended level of care" })).toContainText(
      "Intensive outpatient (IOP)",
    );
    await expect(page.getByText(/C-SSRS re-asked after a positive PHQ-9 item 9/)).toBeVisible();
    await page.context().close();
  });

  test("a mother calling about her son: third-person questions, informant-reported instruments on the record and the print", async ({
    browser,
  }) => {
    const coordinator = await createStaff("Intake coordinator", "Ines Informant");
    const page = await signedIn(browser, coordinator);
    await logCallWithProspect(page, "Morgan Kinsey", "Information only");
    await page.goto("/screenings/new");
    await page.getByLabel("Prospect's name").fill("Morgan Kinsey");
    await page.getByRole("button", { name: "Find" }).click();
    await page.getByRole("button", { name: "Start screening for Morgan Kinsey" }).click();
    await expect(page).toHaveURL(SCREENING_URL);

    const panel = page.getByRole("region", { name: "Who is answering" });
    await expect(panel).toContainText("The person who needs care is answering.");
    await panel.getByRole("button", { name: "Change who is answering" }).click();
    await panel.getByText("Someone else, about them (an informant)").click();
    await panel.getByText("Parent", { exact: true }).click();
    await panel.getByText("He / him").click();
    await panel.getByRole("button", { name: "Save who is answering" }).click();
    await expect(panel).toContainText("An informant is answering (parent)");
    await expect(
      page.getByRole("group", {
        name: /has he used alcohol or drugs \(including prescription drugs not as prescribed\)\?/,
      }),
    ).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: /Depression \(PHQ-9\)/ }).click();
    await expect(
      page.getByText("Over the last 2 weeks, how often has he been bothered by any of the following problems?"),
    ).toBeVisible();
    await expect(
      page.getByRole("group", {
        name: "9. Thoughts that he would be better off dead or of hurting himself in some way",
      }),
    ).toBeVisible();
    await page.getByRole("link", { name: /Substance use/ }).click();
    await walkSections(page);
    await expect(
      page.getByRole("region", { name: "Scores and bands" }).getByRole("region", { name: /PHQ-9/ }),
    ).toContainText("Informant-reported");
    await page.getByRole("button", { name: "Submit for clinical review" }).click();
    await expect(page).toHaveURL(/done=submitted$/);
    await expect(page.getByRole("region", { name: /^GAD-7/ })).toContainText("Informant-reported");
    await expect(page.getByRole("region", { name: /^C-SSRS/ })).toContainText("Informant-reported");
    await expect(page.getByRole("region", { name: "Recommended level of care" })).toContainText(
      "Answered by an informant (parent), not the person",
    );
    await page.getByRole("link", { name: "Printable summary" }).click();
    await expect(page.getByText("Answered by: An informant is answering (parent)")).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "PHQ-9 (informant-reported)" })).toBeVisible();
    await page.context().close();
  });
});
