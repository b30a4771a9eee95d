import { describe, expect, it } from "vitest";
import type { CareAction, CareState } from "./care-types";
import { applyCareAction, applyCareEffects, EMPTY_CARE_STATE } from "./episodes";
import { checkCareInvariants } from "./invariants";
import {
  admitAction,
  buildTimeline,
  careContext,
  INACTIVE_IOP_REF,
  planAction,
  PROGRAM_REFS,
} from "@/tests/factories/care-timeline";

const TODAY = "2026-03-20";

// Ids come from one counter per timeline: id-1 the residential episode, id-2 the transition, id-3 the result.
const RES_OPEN = buildTimeline([["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")]]);
const PLANNED = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  ["2026-03-15", planAction("IOP", "2026-03-25")],
]);
const CONFIRMED = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  ["2026-03-15", planAction("IOP", "2026-03-25")],
  ["2026-03-16", { type: "confirmTransition", transitionId: "id-2" }],
]);
/** Left residential for the step-down on Mar 18; the first IOP session is still ahead. */
const LEFT = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  ["2026-03-15", planAction("IOP", "2026-03-25")],
  ["2026-03-16", { type: "confirmTransition", transitionId: "id-2" }],
  ["2026-03-18", { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-03-18" }],
]);
const COMPLETED = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  ["2026-03-15", planAction("IOP", "2026-03-25")],
  ["2026-03-16", { type: "confirmTransition", transitionId: "id-2" }],
  [
    "2026-03-19",
    {
      type: "completeTransition",
      transitionId: "id-2",
      dischargeDate: "2026-03-18",
      firstAttendedDate: "2026-03-19",
      expectedLengthDays: 70,
    },
  ],
]);
const NO_SHOW = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  ["2026-03-15", planAction("IOP", "2026-03-18")],
  ["2026-03-16", { type: "confirmTransition", transitionId: "id-2" }],
  ["2026-03-17", { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-03-17" }],
  ["2026-03-18", { type: "markNoShow", transitionId: "id-2", reason: "Did not attend." }],
]);
const RES_DISCHARGED = buildTimeline([
  ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
  [
    "2026-03-10",
    {
      type: "discharge",
      reason: "COMPLETED",
      dischargeDate: "2026-03-10",
      followUpPlan: "Outpatient therapist, Mar 12",
    },
  ],
]);
const WM_OPEN = buildTimeline([["2026-03-15", admitAction("WITHDRAWAL_MANAGEMENT", "2026-03-15")]]);
const IOP_OPEN = buildTimeline([["2026-03-01", admitAction("IOP", "2026-03-01")]]);

const complete = (extra: Partial<Extract<CareAction, { type: "completeTransition" }>> = {}): CareAction => ({
  type: "completeTransition",
  transitionId: "id-2",
  firstAttendedDate: "2026-03-19",
  expectedLengthDays: 70,
  ...extra,
});
const dischargeAction = (extra: Partial<Extract<CareAction, { type: "discharge" }>> = {}): CareAction => ({
  type: "discharge",
  reason: "COMPLETED",
  dischargeDate: "2026-03-20",
  ...extra,
});
const iopPlan = (extra: Partial<Extract<CareAction, { type: "planTransition" }>> = {}): CareAction =>
  ({ ...planAction("IOP", "2026-03-25"), ...extra }) as CareAction;

type Row = [name: string, state: CareState, action: CareAction, expected: "ok" | RegExp, today?: string];

