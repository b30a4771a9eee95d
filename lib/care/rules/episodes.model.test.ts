/**
 * Model tests: random sequences of care actions — legal and illegal, with random levels
 * and dates — applied through `applyCareAction` always keep the invariants, refused actions leave
 * the state unchanged, and the effects alone reproduce every new state.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareLevel, DischargeReason, ProgramTrack } from "@/lib/generated/prisma/enums";
import type { CareAction, CareActionType, CareState } from "./care-types";
import { addDays, type IsoDate } from "@/lib/dates/days";
import { applyCareAction, applyCareEffects, EMPTY_CARE_STATE } from "./episodes";
import { checkCareInvariants } from "./invariants";
import { careContext, INACTIVE_IOP_REF, PROGRAM_REFS } from "@/tests/factories/care-timeline";
import { CARE_LEVELS, WEEKDAYS } from "./levels";

const level = fc.constantFrom(...CARE_LEVELS);
/** Mostly the right program; sometimes one at another level or an inactive one. */
const programPick = fc.integer({ min: 0, max: 9 });
const pick = fc.nat({ max: 20 });
const badDate = fc.integer({ min: 0, max: 24 }).map((n) => n === 0);
const offset = (min: number, max: number) => fc.integer({ min, max });
const reason = fc.constantFrom("", "  ", "Insurance denied.", "Chose another program.");
const DISCHARGE_REASONS: DischargeReason[] = [
  "COMPLETED",
  "LEFT_AGAINST_ADVICE",
  "ADMINISTRATIVE",
  "TRANSFERRED_OUT",
  "STEPPED_DOWN",
  "STEPPED_UP",
];

const command = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("admit" as const),
      level,
      programPick,
      start: offset(-15, 2),
      length: fc.option(offset(-1, 400)),
      badDate,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("plan" as const),
      level,
      programPick,
      planned: offset(-10, 20),
      track: fc.option(fc.constantFrom<ProgramTrack>("DAY", "EVENING"), { freq: 6 }),
      days: fc.subarray([...WEEKDAYS]),
      badDate,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("confirm" as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick, reason }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("noShow" as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick, day: offset(-20, 2), badDate }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("complete" as const),
      pick,
      first: offset(-10, 2),
      discharge: fc.option(offset(-20, 2)),
      length: offset(0, 120),
      badDate,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("discharge" as const),
      reason: fc.constantFrom(...DISCHARGE_REASONS),
      day: offset(-20, 2),
      followUp: fc.option(reason),
      badDate,
    }),
  },
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

const step = fc.record({ advance: fc.integer({ min: 0, max: 6 }), command });

function programFor(target: CareLevel, n: number) {
  if (n === 9) return INACTIVE_IOP_REF;
  if (n === 8) return PROGRAM_REFS[CARE_LEVELS[(CARE_LEVELS.indexOf(target) + 1) % CARE_LEVELS.length] ?? "IOP"];
  return PROGRAM_REFS[target];
}

function transitionId(state: CareState, n: number): string {
  if (state.transitions.length === 0 || n === 20) return "no-such-transition";
  // Favour the newest transitions: that is where the action is.
  const index = state.transitions.length - 1 - (n % Math.min(3, state.transitions.length));
  return state.transitions[index]?.id ?? "no-such-transition";
}

function toAction(c: Command, state: CareState, today: IsoDate): CareAction {
  const day = (delta: number, bad = false) => (bad ? "2026-02-30" : addDays(today, delta));
  switch (c.kind) {
    case "admit":
      return {
        type: "admit",
        level: c.level,
        program: programFor(c.level, c.programPick),
        startDate: day(c.start, c.badDate),
        expectedLengthDays: c.length ?? undefined,
      };
    case "plan":
      return {
        type: "planTransition",
        toLevel: c.level,
        toProgram: programFor(c.level, c.programPick),
        plannedDate: day(c.planned, c.badDate),
        track: c.track,
        scheduleDays: c.days,
      };
    case "confirm":
      return { type: "confirmTransition", transitionId: transitionId(state, c.pick) };
    case "cancel":
      return { type: "cancelTransition", transitionId: transitionId(state, c.pick), reason: c.reason };
    case "noShow":
      return { type: "markNoShow", transitionId: transitionId(state, c.pick) };
    case "leave":
      return {
        type: "dischargeForTransition",
        transitionId: transitionId(state, c.pick),
        dischargeDate: day(c.day, c.badDate),
      };
    case "complete":
      return {
        type: "completeTransition",
        transitionId: transitionId(state, c.pick),
        firstAttendedDate: day(c.first, c.badDate),
        dischargeDate: c.discharge === null ? undefined : day(Math.min(c.discharge, c.first)),
        expectedLengthDays: c.length,
      };
    case "discharge":
      return {
        type: "discharge",
        reason: c.reason as never,
        dischargeDate: day(c.day, c.badDate),
        followUpPlan: c.followUp ?? undefined,
      };
  }
}

describe("care state machine: random action sequences", () => {
  it("keep the invariants; refusals change nothing; effects reproduce each new state", () => {
    const accepted = new Map<CareActionType, number>();
    const refused = new Map<CareActionType, number>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60, size: "max" }), (steps) => {
        let state: CareState = EMPTY_CARE_STATE;
        let today = "2026-01-01";
        const ctx = careContext(today, "m");
        for (const { advance, command: c } of steps) {
          today = addDays(today, advance);
          const action = toAction(c, state, today);
          const before = structuredClone(state);
          const result = applyCareAction(state, action, { ...ctx, today });
          expect(state).toEqual(before);
          if (!result.ok) {
            expect(result.reason).toMatch(/^[A-Z].{10,}[.)]$/s);
            refused.set(action.type, (refused.get(action.type) ?? 0) + 1);
            continue;
          }
          accepted.set(action.type, (accepted.get(action.type) ?? 0) + 1);
          expect(result.effects.length).toBeGreaterThan(0);
          expect(applyCareEffects(before, result.effects)).toEqual(result.state);
          expect(checkCareInvariants(result.state)).toEqual([]);
          // The three step-down invariants, checked directly as well.
          expect(result.state.episodes.filter((e) => e.status === "OPEN").length).toBeLessThanOrEqual(1);
          for (const t of result.state.transitions.filter((t) => t.status === "COMPLETED")) {
            expect(result.state.episodes.filter((e) => e.id === t.resultEpisodeId)).toHaveLength(1);
          }
          const sorted = [...result.state.episodes].sort((a, b) =>
            a.startDate < b.startDate
              ? -1
              : a.startDate > b.startDate
                ? 1
                : (a.endDate ?? "9") < (b.endDate ?? "9")
                  ? -1
                  : 1,
          );
          sorted.forEach((e, i) => {
            const next = sorted[i + 1];
            if (next) expect(e.endDate !== null && next.startDate >= e.endDate).toBe(true);
          });
          state = result.state;
        }
      }),
      { numRuns: 400 },
    );
    // The generator reaches every action, both ways (otherwise the property proves little).
    for (const type of [
      "admit",
      "planTransition",
      "confirmTransition",
      "cancelTransition",
      "markNoShow",
      "dischargeForTransition",
      "completeTransition",
      "discharge",
    ] as const) {
      expect(accepted.get(type) ?? 0, `${type} accepted`).toBeGreaterThan(5);
      expect(refused.get(type) ?? 0, `${type} refused`).toBeGreaterThan(5);
    }
    // Hundreds of random sequences: on a loaded two-core machine this takes more than 5 s.
  }, 60_000);
});
