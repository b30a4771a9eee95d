import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/dates/days";
import {
  CONTINUITY_REFERENCES,
  continuityRates,
  measureContinuity,
  type ContinuityDischarge,
  type ContinuitySession,
} from "./continuity";

const D0 = "2026-03-10";
const discharge = (extra: Partial<ContinuityDischarge> = {}): ContinuityDischarge => ({
  episodeId: "res-1",
  patientId: "p1",
  level: "RESIDENTIAL",
  endDate: D0,
  ...extra,
});
const session = (day: number, extra: Partial<ContinuitySession> = {}): ContinuitySession => ({
  patientId: "p1",
  level: "IOP",
  date: addDays(D0, day),
  ...extra,
});

function only(sessions: ContinuitySession[], d = discharge()) {
  const [result] = measureContinuity({ discharges: [d], sessions });
  if (!result) throw new Error("no result");
  return result;
}

describe("measureContinuity: the follow-up windows", () => {
  it.each([
    // [day of the first session after discharge, 7-day, 30-day]
    [0, false, false],
    [1, true, true],
    [7, true, true],
    [8, false, true],
    [30, false, true],
    [31, false, false],
  ] as const)("a session on day %i: 7-day %s, 30-day %s", (day, within7, within30) => {
    const r = only([session(day)]);
    expect(r.followUp7).toBe(within7);
    expect(r.followUp30).toBe(within30);
    expect(r.daysToFollowUp).toBe(within30 ? day : null);
    expect(r.firstFollowUpDate).toBe(within30 ? addDays(D0, day) : null);
  });

  it("the discharge-day session is skipped and the next one is the follow-up", () => {
    expect(only([session(0), session(3)])).toMatchObject({
      followUp7: true,
      daysToFollowUp: 3,
      firstFollowUpDate: "2026-03-13",
    });
  });

  it("takes the earliest session whatever the input order", () => {
    expect(only([session(20), session(-2), session(9), session(5)])).toMatchObject({ daysToFollowUp: 5 });
  });

  it("sessions before the discharge do not count", () => {
    expect(only([session(-1)])).toMatchObject({ followUp30: false, firstFollowUpDate: null });
  });

  it("PHP, IOP and outpatient count; residential and withdrawal management do not", () => {
    expect(only([session(2, { level: "PHP" })]).followUp7).toBe(true);
    expect(only([session(2, { level: "OUTPATIENT" })]).followUp7).toBe(true);
    expect(only([session(2, { level: "RESIDENTIAL" })]).followUp30).toBe(false);
    expect(only([session(2, { level: "WITHDRAWAL_MANAGEMENT" })]).followUp30).toBe(false);
  });

  it("another person's session does not count", () => {
    expect(only([session(2, { patientId: "p2" })]).followUp30).toBe(false);
  });
});

describe("measureContinuity: the unit is the discharge", () => {
  it("only residential and withdrawal-management discharges are measured", () => {
    const results = measureContinuity({
      discharges: [
        discharge(),
        discharge({ episodeId: "wm", level: "WITHDRAWAL_MANAGEMENT" }),
        discharge({ episodeId: "iop", level: "IOP" }),
        discharge({ episodeId: "php", level: "PHP" }),
      ],
      sessions: [],
    });
    expect(results.map((r) => r.episodeId)).toEqual(["res-1", "wm"]);
  });

  it("two discharges of one person are each counted, each with its own follow-up", () => {
    const results = measureContinuity({
      discharges: [discharge(), discharge({ episodeId: "res-2", endDate: "2026-05-01" })],
      sessions: [session(3), { patientId: "p1", level: "IOP", date: "2026-05-20" }],
    });
    expect(results.map((r) => [r.episodeId, r.followUp7, r.followUp30, r.daysToFollowUp])).toEqual([
      ["res-1", true, true, 3],
      ["res-2", false, true, 19],
    ]);
    expect(continuityRates(results)).toMatchObject({
      discharges: 2,
      followedUp7: 1,
      followedUp30: 2,
      rate7: 0.5,
      rate30: 1,
    });
  });
});