const ROWS: Row[] = [
  // admit
  ["admit: into residential", EMPTY_CARE_STATE, admitAction("RESIDENTIAL", "2026-03-01"), "ok"],
  ["admit: today is allowed", EMPTY_CARE_STATE, admitAction("IOP", TODAY), "ok"],
  [
    "admit: not while an episode is open",
    RES_OPEN,
    admitAction("IOP", TODAY),
    /already in residential care \(since Mar 1, 2026\); plan a transition or discharge/,
  ],
  [
    "admit: not while a step-down waits for its first session",
    LEFT,
    admitAction("IOP", TODAY),
    /confirmed step-down to IOP waiting for its first session; complete it, record a no-show or cancel it/,
  ],
  ["admit: after a no-show", NO_SHOW, admitAction("IOP", TODAY), "ok"],
  [
    "admit: program at another level",
    EMPTY_CARE_STATE,
    { type: "admit", level: "IOP", program: PROGRAM_REFS.RESIDENTIAL, startDate: TODAY },
    /That program is a residential program, not IOP\./,
  ],
  [
    "admit: inactive program",
    EMPTY_CARE_STATE,
    { type: "admit", level: "IOP", program: INACTIVE_IOP_REF, startDate: TODAY },
    /no longer active/,
  ],
  [
    "admit: not in the future",
    EMPTY_CARE_STATE,
    admitAction("RESIDENTIAL", "2026-03-21"),
    /The admission date cannot be in the future \(today is Mar 20, 2026\)\./,
  ],
  [
    "admit: a real calendar day",
    EMPTY_CARE_STATE,
    admitAction("RESIDENTIAL", "2026-02-30"),
    /Enter the admission date as a calendar day/,
  ],
  [
    "admit: not before the previous episode ended",
    RES_DISCHARGED,
    admitAction("IOP", "2026-03-09"),
    /previous episode ended on Mar 10, 2026/,
  ],
  ["admit: on the day the previous ended (handoff)", RES_DISCHARGED, admitAction("IOP", "2026-03-10"), "ok"],
  ["admit: length 0", EMPTY_CARE_STATE, admitAction("RESIDENTIAL", TODAY, 0), /whole number of days from 1 to 365/],
  ["admit: length 366", EMPTY_CARE_STATE, admitAction("RESIDENTIAL", TODAY, 366), /whole number of days from 1 to 365/],
  ["admit: length 2.5", EMPTY_CARE_STATE, admitAction("RESIDENTIAL", TODAY, 2.5), /whole number of days/],
  ["admit: length 365", EMPTY_CARE_STATE, admitAction("RESIDENTIAL", TODAY, 365), "ok"],
  // planTransition
  ["plan: needs an open episode", EMPTY_CARE_STATE, iopPlan(), /no open care episode to plan a transition from/],
  ["plan: not after leaving for a step-down", LEFT, iopPlan(), /no open care episode/],
  ["plan: residential → IOP", RES_OPEN, iopPlan(), "ok"],
  [
    "plan: residential → withdrawal management (step-up)",
    RES_OPEN,
    planAction("WITHDRAWAL_MANAGEMENT", "2026-03-21"),
    "ok",
  ],
  ["plan: IOP → residential (step-up)", IOP_OPEN, planAction("RESIDENTIAL", "2026-03-21"), "ok"],
  ["plan: IOP → outpatient", IOP_OPEN, planAction("OUTPATIENT", "2026-04-21"), "ok"],
  [
    "plan: same level",
    RES_OPEN,
    planAction("RESIDENTIAL", "2026-03-25"),
    /already in residential care; a transition changes the level of care/,
  ],
  [
    "plan: only one active per episode",
    PLANNED,
    planAction("PHP", "2026-03-26"),
    /A step-down to IOP is already planned for Mar 25, 2026; cancel it before planning another/,
  ],
  ["plan: only one active (confirmed)", CONFIRMED, planAction("PHP", "2026-03-26"), /already confirmed/],
  [
    "plan: not before the episode started",
    RES_OPEN,
    iopPlan({ plannedDate: "2026-02-28" }),
    /cannot be before the residential episode started \(Mar 1, 2026\)/,
  ],
  ["plan: on the start day", RES_OPEN, iopPlan({ plannedDate: "2026-03-01" }), "ok"],
  ["plan: a past date is allowed (recorded late)", RES_OPEN, iopPlan({ plannedDate: "2026-03-05" }), "ok"],
  ["plan: a real date", RES_OPEN, iopPlan({ plannedDate: "2026-04-31" }), /Enter the planned date as a calendar day/],
  ["plan: IOP needs a track", RES_OPEN, iopPlan({ track: null }), /Choose the IOP track: day or evening\./],
  ["plan: IOP needs session days", RES_OPEN, iopPlan({ scheduleDays: [] }), /Choose at least one IOP session day\./],
  ["plan: PHP needs neither", RES_OPEN, planAction("PHP", "2026-03-25"), "ok"],
  [
    "plan: program at another level",
    RES_OPEN,
    iopPlan({ toProgram: PROGRAM_REFS.PHP }),
    /That program is a PHP program, not IOP\./,
  ],
  ["plan: inactive program", RES_OPEN, iopPlan({ toProgram: INACTIVE_IOP_REF }), /no longer active/],
  // confirmTransition
  ["confirm: planned", PLANNED, { type: "confirmTransition", transitionId: "id-2" }, "ok"],
  [
    "confirm: after leaving",
    buildTimeline([
      ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
      ["2026-03-15", planAction("IOP", "2026-03-25")],
      ["2026-03-18", { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-03-18" }],
    ]),
    { type: "confirmTransition", transitionId: "id-2" },
    "ok",
  ],
  [
    "confirm: twice",
    CONFIRMED,
    { type: "confirmTransition", transitionId: "id-2" },
    /The step-down to IOP is already confirmed\./,
  ],
  [
    "confirm: completed",
    COMPLETED,
    { type: "confirmTransition", transitionId: "id-2" },
    /was already completed and cannot be confirmed/,
  ],
  [
    "confirm: no-show",
    NO_SHOW,
    { type: "confirmTransition", transitionId: "id-2" },
    /was already marked as a no-show and cannot be confirmed/,
  ],
  [
    "confirm: unknown",
    PLANNED,
    { type: "confirmTransition", transitionId: "nope" },
    /does not belong to this patient's care timeline/,
  ],
  // cancelTransition
  ["cancel: planned", PLANNED, { type: "cancelTransition", transitionId: "id-2", reason: "Insurance denied." }, "ok"],
  [
    "cancel: confirmed",
    CONFIRMED,
    { type: "cancelTransition", transitionId: "id-2", reason: "Chose a program closer to home." },
    "ok",
  ],
  ["cancel: after leaving", LEFT, { type: "cancelTransition", transitionId: "id-2", reason: "Moved away." }, "ok"],
  [
    "cancel: needs a reason",
    PLANNED,
    { type: "cancelTransition", transitionId: "id-2", reason: "  " },
    /Give the reason for cancelling the step-down to IOP\./,
  ],
  [
    "cancel: completed",
    COMPLETED,
    { type: "cancelTransition", transitionId: "id-2", reason: "x" },
    /already completed and cannot be cancelled/,
  ],
  ["cancel: unknown", PLANNED, { type: "cancelTransition", transitionId: "nope", reason: "x" }, /does not belong/],
  // markNoShow
  [
    "no-show: before the planned day",
    CONFIRMED,
    { type: "markNoShow", transitionId: "id-2" },
    /planned for Mar 25, 2026; a no-show can be recorded from that day on/,
  ],
  ["no-show: on the planned day", CONFIRMED, { type: "markNoShow", transitionId: "id-2" }, "ok", "2026-03-25"],
  [
    "no-show: after leaving, later",
    LEFT,
    { type: "markNoShow", transitionId: "id-2", reason: "No answer." },
    "ok",
    "2026-03-27",
  ],
  ["no-show: a planned (unconfirmed) one", PLANNED, { type: "markNoShow", transitionId: "id-2" }, "ok", "2026-03-25"],
  [
    "no-show: completed",
    COMPLETED,
    { type: "markNoShow", transitionId: "id-2" },
    /already completed and cannot be marked as a no-show/,
    "2026-03-30",
  ],
  ["no-show: twice", NO_SHOW, { type: "markNoShow", transitionId: "id-2" }, /already marked as a no-show/],
  // dischargeForTransition
  [
    "leave: for a confirmed step-down",
    CONFIRMED,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-03-18" },
    "ok",
  ],
  [
    "leave: for a planned step-down",
    PLANNED,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: TODAY },
    "ok",
  ],
  [
    "leave: twice",
    LEFT,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: TODAY },
    /already left residential care on Mar 18, 2026/,
  ],
  [
    "leave: not in the future",
    CONFIRMED,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-03-21" },
    /discharge date cannot be in the future/,
  ],
  [
    "leave: not before the start",
    CONFIRMED,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: "2026-02-28" },
    /cannot be before the residential episode started/,
  ],
  [
    "leave: settled transition",
    COMPLETED,
    { type: "dischargeForTransition", transitionId: "id-2", dischargeDate: TODAY },
    /already completed and cannot be used for a discharge/,
  ],
  // completeTransition
  [
    "complete: must be confirmed",
    PLANNED,
    complete({ dischargeDate: "2026-03-18" }),
    /Confirm the step-down to IOP before completing it\./,
  ],
  [
    "complete: needs the discharge day while still in residential",
    CONFIRMED,
    complete(),
    /Enter the day the patient left residential care\./,
  ],
  ["complete: with a gap", CONFIRMED, complete({ dischargeDate: "2026-03-18" }), "ok"],
  ["complete: same-day handoff", CONFIRMED, complete({ dischargeDate: "2026-03-19" }), "ok"],
  [
    "complete: first session before leaving",
    CONFIRMED,
    complete({ dischargeDate: "2026-03-18", firstAttendedDate: "2026-03-17" }),
    /The first IOP session \(Mar 17, 2026\) cannot be before the patient left residential care \(Mar 18, 2026\)\./,
  ],
  [
    "complete: first session in the future",
    CONFIRMED,
    complete({ dischargeDate: "2026-03-18", firstAttendedDate: "2026-03-21" }),
    /first attended session cannot be in the future/,
  ],
  [
    "complete: discharge in the future",
    CONFIRMED,
    complete({ dischargeDate: "2026-03-21", firstAttendedDate: "2026-03-21" }),
    /cannot be in the future/,
    "2026-03-20",
  ],
  ["complete: after leaving", LEFT, complete(), "ok"],
  ["complete: after leaving, same discharge day", LEFT, complete({ dischargeDate: "2026-03-18" }), "ok"],
  [
    "complete: after leaving, other discharge day",
    LEFT,
    complete({ dischargeDate: "2026-03-17" }),
    /already left residential care on Mar 18, 2026; that discharge date stands/,
  ],
  [
    "complete: after leaving, first session before it",
    LEFT,
    complete({ firstAttendedDate: "2026-03-17" }),
    /cannot be before the patient left residential care/,
  ],
  ["complete: twice", COMPLETED, complete(), /already completed and cannot be completed/],
  [
    "complete: cancelled",
    buildTimeline([
      ["2026-03-01", admitAction("RESIDENTIAL", "2026-03-01")],
      ["2026-03-15", planAction("IOP", "2026-03-25")],
      ["2026-03-16", { type: "cancelTransition", transitionId: "id-2", reason: "Declined" }],
    ]),
    complete({ dischargeDate: "2026-03-18" }),
    /already cancelled and cannot be completed/,
  ],
  [
    "complete: expected length",
    CONFIRMED,
    complete({ dischargeDate: "2026-03-18", expectedLengthDays: 0 }),
    /whole number of days/,
  ],
  // discharge
  ["discharge: nothing open", EMPTY_CARE_STATE, dischargeAction(), /no open care episode to discharge/],
  [
    "discharge: nothing open after leaving for a step-down",
    LEFT,
    dischargeAction(),
    /no open care episode to discharge/,
  ],
  [
    "discharge: residential needs a follow-up plan",
    RES_OPEN,
    dischargeAction({ aftercarePlan: "Meetings" }),
    /Discharging from residential without a step-down needs a follow-up plan: who will see the patient next, and when\./,
  ],
  [
    "discharge: a blank follow-up plan is none",
    RES_OPEN,
    dischargeAction({ followUpPlan: "   " }),
    /needs a follow-up plan/,
  ],
  [
    "discharge: residential with a follow-up plan",
    RES_OPEN,
    dischargeAction({ followUpPlan: "Dr. Lee, outpatient, Mar 23" }),
    "ok",
  ],
  [
    "discharge: withdrawal management needs one too",
    WM_OPEN,
    dischargeAction({ reason: "LEFT_AGAINST_ADVICE" }),
    /Discharging from withdrawal management without a step-down needs a follow-up plan/,
  ],
  ["discharge: IOP does not", IOP_OPEN, dischargeAction(), "ok"],
  [
    "discharge: with a step-down planned, points to it",
    CONFIRMED,
    dischargeAction(),
    /needs a follow-up plan: who will see the patient next, and when\. If the patient is leaving for the confirmed step-down to IOP, record the discharge on that transition instead\./,
  ],
  [
    "discharge: cancels an active step-down",
    CONFIRMED,
    dischargeAction({ reason: "LEFT_AGAINST_ADVICE", followUpPlan: "Outreach call tomorrow" }),
    "ok",
  ],
  [
    "discharge: step-downs are recorded on the transition",
    RES_OPEN,
    dischargeAction({ reason: "STEPPED_DOWN" as never, followUpPlan: "x" }),
    /Step-downs and step-ups are recorded on the transition/,
  ],
  [
    "discharge: not in the future",
    IOP_OPEN,
    dischargeAction({ dischargeDate: "2026-03-21" }),
    /discharge date cannot be in the future/,
  ],
  [
    "discharge: not before the start",
    IOP_OPEN,
    dischargeAction({ dischargeDate: "2026-02-28" }),
    /cannot be before the IOP episode started \(Mar 1, 2026\)/,
  ],
  ["discharge: on the admission day", IOP_OPEN, dischargeAction({ dischargeDate: "2026-03-01" }), "ok"],
];

