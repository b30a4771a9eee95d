import type { Browser, Page } from "@playwright/test";
import { SMTPServer } from "smtp-server";
import { createStaff, expect, test } from "./fixtures";
import { type Credentials, expectAccessible, logCallWithProspect, signInViaApi } from "./helpers";

/**
 * The safety-flag worklist, live: a coordinator's screening raises a HIGH flag; the on-call
 * clinician's open dashboard shows it without a reload; an unacknowledged flag escalates by e-mail
 * (a real SMTP server, here); an acknowledged one does not (docs/decisions/0017-safety-flag-escalation.md).
 */
interface Mail {
  to: string[];
  text: string;
}
const mails: Mail[] = [];
/** The port playwright.config.ts gives the app as SMTP_URL. */
const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 20);
let smtp: SMTPServer;

test.beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          // quoted-printable soft line breaks undone
          text: raw.replace(/=\r?\n/g, "").replace(/=3D/g, "="),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function signedIn(browser: Browser, who: Pick<Credentials, "email" | "password">): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInViaApi(page.request, who);
  return page;
}

/** "YYYY-MM-DDTHH:mm" in the center's zone, as a datetime-local input takes it. */
function centerLocal(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/New_York",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** The coordinator screens a new prospect and answers the C-SSRS with intent: a HIGH flag. */
async function raiseHighFlag(page: Page, name: string) {
  await logCallWithProspect(page, name, "Information only");
  await page.goto("/screenings/new");
  await page.getByLabel("Prospect's name").fill(name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("button", { name: `Start screening for ${name}` }).click();
  await expect(page).toHaveURL(/\/screenings\/[0-9a-f-]{36}/);
  await page
    .getByRole("navigation", { name: "Screening sections" })
    .getByRole("link", { name: /Suicide risk \(C-SSRS screener\)/ })
    .click();
  await expect(page.getByRole("heading", { name: "Suicide risk (C-SSRS screener)" })).toBeVisible();
  for (const key of ["1", "1", "0", "1", "0", "0"]) await page.keyboard.press(key);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "A safety flag is open" })).toBeVisible();
}

