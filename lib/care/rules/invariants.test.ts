import { describe, expect, it } from "vitest";
import type { CareState, Episode, Transition } from "./care-types";
import { checkCareInvariants, type CareInvariantViolation } from "./invariants";

const episode = (id: string, extra: Partial<Episode> = {}): Episode => ({
  id,
  level: "RESIDENTIAL",
  programId: "prog-res",
  status: "DISCHARGED",
  startDate: "2026-03-01",
  expectedEndDate: "2026-03-31",
  endDate: "2026-03-18",
  dischargeReason: "STEPPED_DOWN",
  aftercarePlan: null,
  followUpPlan: null,
  ...extra,
});
const transition = (id: string, extra: Partial<Transition> = {}): Transition => ({
  id,
  kind: "STEP_DOWN",
  fromEpisodeId: "res",
  toLevel: "IOP",
  toProgramId: "prog-iop",
  plannedDate: "2026-03-20",
  scheduleDays: ["TUE"],
  track: "EVENING",
  status: "COMPLETED",
  statusReason: null,
  firstAttendedDate: "2026-03-20",
  resultEpisodeId: "iop",
  ...extra,
});

/** Residential → IOP, completed with a two-day gap: the reference timeline, which is valid. */
const VALID: CareState = {
  episodes: [
    episode("res"),
    episode("iop", {
      level: "IOP",
      programId: "prog-iop",
      status: "OPEN",
      startDate: "2026-03-20",
      expectedEndDate: "2026-05-29",
      endDate: null,
      dischargeReason: null,
    }),
  ],
  transitions: [transition("t1")],
};

const codes = (state: CareState) => checkCareInvariants(state).map((v) => v.code);
const withEpisode = (id: string, change: Partial<Episode>): CareState => ({
  ...VALID,
  episodes: VALID.episodes.map((e) => (e.id === id ? { ...e, ...change } : e)),
});
const withTransition = (change: Partial<Transition>): CareState => ({
  ...VALID,
  transitions: [{ ...transition("t1"), ...change }],
});

describe("checkCareInvariants", () => {
  it("accepts a valid timeline, and an empty one", () => {
    expect(checkCareInvariants(VALID)).toEqual([]);
    expect(checkCareInvariants({ episodes: [], transitions: [] })).toEqual([]);
  });

  it("accepts a same-day handoff and a zero-length stay before it", () => {
    const handoff = withEpisode("iop", { startDate: "2026-03-18" });
    expect(codes({ ...handoff, transitions: [transition("t1", { firstAttendedDate: "2026-03-18" })] })).toEqual([]);
    const dayStay: CareState = {
      episodes: [
        episode("a", { startDate: "2026-03-01", endDate: "2026-03-01", dischargeReason: "LEFT_AGAINST_ADVICE" }),
        episode("b", { startDate: "2026-03-01", status: "OPEN", endDate: null, dischargeReason: null }),
      ],
      transitions: [],
    };
    expect(codes(dayStay)).toEqual([]);
  });

  const broken: [string, CareState, CareInvariantViolation["code"]][] = [
    [
      "two open episodes",
      withEpisode("res", { status: "OPEN", endDate: null, dischargeReason: null }),
      "more-than-one-open-episode",
    ],
    [
      "an open episode with a discharge date",
      withEpisode("iop", { endDate: "2026-04-01" }),
      "open-episode-has-discharge",
    ],
    ["a closed episode without a reason", withEpisode("res", { dischargeReason: null }), "closed-episode-incomplete"],
    ["a closed episode without an end", withEpisode("res", { endDate: null }), "closed-episode-incomplete"],
    ["an end before the start", withEpisode("res", { endDate: "2026-02-27" }), "episode-ends-before-start"],
    [
      "an expected end on the start day",
      withEpisode("res", { expectedEndDate: "2026-03-01" }),
      "expected-end-not-after-start",
    ],
    ["a date that does not exist", withEpisode("res", { endDate: "2026-02-30" }), "invalid-date"],
    ["overlapping episodes", withEpisode("iop", { startDate: "2026-03-17" }), "episodes-overlap"],
    [
      "an episode after an open one",
      {
        episodes: [
          episode("a", { status: "OPEN", endDate: null, dischargeReason: null }),
          episode("b", { startDate: "2026-04-01", endDate: "2026-04-02", dischargeReason: "COMPLETED" }),
        ],
        transitions: [],
      },
      "episodes-overlap",
    ],
    ["a transition from nowhere", withTransition({ fromEpisodeId: "ghost" }), "transition-unknown-episode"],
    ["a step-down that goes up", withTransition({ toLevel: "WITHDRAWAL_MANAGEMENT" }), "transition-kind-mismatch"],
    [
      "a completed transition without a result",
      withTransition({ resultEpisodeId: null }),
      "completed-transition-result",
    ],
    [
      "a completed transition pointing nowhere",
      withTransition({ resultEpisodeId: "ghost" }),
      "completed-transition-result",
    ],
    ["a result at another level", withTransition({ toLevel: "PHP" }), "completed-transition-result"],
    [
      "a result not starting on the first session",
      withTransition({ firstAttendedDate: "2026-03-19" }),
      "completed-transition-result",
    ],
    [
      "a result before the from-episode ended",
      {
        ...withEpisode("iop", { startDate: "2026-03-10" }),
        transitions: [transition("t1", { firstAttendedDate: "2026-03-10" })],
      },
      "completed-transition-result",
    ],
    [
      "a from-episode not discharged as stepped down",
      withEpisode("res", { dischargeReason: "COMPLETED" }),
      "completed-transition-result",
    ],
    [
      "one result for two transitions",
      { ...VALID, transitions: [transition("t1"), transition("t2")] },
      "result-episode-shared",
    ],
    [
      "a cancelled transition with a result",
      withTransition({ status: "CANCELLED" }),
      "unfinished-transition-has-result",
    ],
    [
      "two active transitions from one episode",
      {
        episodes: [episode("res", { status: "OPEN", endDate: null, dischargeReason: null })],
        transitions: [
          transition("t1", { status: "PLANNED", firstAttendedDate: null, resultEpisodeId: null }),
          transition("t2", { status: "CONFIRMED", firstAttendedDate: null, resultEpisodeId: null }),
        ],
      },
      "more-than-one-active-transition",
    ],
    [
      "a step-down still planned after a plain discharge",
      {
        episodes: [episode("res", { dischargeReason: "COMPLETED" })],
        transitions: [transition("t1", { status: "PLANNED", firstAttendedDate: null, resultEpisodeId: null })],
      },
      "pending-transition-after-discharge",
    ],
    [
      "a step-down still pending after a later admission",
      {
        episodes: [
          episode("res"),
          episode("op", {
            level: "OUTPATIENT",
            programId: "prog-op",
            status: "OPEN",
            startDate: "2026-03-25",
            endDate: null,
            dischargeReason: null,
          }),
        ],
        transitions: [transition("t1", { status: "CONFIRMED", firstAttendedDate: null, resultEpisodeId: null })],
      },
      "pending-transition-after-discharge",
    ],
  ];

  it.each(broken)("finds %s", (_name, state, code) => {
    const found = checkCareInvariants(state);
    expect(found.map((v) => v.code)).toContain(code);
    for (const v of found) expect(v.message.length).toBeGreaterThan(10);
  });
});
