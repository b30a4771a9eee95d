/**
 * Care journeys after admission: a chain of episodes (withdrawal management → residential →
 * step-down to PHP or IOP → outpatient), each transition with its outcome, and the attended
 * sessions of outpatient-type episodes. Episodes of one patient follow each other strictly (the
 * next starts after the previous ended), only the last can be open, and a COMPLETED transition
 * always points at the episode it created.
 */
import type { CareLevel, DischargeReason, ProgramTrack, TransitionStatus } from "@/lib/generated/prisma/enums";
import { isoDate } from "./clock";
import { anyClinician, maybeAudit, type SeedContext } from "./context";
import type { Rng } from "./random";
import type { StaffMember } from "./setup";

interface Stay {
  length: number;
  reason: DischargeReason;
  next: { level: CareLevel; kind: "STEP_DOWN" | "STEP_UP" } | null;
}

const clampInt = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

function planStay(rng: Rng, level: CareLevel): Stay {
  const stay = (length: number, reason: DischargeReason, next: Stay["next"] = null): Stay => ({ length, reason, next });
  const down = (to: CareLevel) => ({ level: to, kind: "STEP_DOWN" as const });
  switch (level) {
    case "WITHDRAWAL_MANAGEMENT":
      return rng.weighted([
        [() => stay(rng.int(3, 7), "STEPPED_DOWN", down("RESIDENTIAL")), 80],
        [() => stay(rng.int(4, 7), "STEPPED_DOWN", down("IOP")), 8],
        [() => stay(rng.int(1, 4), "LEFT_AGAINST_ADVICE"), 12],
      ] as const)();
    case "RESIDENTIAL":
      return rng.weighted([
        [() => stay(clampInt(rng.normal(32, 5), 21, 45), "STEPPED_DOWN", down("IOP")), 60],
        [() => stay(clampInt(rng.normal(30, 4), 21, 40), "STEPPED_DOWN", down("PHP")), 8],
        [() => stay(rng.int(45, 60), "STEPPED_DOWN", down("IOP")), 5],
        [() => stay(clampInt(rng.normal(30, 4), 21, 40), "COMPLETED"), 14],
        [() => stay(rng.int(2, 20), "LEFT_AGAINST_ADVICE"), 11],
        [() => stay(rng.int(5, 25), rng.pick(["ADMINISTRATIVE", "TRANSFERRED_OUT"] as const)), 2],
      ] as const)();
    case "PHP":
      return rng.chance(0.55)
        ? stay(rng.int(15, 25), "STEPPED_DOWN", down("IOP"))
        : stay(rng.int(10, 25), rng.chance(0.8) ? "COMPLETED" : "LEFT_AGAINST_ADVICE");
    case "IOP":
      return rng.weighted([
        [() => stay(rng.int(56, 84), "COMPLETED"), 55],
        [() => stay(rng.int(56, 84), "STEPPED_DOWN", down("OUTPATIENT")), 18],
        [() => stay(rng.int(7, 40), "LEFT_AGAINST_ADVICE"), 22],
        [() => stay(rng.int(10, 40), "STEPPED_UP", { level: "RESIDENTIAL", kind: "STEP_UP" }), 5],
      ] as const)();
    case "OUTPATIENT":
      return stay(rng.int(60, 100), rng.chance(0.85) ? "COMPLETED" : "LEFT_AGAINST_ADVICE");
  }
}

const SCHEDULE: Record<ProgramTrack, readonly number[]> = { DAY: [1, 3, 5], EVENING: [2, 3, 4] };
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] as const;

function programFor(ctx: SeedContext, level: CareLevel, track: ProgramTrack | null) {
  const p = ctx.setup.programs;
  switch (level) {
    case "WITHDRAWAL_MANAGEMENT":
      return p.wm;
    case "RESIDENTIAL":
      return p.residential;
    case "PHP":
      return p.php;
    case "IOP":
      return track === "DAY" ? p.iopDay : p.iopEvening;
    case "OUTPATIENT":
      return p.outpatient;
  }
}

