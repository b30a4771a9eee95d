import { type Browser, type Page } from "@playwright/test";
import { createStaff, expect, test } from "./fixtures";
import { expectAccessible, signInViaApi } from "./helpers";

/** The center's calendar day (the server runs with the default America/New_York), moved by `offset` days. */
function centerDay(offset = 0): string {
  const today = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
}

const suffix = Date.now().toString(36).slice(-4);

async function signedIn(browser: Browser, credentials: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, credentials);
  return page;
}

/** A prospect from a logged call ("New prospect from this call"), as coordinators create them. */
async function prospectFromCall(page: Page, name: string) {
  await page.goto("/calls/new");
  await page
    .getByLabel("Caller's phone")
    .fill(`(646) 555-01${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`);
  await page.getByLabel("Caller's name").fill(name);
  await page.keyboard.press("Alt+p");
  await expect(page.getByLabel("New prospect from this call (Alt+P)")).toBeChecked();
  await page.getByLabel("Disposition").selectOption({ label: "Screening started" });
  await page.getByRole("button", { name: "Save call" }).click();
  await expect(page.getByText(`Linked to ${name}`)).toBeVisible();
}

const column = (page: Page, stage: string) => page.getByRole("region", { name: new RegExp(`^${stage} \\(`) });

/** Moves a card one stage on the board, with the keyboard: choose the stage, Tab to Move, Enter. */
async function moveOnBoard(page: Page, name: string, from: string, to: string) {
  const card = column(page, from).getByRole("listitem", { name });
  await card.getByLabel("Move to").selectOption({ label: to });
  await card.getByLabel("Move to").focus();
  await page.keyboard.press("Tab");
  await expect(card.getByRole("button", { name: `Move ${name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(column(page, to).getByRole("listitem", { name })).toBeVisible();
}

/** Coordinator: inquiry → screening → awaiting clinical decision → approved, on the board. */
async function approve(page: Page, name: string) {
  await page.goto("/patients");
  await moveOnBoard(page, name, "Inquiry", "Screening");
  await moveOnBoard(page, name, "Screening", "Awaiting clinical decision");
  await moveOnBoard(page, name, "Awaiting clinical decision", "Approved");
}

/** Opens the patient from their card in the Approved column; returns the page's URL (ids only). */
async function openFromBoard(page: Page, name: string): Promise<string> {
  await page.goto("/patients");
  await column(page, "Approved").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(page.url()).toMatch(/\/patients\/[0-9a-f-]{36}$/);
  return page.url();
}

async function admit(page: Page, program: string, startDate: string) {
  const form = page.getByRole("form", { name: "Admit" });
  await form.getByLabel("Level of care").selectOption({ label: "Residential" });
  await form.getByLabel("Program").selectOption({ label: `${program} (30 days)` });
  await form.getByLabel("Admission date").fill(startDate);
  await form.getByRole("button", { name: "Admit" }).click();
  // The admit form gives way to the open episode; the MRN heads the page.
  await expect(page.getByRole("heading", { level: 3, name: `Residential · ${program}` })).toBeVisible();
  await expect(page.getByText(/^MRN\d{7} · Admitted/)).toBeVisible();
}

async function planStepDown(page: Page, program: string, plannedDate: string) {
  await page.locator("summary", { hasText: "Plan a step-down or step-up" }).click();
  const form = page.getByRole("form", { name: "Plan a step-down or step-up" });
  await form.getByLabel("Move to").selectOption({ label: "IOP (step-down)" });
  await form.getByLabel("Receiving program").selectOption({ label: `${program} (70 days)` });
  await form.getByLabel("Planned first session").fill(plannedDate);
  await form.getByLabel("Track").selectOption({ label: "Evening track" });
  await form.getByLabel("Tuesday").check();
  await form.getByLabel("Thursday").check();
  await form.getByRole("button", { name: "Plan transition" }).click();
  await expect(page.getByRole("heading", { name: /Step-down to IOP .*: planned for/ })).toBeVisible();
}

test.describe("care journeys", () => {
  test("admit to residential, step down to IOP: census, continuity, alerts, and the role map", async ({
    admin,
    browser,
  }) => {
    test.setTimeout(180_000);
    const residential = `Residential ${suffix}`;
    const iop = `IOP evening ${suffix}`;
    const adminPage = await signedIn(browser, admin);
    await adminPage.goto("/admin/programs");
    await expectAccessible(adminPage);
    for (const [name, level] of [
      [residential, "Residential"],
      [iop, "IOP"],
    ] as const) {
      const form = adminPage.getByRole("form", { name: "Add a program" });
      await form.getByLabel("Program name").fill(name);
      await form.getByLabel("Level of care").selectOption({ label: level });
      await form.getByRole("button", { name: "Add program" }).click();
      await expect(form.getByRole("status")).toContainText(`Added ${name}`);
    }
    await adminPage.context().close();

    const coordinatorCredentials = await createStaff("Intake coordinator", "Cora Census");
    const clinicianCredentials = await createStaff("Clinician", "Cleo Continuity");
    const coordinator = await signedIn(browser, coordinatorCredentials);
    const clinician = await signedIn(browser, clinicianCredentials);
    const stepper = `Pat Stepdown${suffix}`;
    const overdue = `Olly Overdue${suffix}`;
    await prospectFromCall(coordinator, stepper);
    await prospectFromCall(coordinator, overdue);
    await approve(coordinator, stepper);
    await expectAccessible(coordinator);
    await approve(coordinator, overdue);

    // The coordinator admits both to residential; one stay is already past its expected end.
    const stepperUrl = await openFromBoard(coordinator, stepper);
    await admit(coordinator, residential, centerDay(-20));
    const overdueUrl = await openFromBoard(coordinator, overdue);
    await admit(coordinator, residential, centerDay(-40));
    await coordinator.goto("/patients/census?alert=overdue");
    await expect(
      coordinator.getByRole("heading", { name: "Residential past expected end, no step-down planned" }),
    ).toBeVisible();
    await expect(coordinator.getByRole("link", { name: overdue })).toBeVisible();
    await expect(
      coordinator
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: /Patients \(\d+ census alerts?\)/ }),
    ).toBeVisible();
    await expectAccessible(coordinator);

    // The clinician plans, confirms and completes the step-down to IOP.
    await clinician.goto(stepperUrl);
    await planStepDown(clinician, iop, centerDay(0));
    await clinician
      .getByRole("form", { name: /Confirm the step-down to IOP/ })
      .getByRole("button", { name: "Confirm" })
      .click();
    await expect(clinician.getByRole("heading", { name: /Step-down to IOP .*: confirmed for/ })).toBeVisible();
    await expectAccessible(clinician);
    const complete = clinician.getByRole("form", { name: /Complete the step-down to IOP/ });
    await complete.getByLabel("First attended session").fill(centerDay(0));
    await complete.getByLabel("Left residential on").fill(centerDay(-1));
    await complete.getByRole("button", { name: "Complete transition" }).click();
    await expect(clinician.getByRole("heading", { name: `IOP · ${iop}` })).toBeVisible();
    await expect(clinician.getByText(/Day 1 of 70/)).toBeVisible();

    // The patient moved on the census board: IOP now, not residential.
    await clinician.goto("/patients/census");
    await expect(
      clinician.getByRole("region", { name: /^IOP \(/ }).getByRole("listitem", { name: stepper }),
    ).toBeVisible();
    await expect(
      clinician.getByRole("region", { name: /^Residential \(/ }).getByRole("listitem", { name: stepper }),
    ).toHaveCount(0);
    await expectAccessible(clinician);

    // The continuity measure counts the discharge: followed up the next day.
    await clinician.goto(`/patients/continuity?from=${centerDay(-1)}&to=${centerDay(0)}`);
    const row = clinician.getByRole("row").filter({ has: clinician.getByRole("link", { name: stepper }) });
    await expect(row).toContainText("Within 7 days");
    await expect(row).toContainText("day 1");
    await expect(clinician.getByTestId("rate-7")).not.toHaveText("—");
    await expectAccessible(clinician);

    // An overdue step-down: planned for yesterday and never confirmed.
    await clinician.goto(overdueUrl);
    await planStepDown(clinician, iop, centerDay(-1));
    await clinician.goto("/patients/census?alert=due-unconfirmed");
    await expect(clinician.getByRole("link", { name: overdue })).toBeVisible();
    await clinician.goto(overdueUrl);
    await clinician
      .getByRole("form", { name: /Confirm the step-down to IOP/ })
      .getByRole("button", { name: "Confirm" })
      .click();
    await expect(clinician.getByRole("heading", { name: /Step-down to IOP .*: confirmed for/ })).toBeVisible();

    // A coordinator cannot complete it: no form, and the clinician's request replayed is refused.
    const patientUrl = overdueUrl;
    const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
      void clinician.route("**/patients/*", async (route) => {
        const request = route.request();
        if (request.method() !== "POST") return route.continue();
        resolve({ headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      });
    });
    const form = clinician.getByRole("form", { name: /Complete the step-down to IOP/ });
    await form.getByLabel("Left residential on").fill(centerDay(0));
    await form.getByRole("button", { name: "Complete transition" }).click();
    const { headers, body } = await captured;
    await clinician.unrouteAll({ behavior: "ignoreErrors" });

    await coordinator.goto(patientUrl);
    await expect(coordinator.getByRole("heading", { name: /Step-down to IOP .*: confirmed for/ })).toBeVisible();
    await expect(coordinator.getByRole("button", { name: "Complete transition" })).toHaveCount(0);
    await expect(coordinator.getByText("Your role cannot change transitions.")).toBeVisible();
    const refused = await coordinator.request.post(patientUrl, {
      headers: {
        "next-action": headers["next-action"]!,
        "content-type": headers["content-type"]!,
        origin: new URL(patientUrl).origin,
        accept: "text/x-component",
      },
      data: body,
    });
    expect(refused.status()).toBeLessThan(500);
    expect(await refused.text()).toContain("You do not have permission to do that.");
    await coordinator.reload();
    await expect(coordinator.getByRole("heading", { name: /Step-down to IOP .*: confirmed for/ })).toBeVisible();
    await expect(coordinator.getByRole("heading", { name: `Residential · ${residential}` })).toBeVisible();

    await coordinator.context().close();
    await clinician.context().close();
  });
});