test("a HIGH flag reaches the on-call clinician live, escalates by e-mail unless acknowledged", async ({ browser }) => {
  test.setTimeout(240_000);
  const coordinator = await createStaff("Intake coordinator", "Corey Intake");
  const dana = await createStaff("Clinician", "Dana Oncall");
  const fred = await createStaff("Clinician", "Fred Fallback");
  const admin = await createStaff("Administrator", "Ada Admin");

  // The admin puts Dana on call with Fred as the fallback and shortens the HIGH clock to 1 minute.
  const adminPage = await signedIn(browser, admin);
  await adminPage.goto("/admin/on-call");
  await expect(adminPage.getByRole("status").filter({ hasText: "E-mail is configured" })).toBeVisible();
  const shift = adminPage.getByRole("form", { name: "Add an on-call shift" });
  await shift.getByLabel("Clinician on call").selectOption({ label: "Dana Oncall" });
  await shift.getByLabel("Fallback (takes escalated flags)").selectOption({ label: "Fred Fallback" });
  await shift.getByLabel("Starts (center time)").fill(centerLocal(new Date(Date.now() - 3_600_000)));
  await shift.getByLabel("Ends (center time)").fill(centerLocal(new Date(Date.now() + 12 * 3_600_000)));
  await shift.getByRole("button", { name: "Add shift" }).click();
  await expect(shift.getByRole("status")).toContainText("Shift added");
  await expect(adminPage.getByRole("row").filter({ hasText: "Dana Oncall" })).toContainText("On call now");
  const times = adminPage.getByRole("form", { name: "Acknowledgement times" });
  await times.getByLabel("High risk: minutes to acknowledge").fill("1");
  await times.getByRole("button", { name: "Save times" }).click();
  await expect(times.getByRole("status")).toContainText("saved");
  await expectAccessible(adminPage);

  // Dana's dashboard is open before anything happens, and is never reloaded.
  const danaPage = await signedIn(browser, dana);
  await danaPage.goto("/");
  const worklist = danaPage.getByRole("region", { name: /Open safety flags/ });
  await expect(worklist).toBeVisible();
  let reloaded = false;
  danaPage.on("load", () => {
    reloaded = true;
  });

  const coordinatorPage = await signedIn(browser, coordinator);
  await raiseHighFlag(coordinatorPage, "Quinn Acked");
  await raiseHighFlag(coordinatorPage, "Riley Unacked");

  // Within seconds, without a reload: both people, their risk, the owner; the nav badge counts them.
  await expect(worklist).toContainText("Quinn Acked", { timeout: 15_000 });
  await expect(worklist).toContainText("Riley Unacked", { timeout: 15_000 });
  const quinn = worklist.getByRole("article", { name: /High suicide risk: Quinn Acked/ });
  await expect(quinn).toContainText("Owner: Dana Oncall (you)");
  await expect(quinn).toContainText("Raised by: Corey Intake");
  await expect(danaPage.getByRole("link", { name: /Safety flags.*safety flags? needs? you/ })).toBeVisible();
  expect(reloaded).toBe(false);

  // Dana acknowledges Quinn's flag from the dashboard (keyboard: focus the button, Enter).
  await quinn.getByRole("button", { name: "Acknowledge the flag for Quinn Acked" }).focus();
  await danaPage.keyboard.press("Enter");
  await expect(quinn).toContainText("Acknowledged by Dana Oncall", { timeout: 15_000 });
  await expectAccessible(danaPage);
  const quinnHref = await quinn.getByRole("link", { name: "Quinn Acked" }).getAttribute("href");
  const rileyHref = await worklist
    .getByRole("article", { name: /High suicide risk: Riley Unacked/ })
    .getByRole("link", { name: "Riley Unacked" })
    .getAttribute("href");
  expect(quinnHref).toMatch(/^\/safety-flags\/[0-9a-f-]{36}$/);
  expect(rileyHref).toMatch(/^\/safety-flags\/[0-9a-f-]{36}$/);

  // Riley's flag is not acknowledged: after a minute it escalates to Fred and the admin by e-mail.
  await expect
    .poll(() => mails.filter((m) => m.to.includes(fred.email) && m.text.includes(rileyHref!)).length, {
      timeout: 150_000,
      intervals: [2_000],
    })
    .toBe(1);
  const toFred = mails.find((m) => m.to.includes(fred.email) && m.text.includes(rileyHref!))!;
  expect(toFred.text).toContain("Risk level: High");
  expect(toFred.text).not.toContain("Riley");
  expect(toFred.text).not.toContain("Unacked");
  // The admin's copy is a separate outbox row, delivered on its own (possibly the next sweep).
  await expect
    .poll(() => mails.some((m) => m.to.includes(admin.email) && m.text.includes(rileyHref!)), {
      timeout: 30_000,
      intervals: [1_000],
    })
    .toBe(true);
  // Dana's dashboard shows the escalation live, still without a reload.
  await expect(worklist.getByRole("article", { name: /Riley Unacked/ })).toContainText("Escalated", {
    timeout: 15_000,
  });
  expect(reloaded).toBe(false);
  // Quinn's flag, acknowledged, was never escalated.
  expect(mails.some((m) => m.text.includes(quinnHref!) && m.text.includes("Escalated"))).toBe(false);
  await danaPage.goto(quinnHref!);
  await expect(danaPage.getByRole("article")).not.toContainText("Escalated");

  // Fred, the fallback, finds it on the "Escalated" filter and acknowledges it.
  const fredPage = await signedIn(browser, fred);
  await fredPage.goto("/safety-flags?view=escalated");
  const riley = fredPage.getByRole("article", { name: /Riley Unacked/ });
  await expect(riley).toContainText("Owner: Fred Fallback (you)");
  await riley.getByRole("button", { name: /Acknowledge/ }).click();
  await expect(riley).toContainText("Acknowledged by Fred Fallback");
  await expectAccessible(fredPage);
  for (const p of [adminPage, danaPage, coordinatorPage, fredPage]) await p.context().close();
});

test("a coordinator sees only their own flags and cannot acknowledge, resolve or edit the rota (Z3)", async ({
  browser,
}) => {
  const coordinator = await createStaff("Intake coordinator", "Cory Refused");
  const page = await signedIn(browser, coordinator);
  // The rota page and its actions are refused.
  const rota = await page.goto("/admin/on-call");
  expect(rota?.status()).toBe(403);
  await raiseHighFlag(page, "Sam Refusal");
  await page.goto("/safety-flags");
  const flag = page.getByRole("article", { name: /Sam Refusal/ });
  await expect(flag).toBeVisible();
  await expect(flag.getByRole("button", { name: /Acknowledge/ })).toHaveCount(0);
  // Flags from other coordinators' screenings (the first test's) are not listed.
  await expect(page.getByRole("article", { name: /Riley Unacked/ })).toHaveCount(0);
  await flag.getByRole("link", { name: "Sam Refusal" }).click();
  await expect(page).toHaveURL(/\/safety-flags\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("button", { name: "Resolve flag" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Acknowledge/ })).toHaveCount(0);
  await expectAccessible(page);
  // The live JSON keeps the same scope.
  const json = (await (await page.request.get("/api/safety-flags?view=open")).json()) as {
    flags: { personName: string; mayAcknowledge: boolean }[];
  };
  expect(json.flags.map((f) => f.personName)).toContain("Sam Refusal");
  expect(json.flags.map((f) => f.personName)).not.toContain("Riley Unacked");
  expect(json.flags.every((f) => !f.mayAcknowledge)).toBe(true);
  await page.context().close();
});
