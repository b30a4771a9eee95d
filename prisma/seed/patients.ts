/**
 * One synthetic patient: identity, first contact and what came of it, then (intake.ts) the
 * screening, the clinical decision and admission. Each patient draws from its own random stream
 * (seed, "patient", index), so names depend only on the seed and the patient's number.
 */
import type { CallReason, CallerRelation } from "@/lib/generated/prisma/enums";
import { coordinatorOnShift, maybeAudit, type SeedContext } from "./context";
import { runIntake } from "./intake";
import { Journey, type PatientFacts } from "./journey";
import { anyFirstName, demoEmail, fictionalPhone, memberId, NEUTRAL_FIRST, PAYERS, personName } from "./names";
import { isoDate } from "./clock";
import { Rng } from "./random";

const REFER_OUT_TO = [
  "a local outpatient provider",
  "an eating disorder program",
  "an adolescent program",
  "a medication-assisted treatment clinic",
];

/** `firstContact` comes from the sorted list of all patients' first calls (time-ordered inserts). */
export function generatePatient(ctx: SeedContext, index: number, firstContact: number): void {
  const rng = Rng.stream(ctx.seed, "patient", index);
  const { clock, setup, writer, ids } = ctx;
  const id = ids.next();
  const { firstName, lastName, sex } = personName(rng);
  const age = Math.max(18, Math.min(75, Math.round(rng.logNormal(34, 0.3))));
  const dob = clock.dayOf(firstContact) - Math.round(age * 365.25) - rng.int(0, 364);
  const phone = fictionalPhone(rng);
  const email = rng.chance(0.6) ? demoEmail(rng, firstName, lastName) : null;
  const prefs = { okToLeaveVoicemail: rng.chance(0.55), okToNameCenter: rng.chance(0.35), okToText: rng.chance(0.6) };
  const payer = rng.chance(0.9) ? rng.pick(PAYERS) : null;
  const member = payer && payer !== "Self-pay" ? memberId(rng) : null;
  const source = rng.chance(0.85) ? rng.pick(setup.sources) : null;
  const reason: CallReason = rng.weighted([
    ["SUBSTANCE_USE", 45],
    ["BOTH", 30],
    ["MENTAL_HEALTH", 20],
    ["INFORMATION_ONLY", 5],
  ] as const);
  const relation: CallerRelation =
    source?.type === "HOSPITAL" || source?.type === "THERAPIST"
      ? rng.weighted([
          ["SELF", 40],
          ["PROFESSIONAL_REFERRER", 45],
          ["FAMILY_OR_FRIEND", 15],
        ] as const)
      : rng.weighted([
          ["SELF", 62],
          ["FAMILY_OR_FRIEND", 32],
          ["PROFESSIONAL_REFERRER", 4],
          ["OTHER", 2],
        ] as const);
  const callerName =
    relation === "SELF" ? `${firstName} ${lastName}` : `${anyFirstName(rng)} ${rng.chance(0.5) ? lastName : ""}`.trim();

  const facts: PatientFacts = {
    id,
    firstName,
    lastName,
    sex,
    phone,
    okToLeaveVoicemail: prefs.okToLeaveVoicemail,
    callDefaults: {
      patientId: id,
      callerName,
      relation,
      reason,
      referralSourceId: source?.id ?? null,
      payer,
      memberId: member,
    },
  };
  const coordinator = coordinatorOnShift(ctx, rng, firstContact);
  const j = new Journey(ctx, rng, facts, firstContact, coordinator);
  const line = source?.type === "ALUMNI" ? setup.lines.alumni : rng.chance(0.8) ? setup.lines.main : setup.lines.web;
  const path =
    reason === "INFORMATION_ONLY"
      ? "info"
      : rng.weighted([
          ["screen-now", 40],
          ["callback", 30],
          ["lost", 15],
          ["info", 7],
          ["refer-out", 8],
        ] as const);

  const forgotten = clock.nowMs - firstContact < 30 * 86_400_000 && rng.chance(0.25);
  let screening: { at: number; callId: string | null } | null = null;
  if (path === "screen-now") {
    screening = {
      at: firstContact + 120_000,
      callId: j.call({ at: firstContact, direction: "INBOUND", disposition: "SCREENING_STARTED", lineId: line }),
    };
  } else if ((path === "callback" || path === "lost") && forgotten) {
    // Nobody called back yet: an open, overdue callback — what the callback queue must surface.
    j.call({
      at: firstContact,
      direction: "INBOUND",
      disposition: "CALLBACK_REQUESTED",
      lineId: line,
      callbackDoneAt: Number.POSITIVE_INFINITY,
    });
  } else if (path === "callback" || path === "lost") {
    // A callback was requested; coordinators try (voicemail only with consent) until they reach them.
    const attempts: number[] = [clock.later(rng, firstContact, 0.5, 6)];
    const failed = path === "lost" ? rng.int(2, 3) : rng.int(0, 2);
    for (let i = 0; i < failed; i++)
      attempts.push(clock.later(rng, attempts[attempts.length - 1] ?? firstContact, 4, 48));
    j.call({
      at: firstContact,
      direction: "INBOUND",
      disposition: "CALLBACK_REQUESTED",
      lineId: line,
      callbackDoneAt: attempts[0],
    });
    const reachedAt = attempts.pop() ?? firstContact;
    for (const at of path === "lost" ? [...attempts, reachedAt] : attempts) j.attempt(at);
    if (path === "lost") {
      const closeAt = clock.later(rng, reachedAt, 24, 96);
      if (j.reached(closeAt))
        j.notAdmitted(closeAt, coordinatorOnShift(ctx, rng, closeAt), "No response after callback attempts");
    } else if (j.reached(reachedAt)) {
      screening = {
        at: reachedAt + 60_000,
        callId: j.call({ at: reachedAt, direction: "OUTBOUND", disposition: "SCREENING_STARTED" }),
      };
    }
  } else if (path === "info") {
    j.call({ at: firstContact, direction: "INBOUND", disposition: "INFORMATION_ONLY", lineId: line });
    const closeAt = clock.later(rng, firstContact, 24, 240);
    if (j.reached(closeAt))
      j.notAdmitted(
        closeAt,
        coordinatorOnShift(ctx, rng, closeAt),
        rng.pick(["Not ready for treatment", "Chose another provider", "Wanted information only"]),
      );
  } else {
    j.call({ at: firstContact, direction: "INBOUND", disposition: "REFERRED_OUT", lineId: line });
    j.referredOut(firstContact + rng.int(5, 20) * 60_000, coordinator, rng.pick(REFER_OUT_TO));
  }
  // Some people call again before anything is settled: the same number shows up as a repeat caller.
  if (rng.chance(0.2)) {
    j.call({
      at: firstContact + rng.int(1, 14 * 24) * 3_600_000,
      direction: "INBOUND",
      disposition: "INFORMATION_ONLY",
      lineId: line,
    });
  }
  if (screening && j.reached(screening.at)) runIntake(ctx, j, screening.at, screening.callId, sex, reason);

  writer.add("Patient", {
    id,
    firstName,
    lastName,
    preferredName: rng.chance(0.08) ? rng.pick(NEUTRAL_FIRST) : null,
    dateOfBirth: isoDate(dob),
    sexAtBirth: sex,
    phone,
    email,
    ...prefs,
    insurancePayer: payer,
    insuranceMemberId: member,
    pipelineStatus: j.status,
    pipelineChangedAt: new Date(j.changedAt),
    lastActivityAt: new Date(j.lastActivity),
    notAdmittedReason: j.notAdmittedReason,
    referredOutTo: j.referredOutTo,
    referralSourceId: source?.id ?? null,
    mrn: j.mrn,
    createdAt: new Date(firstContact),
    updatedAt: new Date(j.lastActivity),
  });
  maybeAudit(ctx, rng, firstContact, coordinator, "patient.create", { type: "Patient", id, patientId: id });
}
