/**
 * Call rows: the shared builder (who logged it, how long it lasted, whether the phone system
 * created it) and the calls that never became a patient record — information requests, wrong
 * numbers, referrals out, repeat callers, missed calls, and the last days' unlogged telephony calls.
 */
import type {
  CallDirection,
  CallDisposition,
  CallerRelation,
  CallReason,
  CallStatus,
} from "@/lib/generated/prisma/enums";
import { coordinatorOnShift, maybeAudit, type SeedContext } from "./context";
import { anyFirstName, fictionalPhone, LAST_NAMES } from "./names";
import { Rng } from "./random";

export interface CallSpec {
  at: number;
  direction: CallDirection;
  disposition: CallDisposition | null;
  fromNumber: string;
  callerName?: string | null;
  relation?: CallerRelation | null;
  reason?: CallReason | null;
  patientId?: string | null;
  referralSourceId?: string | null;
  lineId?: string;
  payer?: string | null;
  memberId?: string | null;
  status?: CallStatus;
  /** For CALLBACK_REQUESTED: when the journey placed the callback (the task is done then). */
  callbackDoneAt?: number;
}

const NOTES: Partial<Record<CallDisposition, readonly string[]>> = {
  INFORMATION_ONLY: [
    "Asked about insurance coverage and cost.",
    "Asked about visiting hours and what to bring.",
    "Wanted to know the difference between residential and IOP.",
    "Checking on the admission process.",
  ],
  REFERRED_OUT: [
    "Needs a service we do not offer; gave three local options.",
    "Adolescent caller: referred to a youth program.",
    "Referred to an eating disorder program.",
  ],
  NOT_A_FIT: ["Insurance out of network and self-pay declined.", "Looking for court-ordered classes only."],
  CALLBACK_REQUESTED: [
    "Prefers a call back after work.",
    "At work, asked for a call back this afternoon.",
    "Will call back when they can talk privately.",
  ],
  SCREENING_STARTED: ["Screening started on the call."],
  ASSESSMENT_SCHEDULED: ["Admission date and transport arranged.", "Intake assessment scheduled."],
  WRONG_NUMBER_OR_SPAM: ["Wrong number.", "Sales call."],
  VOICEMAIL_LEFT: ["Left a voicemail per contact preferences."],
};

const MEDIAN_SECONDS: Record<CallDisposition, number> = {
  SCREENING_STARTED: 1_800,
  ASSESSMENT_SCHEDULED: 540,
  CALLBACK_REQUESTED: 200,
  REFERRED_OUT: 480,
  NOT_A_FIT: 360,
  INFORMATION_ONLY: 300,
  VOICEMAIL_LEFT: 45,
  NO_ANSWER: 0,
  WRONG_NUMBER_OR_SPAM: 25,
};

/** Inbound calls came through the phone system (with a CallSid) since this many days ago. */
const TELEPHONY_SINCE_DAYS = 150;

export function addCall(ctx: SeedContext, rng: Rng, spec: CallSpec, unlogged = false): string {
  const id = ctx.ids.next();
  const { clock, setup } = ctx;
  const viaTelephony =
    unlogged ||
    (spec.direction === "INBOUND" && spec.at > clock.nowMs - TELEPHONY_SINCE_DAYS * 86_400_000 && rng.chance(0.8));
  const status: CallStatus =
    spec.status ?? (spec.disposition === "NO_ANSWER" && spec.direction === "OUTBOUND" ? "NO_ANSWER" : "COMPLETED");
  const median = spec.disposition ? MEDIAN_SECONDS[spec.disposition] : 240;
  const duration = status !== "COMPLETED" ? 0 : Math.max(8, Math.round(rng.logNormal(median || 20, 0.45)));
  const ended = spec.at + duration * 1000;
  const coordinator = coordinatorOnShift(ctx, rng, spec.at);
  const loggedAt = unlogged ? null : Math.min(clock.nowMs, ended + rng.int(0, 600) * 1000);
  const notes = spec.disposition ? NOTES[spec.disposition] : undefined;
  ctx.writer.add("Call", {
    id,
    direction: spec.direction,
    source: viaTelephony ? "TELEPHONY" : "MANUAL",
    status,
    phoneLineId: spec.lineId ?? setup.lines.main,
    startedAt: new Date(spec.at),
    durationSeconds: duration,
    fromNumber: spec.fromNumber,
    callerName: unlogged ? null : (spec.callerName ?? null),
    callerRelation: unlogged ? null : (spec.relation ?? null),
    callerIsPatient: (spec.relation ?? "SELF") === "SELF",
    reason: unlogged ? null : (spec.reason ?? null),
    referralSourceId: spec.referralSourceId ?? null,
    insurancePayer: spec.payer ?? null,
    insuranceMemberId: spec.memberId ?? null,
    disposition: spec.disposition,
    loggedAt: loggedAt === null ? null : new Date(loggedAt),
    notes: notes && rng.chance(0.6) ? rng.pick(notes) : null,
    patientId: spec.patientId ?? null,
    loggedById: unlogged ? null : coordinator.id,
    telephonySid: viaTelephony ? `CA${rng.hex(32)}` : null,
    telephonySeq: viaTelephony ? 3 : null,
    createdAt: new Date(spec.at),
    updatedAt: new Date(loggedAt ?? ended),
  });
  if (loggedAt !== null) {
    maybeAudit(
      ctx,
      rng,
      loggedAt,
      coordinator,
      "call.log",
      { type: "Call", id, patientId: spec.patientId },
      { disposition: spec.disposition },
    );
  }
  if (spec.disposition === "CALLBACK_REQUESTED")
    addCallbackTask(ctx, rng, id, spec.patientId ?? null, spec.at, spec.callbackDoneAt);
  return id;
}