describe("measureContinuity: re-admission before any follow-up", () => {
  const wm = discharge({ episodeId: "wm", level: "WITHDRAWAL_MANAGEMENT" });

  it("detox → residential the same day is one stay: the detox discharge is excluded", () => {
    const [r] = measureContinuity({
      discharges: [wm],
      sessions: [],
      episodeStarts: [{ episodeId: "res", patientId: "p1", level: "RESIDENTIAL", startDate: D0 }],
    });
    expect(r).toMatchObject({
      counted: false,
      readmissionDate: D0,
      followUp7: false,
      followUp30: false,
      firstFollowUpDate: null,
    });
    expect(continuityRates(r ? [r] : [])).toMatchObject({ discharges: 0, excluded: 1, rate7: null, rate30: null });
  });

  it("a re-admission within 30 days before any follow-up excludes the discharge", () => {
    const starts = [{ episodeId: "res-2", patientId: "p1", level: "RESIDENTIAL" as const, startDate: addDays(D0, 12) }];
    expect(
      measureContinuity({ discharges: [discharge()], sessions: [session(20)], episodeStarts: starts })[0],
    ).toMatchObject({ counted: false });
  });

  it("a follow-up first keeps the discharge counted, even with a later re-admission", () => {
    const starts = [{ episodeId: "res-2", patientId: "p1", level: "RESIDENTIAL" as const, startDate: addDays(D0, 12) }];
    expect(
      measureContinuity({ discharges: [discharge()], sessions: [session(5)], episodeStarts: starts })[0],
    ).toMatchObject({ counted: true, followUp7: true });
    // A session on the re-admission day itself happened: it counts.
    expect(
      measureContinuity({ discharges: [discharge()], sessions: [session(12)], episodeStarts: starts })[0],
    ).toMatchObject({ counted: true, followUp30: true });
  });

  it("a re-admission after 30 days, an IOP admission, or the episode itself do not exclude", () => {
    const starts = [
      { episodeId: "res-1", patientId: "p1", level: "RESIDENTIAL" as const, startDate: "2026-02-10" },
      { episodeId: "res-2", patientId: "p1", level: "RESIDENTIAL" as const, startDate: addDays(D0, 31) },
      { episodeId: "iop", patientId: "p1", level: "IOP" as const, startDate: addDays(D0, 2) },
      { episodeId: "other", patientId: "p2", level: "RESIDENTIAL" as const, startDate: addDays(D0, 2) },
    ];
    expect(measureContinuity({ discharges: [discharge()], sessions: [], episodeStarts: starts })[0]).toMatchObject({
      counted: true,
      readmissionDate: null,
      followUp30: false,
    });
  });
});

describe("pending windows (asOf)", () => {
  it("a discharge without follow-up is pending while its window is open", () => {
    const measure = (asOf: string) => measureContinuity({ discharges: [discharge()], sessions: [] }, { asOf })[0];
    expect(measure(addDays(D0, 7))).toMatchObject({ pending7: true, pending30: true });
    expect(measure(addDays(D0, 8))).toMatchObject({ pending7: false, pending30: true });
    expect(measure(addDays(D0, 30))).toMatchObject({ pending7: false, pending30: true });
    expect(measure(addDays(D0, 31))).toMatchObject({ pending7: false, pending30: false });
  });

  it("a follow-up ends pending; without asOf nothing is pending", () => {
    expect(
      measureContinuity({ discharges: [discharge()], sessions: [session(9)] }, { asOf: addDays(D0, 10) })[0],
    ).toMatchObject({ pending7: false, pending30: false });
    expect(measureContinuity({ discharges: [discharge()], sessions: [] })[0]).toMatchObject({
      pending7: false,
      pending30: false,
    });
  });

  it("rates count pending discharges as not yet followed up, and say how many are pending", () => {
    const results = measureContinuity(
      {
        discharges: [discharge(), discharge({ episodeId: "b", patientId: "p2", endDate: "2026-01-01" })],
        sessions: [],
      },
      { asOf: addDays(D0, 3) },
    );
    expect(continuityRates(results)).toEqual({
      discharges: 2,
      followedUp7: 0,
      followedUp30: 0,
      rate7: 0,
      rate30: 0,
      excluded: 0,
      pending7: 1,
      pending30: 1,
    });
  });
});