describe("care actions: legal and illegal, with messages", () => {
  it.each(ROWS)("%s", (_name, state, action, expected, today = TODAY) => {
    const before = structuredClone(state);
    const result = applyCareAction(state, action, careContext(today, "new"));
    expect(state).toEqual(before);
    if (expected === "ok") {
      if (!result.ok) throw new Error(`refused: ${result.reason}`);
      expect(checkCareInvariants(result.state)).toEqual([]);
      expect(applyCareEffects(state, result.effects)).toEqual(result.state);
      expect(result.effects.length).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({ ok: false, reason: expect.stringMatching(expected) });
    }
  });
});

describe("what each action writes", () => {
  const ctx = careContext(TODAY, "new");

  it("admit opens an episode with the expected end from the program or the given length", () => {
    const result = applyCareAction(EMPTY_CARE_STATE, admitAction("RESIDENTIAL", "2026-03-01"), ctx);
    expect(result).toMatchObject({
      ok: true,
      effects: [
        {
          type: "episodeOpened",
          byTransitionId: null,
          episode: {
            level: "RESIDENTIAL",
            programId: "prog-res",
            status: "OPEN",
            startDate: "2026-03-01",
            expectedEndDate: "2026-03-31",
            endDate: null,
          },
        },
      ],
    });
    const custom = applyCareAction(EMPTY_CARE_STATE, admitAction("IOP", "2026-03-01", 84), ctx);
    expect(custom.ok && custom.state.episodes[0]?.expectedEndDate).toBe("2026-05-24");
  });

  it("plan computes the kind from acuity and keeps the schedule in week order", () => {
    const result = applyCareAction(
      RES_OPEN,
      { ...planAction("IOP", "2026-03-25"), scheduleDays: ["THU", "TUE", "TUE"], track: "DAY" } as CareAction,
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      effects: [
        {
          type: "transitionPlanned",
          transition: {
            kind: "STEP_DOWN",
            status: "PLANNED",
            fromEpisodeId: "id-1",
            toLevel: "IOP",
            toProgramId: "prog-iop",
            scheduleDays: ["TUE", "THU"],
            track: "DAY",
          },
        },
      ],
    });
    const up = applyCareAction(IOP_OPEN, planAction("WITHDRAWAL_MANAGEMENT", "2026-03-21"), ctx);
    expect(up.ok && up.state.transitions[0]?.kind).toBe("STEP_UP");
  });

  it("leaving for a step-down closes the episode as stepped down and keeps the transition open", () => {
    const result = applyCareAction(
      CONFIRMED,
      {
        type: "dischargeForTransition",
        transitionId: "id-2",
        dischargeDate: "2026-03-18",
        aftercarePlan: " Sober living ",
      },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      effects: [
        {
          type: "episodeClosed",
          episodeId: "id-1",
          endDate: "2026-03-18",
          dischargeReason: "STEPPED_DOWN",
          aftercarePlan: "Sober living",
          followUpPlan: null,
        },
      ],
    });
    expect(result.ok && result.state.transitions[0]?.status).toBe("CONFIRMED");
  });

  it("completing closes the from-episode and opens the new one in one step, in that order", () => {
    const result = applyCareAction(CONFIRMED, complete({ dischargeDate: "2026-03-18" }), ctx);
    if (!result.ok) throw new Error(result.reason);
    expect(result.effects.map((e) => e.type)).toEqual(["episodeClosed", "episodeOpened", "transitionStatusChanged"]);
    const [closed, opened, changed] = result.effects;
    expect(closed).toMatchObject({ episodeId: "id-1", endDate: "2026-03-18", dischargeReason: "STEPPED_DOWN" });
    expect(opened).toMatchObject({
      byTransitionId: "id-2",
      episode: {
        level: "IOP",
        programId: "prog-iop",
        startDate: "2026-03-19",
        expectedEndDate: "2026-05-28",
        status: "OPEN",
      },
    });
    const newId = opened?.type === "episodeOpened" ? opened.episode.id : "";
    expect(changed).toEqual({
      type: "transitionStatusChanged",
      transitionId: "id-2",
      from: "CONFIRMED",
      to: "COMPLETED",
      statusReason: null,
      firstAttendedDate: "2026-03-19",
      resultEpisodeId: newId,
    });
  });

  it("completing after leaving only opens the new episode", () => {
    const result = applyCareAction(LEFT, complete(), ctx);
    expect(result.ok && result.effects.map((e) => e.type)).toEqual(["episodeOpened", "transitionStatusChanged"]);
  });

  it("a step-up closes the IOP episode as stepped up", () => {
    const state = buildTimeline([
      ["2026-03-01", admitAction("IOP", "2026-03-01")],
      ["2026-03-10", planAction("RESIDENTIAL", "2026-03-11")],
      ["2026-03-10", { type: "confirmTransition", transitionId: "id-2" }],
    ]);
    const result = applyCareAction(
      state,
      complete({ dischargeDate: "2026-03-10", firstAttendedDate: "2026-03-11", expectedLengthDays: 30 }),
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      effects: [
        { type: "episodeClosed", dischargeReason: "STEPPED_UP" },
        { episode: { level: "RESIDENTIAL" } },
        { to: "COMPLETED" },
      ],
    });
  });

  it("discharge cancels the active step-down automatically and records the plans", () => {
    const result = applyCareAction(
      CONFIRMED,
      dischargeAction({ reason: "LEFT_AGAINST_ADVICE", followUpPlan: " Outreach call tomorrow ", aftercarePlan: "" }),
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      effects: [
        {
          type: "transitionStatusChanged",
          transitionId: "id-2",
          from: "CONFIRMED",
          to: "CANCELLED",
          statusReason: "Cancelled automatically: discharged (left against advice).",
        },
        {
          type: "episodeClosed",
          episodeId: "id-1",
          dischargeReason: "LEFT_AGAINST_ADVICE",
          followUpPlan: "Outreach call tomorrow",
          aftercarePlan: null,
        },
      ],
    });
  });

  it("cancel and no-show keep their reason", () => {
    expect(
      applyCareAction(PLANNED, { type: "cancelTransition", transitionId: "id-2", reason: " Insurance denied. " }, ctx),
    ).toMatchObject({ ok: true, effects: [{ to: "CANCELLED", statusReason: "Insurance denied." }] });
    expect(
      applyCareAction(CONFIRMED, { type: "markNoShow", transitionId: "id-2" }, { ...ctx, today: "2026-03-25" }),
    ).toMatchObject({ ok: true, effects: [{ to: "NO_SHOW", statusReason: null }] });
  });
});