/**
 * A callback task for a call. Older ones are done; recent ones are open, and some of those are
 * already overdue — the callback queue the dashboard leads with. A journey that places the
 * callback itself passes `doneAt`, the time of that call.
 */
export function addCallbackTask(
  ctx: SeedContext,
  rng: Rng,
  callId: string,
  patientId: string | null,
  at: number,
  doneAt?: number,
): string {
  const id = ctx.ids.next();
  const { nowMs } = ctx.clock;
  const due = ctx.clock.later(rng, at, 1, 4);
  // Without a journey: callbacks of the last week slip through now and then (the overdue queue).
  const completed =
    doneAt !== undefined
      ? doneAt <= nowMs
        ? doneAt
        : null
      : due < nowMs - 7 * 86_400_000 || (due < nowMs && rng.chance(0.65))
        ? Math.min(nowMs, due + rng.int(-60, 240) * 60_000)
        : null;
  const done = completed !== null;
  const assignee = coordinatorOnShift(ctx, rng, due);
  ctx.writer.add("Task", {
    id,
    kind: "CALLBACK",
    status: done ? "DONE" : "OPEN",
    dueAt: new Date(due),
    assigneeId: assignee.id,
    callId,
    patientId,
    note: "Call back",
    completedAt: completed === null ? null : new Date(completed),
    createdById: coordinatorOnShift(ctx, rng, at).id,
    createdAt: new Date(at),
    updatedAt: new Date(completed ?? at),
  });
  return id;
}

const UNLINKED_INBOUND: readonly (readonly [CallDisposition, number])[] = [
  ["INFORMATION_ONLY", 34],
  ["WRONG_NUMBER_OR_SPAM", 13],
  ["REFERRED_OUT", 14],
  ["NOT_A_FIT", 9],
  ["CALLBACK_REQUESTED", 12],
  ["NO_ANSWER", 8],
];
const UNLINKED_OUTBOUND: readonly (readonly [CallDisposition, number])[] = [
  ["VOICEMAIL_LEFT", 45],
  ["NO_ANSWER", 35],
  ["INFORMATION_ONLY", 20],
];

/** A repeat caller: the same number and name every time they call. */
function repeatCaller(seed: number, index: number): { number: string; name: string } {
  const rng = Rng.stream(seed, "repeat-caller", index);
  return { number: fictionalPhone(rng), name: `${anyFirstName(rng)} ${rng.pick(LAST_NAMES)}` };
}

/** Calls without a patient record at the given (sorted) times, generated as one deterministic block. */
export function addUnlinkedCalls(ctx: SeedContext, block: number, times: Float64Array, poolSize: number): void {
  const rng = Rng.stream(ctx.seed, "unlinked-calls", block);
  const { clock, setup } = ctx;
  for (const at of times) {
    const hoursAgo = (clock.nowMs - at) / 3_600_000;
    // The phone system creates the row at once; a coordinator logs it later. Recent ones wait.
    const unlogged = hoursAgo < 72 && rng.chance(hoursAgo < 24 ? 0.6 : 0.2);
    const outbound = !unlogged && rng.chance(0.12);
    // The power favours the low indexes: a few numbers call often, most a few times.
    const caller = rng.chance(0.3) ? repeatCaller(ctx.seed, Math.floor(poolSize * rng.next() ** 1.3)) : null;
    const relation = rng.weighted([
      ["SELF", 55],
      ["FAMILY_OR_FRIEND", 30],
      ["PROFESSIONAL_REFERRER", 10],
      ["OTHER", 5],
    ] as const);
    const disposition = unlogged ? null : rng.weighted(outbound ? UNLINKED_OUTBOUND : UNLINKED_INBOUND);
    const spam = disposition === "WRONG_NUMBER_OR_SPAM";
    addCall(
      ctx,
      rng,
      {
        at,
        direction: outbound ? "OUTBOUND" : "INBOUND",
        disposition,
        fromNumber: caller?.number ?? fictionalPhone(rng),
        callerName:
          spam || rng.chance(0.15)
            ? null
            : (caller?.name ?? `${anyFirstName(rng)}${rng.chance(0.6) ? ` ${rng.pick(LAST_NAMES)}` : ""}`),
        relation: spam ? "OTHER" : relation,
        reason: spam
          ? null
          : rng.weighted([
              ["SUBSTANCE_USE", 35],
              ["MENTAL_HEALTH", 20],
              ["BOTH", 20],
              ["INFORMATION_ONLY", 25],
            ] as const),
        referralSourceId: !spam && rng.chance(0.4) ? rng.pick(setup.sources).id : null,
        lineId: outbound
          ? undefined
          : rng.weighted([
              [setup.lines.main, 80],
              [setup.lines.web, 15],
              [setup.lines.alumni, 5],
            ] as const),
        status: unlogged
          ? rng.weighted([
              ["COMPLETED", 60],
              ["NO_ANSWER", 25],
              ["BUSY", 5],
              ["CANCELED", 10],
            ] as const)
          : undefined,
      },
      unlogged,
    );
  }
}