/** Session days of an episode: IOP on its track's three days, PHP on weekdays, outpatient weekly. */
function addSessions(
  ctx: SeedContext,
  rng: Rng,
  patientId: string,
  episodeId: string,
  level: CareLevel,
  track: ProgramTrack | null,
  from: number,
  to: number,
): void {
  if (level === "RESIDENTIAL" || level === "WITHDRAWAL_MANAGEMENT") return;
  const weekdays =
    level === "IOP" ? SCHEDULE[track ?? "EVENING"] : level === "PHP" ? [1, 2, 3, 4, 5] : [ctx.clock.weekday(from)];
  for (let day = from; day <= to; day++) {
    // The first session is the start of the episode (the FUI follow-up); later ones ~85 % attended.
    if (day !== from && (!weekdays.includes(ctx.clock.weekday(day)) || !rng.chance(0.85))) continue;
    const at = ctx.clock.at(day, track === "DAY" ? 9 : 18);
    ctx.writer.add("AttendedSession", {
      id: ctx.ids.next(),
      patientId,
      episodeId,
      level,
      date: isoDate(day),
      createdAt: new Date(Math.min(at, ctx.clock.nowMs)),
    });
  }
}

/** Admits a patient on `admitDay` at `level` and plays the journey forward up to today. */
export function admit(
  ctx: SeedContext,
  rng: Rng,
  patientId: string,
  admitDay: number,
  level: CareLevel,
  admittedBy: StaffMember,
): number {
  const { clock, writer, ids } = ctx;
  const today = clock.today;
  let current: { level: CareLevel; track: ProgramTrack | null; start: number; id: string } | null = {
    level,
    track: level === "IOP" ? rng.pick(["DAY", "EVENING"] as const) : null,
    start: admitDay,
    id: ids.next(),
  };
  let lastActivity = clock.at(admitDay, 10);
  while (current) {
    const program = programFor(ctx, current.level, current.track);
    const plan = planStay(rng, current.level);
    const end: number = current.start + plan.length;
    const open: boolean = end >= today;
    const startAt = clock.at(current.start, 10);
    writer.add("CareEpisode", {
      id: current.id,
      patientId,
      openPatientId: open ? patientId : null,
      level: current.level,
      programId: program.id,
      status: open ? "OPEN" : "DISCHARGED",
      startDate: isoDate(current.start),
      expectedEndDate: isoDate(current.start + program.days),
      endDate: open ? null : isoDate(end),
      dischargeReason: open ? null : plan.reason,
      aftercarePlan:
        !open && plan.reason === "COMPLETED"
          ? rng.pick([
              "Community outpatient therapist and peer support meetings.",
              "Referred to outpatient provider near home.",
              "Alumni program and weekly recovery group.",
            ])
          : null,
      admittedById: admittedBy.id,
      createdAt: new Date(startAt),
      updatedAt: new Date(open ? startAt : clock.at(end, 11)),
    });
    maybeAudit(
      ctx,
      rng,
      startAt,
      admittedBy,
      "episode.admit",
      { type: "CareEpisode", id: current.id, patientId },
      { level: current.level },
    );
    // An open episode has sessions up to yesterday: today's may not have happened yet.
    addSessions(ctx, rng, patientId, current.id, current.level, current.track, current.start, open ? today - 1 : end);
    lastActivity = Math.max(lastActivity, clock.at(Math.min(end, today), 11));
    const next = plan.next;
    if (!next) break;
    // Step-downs are planned about a week before discharge; open stays only show the plan once near.
    const plannedAt = clock.at(Math.max(current.start, end - rng.int(3, 10)), rng.int(9, 16));
    if (plannedAt > clock.nowMs) break;
    const gap =
      next.kind === "STEP_UP"
        ? 1
        : rng.weighted([
            [1, 50],
            [rng.int(2, 3), 25],
            [rng.int(4, 7), 15],
            [rng.int(8, 20), 10],
          ] as const);
    const plannedDate: number = end + gap;
    const firstAttended: number = plannedDate + (rng.chance(0.75) ? 0 : rng.int(1, 3));
    const track =
      next.level === "IOP"
        ? rng.weighted([
            ["DAY", 40],
            ["EVENING", 60],
          ] as const)
        : null;
    const toProgram = programFor(ctx, next.level, track);
    let status: TransitionStatus = open
      ? rng.weighted([
          ["PLANNED", 1],
          ["CONFIRMED", 1],
        ] as const)
      : next.kind === "STEP_UP"
        ? "COMPLETED"
        : rng.weighted([
            ["COMPLETED", 80],
            ["NO_SHOW", 12],
            ["CANCELLED", 8],
          ] as const);
    // A discharge whose follow-up has not happened yet: confirmed and waiting (the risky gap).
    if (!open && (status === "COMPLETED" || status === "NO_SHOW") && firstAttended >= today) status = "CONFIRMED";
    const resultId: string | null = status === "COMPLETED" ? ids.next() : null;
    const confirmedAt = status === "PLANNED" ? null : Math.min(clock.nowMs, plannedAt + rng.int(1, 48) * 3_600_000);
    const completedAt = status === "COMPLETED" ? clock.at(firstAttended, track === "DAY" ? 9 : 18) : null;
    const planner = anyClinician(ctx, rng);
    const transitionId = ids.next();
    writer.add("Transition", {
      id: transitionId,
      kind: next.kind,
      fromEpisodeId: current.id,
      toLevel: next.level,
      toProgramId: toProgram.id,
      plannedDate: isoDate(plannedDate),
      scheduleDays: track
        ? SCHEDULE[track].map((d) => DAY_NAMES[d] ?? "MON")
        : next.level === "PHP"
          ? ["MON", "TUE", "WED", "THU", "FRI"]
          : [],
      track,
      status,
      activeForEpisodeId: status === "PLANNED" || status === "CONFIRMED" ? current.id : null,
      statusReason:
        status === "CANCELLED"
          ? rng.pick(["Chose a program closer to home.", "Insurance did not authorize the step-down."])
          : status === "NO_SHOW"
            ? "Did not attend the first session; outreach started."
            : null,
      confirmedAt: confirmedAt === null ? null : new Date(confirmedAt),
      completedAt: completedAt === null ? null : new Date(completedAt),
      firstAttendedDate: status === "COMPLETED" ? isoDate(firstAttended) : null,
      resultEpisodeId: resultId,
      plannedById: planner.id,
      createdAt: new Date(plannedAt),
      updatedAt: new Date(completedAt ?? confirmedAt ?? plannedAt),
    });
    maybeAudit(
      ctx,
      rng,
      plannedAt,
      planner,
      "transition.plan",
      { type: "Transition", id: transitionId, patientId },
      { toLevel: next.level },
    );
    if (status === "NO_SHOW") addNoShowFollowUp(ctx, rng, patientId, plannedDate);
    if (!resultId) break;
    current = { level: next.level, track, start: firstAttended, id: resultId };
  }
  return Math.min(lastActivity, clock.nowMs);
}

function addNoShowFollowUp(ctx: SeedContext, rng: Rng, patientId: string, plannedDate: number): void {
  const due = ctx.clock.at(plannedDate + 1, 10);
  const done = due < ctx.clock.nowMs - 3 * 86_400_000;
  const coordinator = rng.pick(ctx.setup.coordinators);
  ctx.writer.add("Task", {
    id: ctx.ids.next(),
    kind: "FOLLOW_UP",
    status: done ? "DONE" : "OPEN",
    dueAt: new Date(due),
    assigneeId: coordinator.id,
    callId: null,
    patientId,
    note: "Missed first step-down session: reach out",
    completedAt: done ? new Date(due + 4 * 3_600_000) : null,
    createdById: coordinator.id,
    createdAt: new Date(Math.min(due, ctx.clock.nowMs)),
    updatedAt: new Date(Math.min(due, ctx.clock.nowMs)),
  });
}