describe("continuityRates", () => {
  it("is null, not zero, with no discharges", () => {
    expect(continuityRates([])).toEqual({
      discharges: 0,
      followedUp7: 0,
      followedUp30: 0,
      rate7: null,
      rate30: null,
      excluded: 0,
      pending7: 0,
      pending30: 0,
    });
  });

  it("divides by the counted discharges", () => {
    const discharges = ["a", "b", "c", "d"].map((id, i) => discharge({ episodeId: id, patientId: `p${i}` }));
    const sessions = [
      session(1, { patientId: "p0" }),
      session(10, { patientId: "p1" }),
      session(40, { patientId: "p2" }),
    ];
    expect(continuityRates(measureContinuity({ discharges, sessions }))).toMatchObject({
      discharges: 4,
      followedUp7: 1,
      followedUp30: 2,
      rate7: 0.25,
      rate30: 0.5,
    });
  });
});

describe("CONTINUITY_REFERENCES", () => {
  it("are the docs/clinical.md figures", () => {
    const byId = Object.fromEntries(CONTINUITY_REFERENCES.map((r) => [r.id, r]));
    expect(byId["va-residential"]).toMatchObject({ rate7: 0.59, rate30: 0.8 });
    expect(byId.medicaid).toMatchObject({ rate7: null, rate30: 0.49, approximate: true });
    expect(byId["state-funded-short-term-residential"]).toMatchObject({
      measure: "transferred-to-further-treatment",
      range: { low: 0.14, high: 0.17 },
    });
  });
});

describe("measureContinuity properties", () => {
  it("7-day implies 30-day, days are 1–30, rates lie in 0–1, and sessions' order does not matter", () => {
    const day = fc.integer({ min: -5, max: 40 });
    const patient = fc.constantFrom("p1", "p2", "p3");
    const level = fc.constantFrom<CareLevel>("WITHDRAWAL_MANAGEMENT", "RESIDENTIAL", "PHP", "IOP", "OUTPATIENT");
    fc.assert(
      fc.property(
        fc.array(fc.record({ patientId: patient, level, day }), { maxLength: 8 }),
        fc.array(fc.record({ patientId: patient, level, day }), { maxLength: 20 }),
        (ds, ss) => {
          const discharges = ds.map((d, i) => ({
            episodeId: `e${i}`,
            patientId: d.patientId,
            level: d.level,
            endDate: addDays(D0, d.day),
          }));
          const sessions = ss.map((s) => ({ patientId: s.patientId, level: s.level, date: addDays(D0, s.day) }));
          const results = measureContinuity({ discharges, sessions });
          expect(measureContinuity({ discharges, sessions: [...sessions].reverse() })).toEqual(results);
          for (const r of results) {
            if (r.followUp7) expect(r.followUp30).toBe(true);
            if (r.daysToFollowUp !== null) expect(r.daysToFollowUp).toBeGreaterThanOrEqual(1);
            if (r.daysToFollowUp !== null) expect(r.daysToFollowUp).toBeLessThanOrEqual(30);
            expect(r.followUp30).toBe(r.daysToFollowUp !== null);
          }
          const rates = continuityRates(results);
          for (const rate of [rates.rate7, rates.rate30]) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          expect(rates.rate7 ?? 0).toBeLessThanOrEqual(rates.rate30 ?? 0);
        },
      ),
    );
  });
});
