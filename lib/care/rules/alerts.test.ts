import { describe, expect, it } from "vitest";
import {
  dayOfStay,
  expectedStayProgress,
  followUpAlert,
  isDueUnconfirmed,
  isMissingSessions,
  isOverdueWithoutPlan,
  type StayForAlert,
} from "./alerts";

describe("dayOfStay and expectedStayProgress", () => {
  it("counts the admission day as day 1", () => {
    expect(dayOfStay("2026-03-01", "2026-03-01")).toBe(1);
    expect(dayOfStay("2026-03-01", "2026-03-12")).toBe(12);
    expect(dayOfStay("2026-02-27", "2026-03-02")).toBe(4);
    expect(dayOfStay("2028-02-28", "2028-03-01")).toBe(3); // leap day
  });

  it("shows day N of the expected stay, the days left and the overrun", () => {
    expect(expectedStayProgress("2026-03-01", "2026-03-31", "2026-03-12")).toEqual({
      day: 12,
      expectedDays: 30,
      daysRemaining: 19,
      overdueDays: 0,
      fraction: 11 / 30,
    });
    expect(expectedStayProgress("2026-03-01", "2026-03-31", "2026-03-31")).toMatchObject({
      day: 31,
      daysRemaining: 0,
      overdueDays: 0,
      fraction: 1,
    });
    expect(expectedStayProgress("2026-03-01", "2026-03-31", "2026-04-02")).toMatchObject({
      day: 33,
      daysRemaining: 0,
      overdueDays: 2,
      fraction: 1,
    });
    expect(expectedStayProgress("2026-03-01", "2026-03-31", "2026-03-01")).toMatchObject({ day: 1, fraction: 0 });
  });
});

describe("isOverdueWithoutPlan", () => {
  const stay: StayForAlert = {
    level: "RESIDENTIAL",
    status: "OPEN",
    expectedEndDate: "2026-03-31",
    hasActiveTransition: false,
  };

  it("is not overdue on the expected end day, and is the day after", () => {
    expect(isOverdueWithoutPlan(stay, "2026-03-31")).toBe(false);
    expect(isOverdueWithoutPlan(stay, "2026-04-01")).toBe(true);
  });

  it("any planned or confirmed transition silences it", () => {
    expect(isOverdueWithoutPlan({ ...stay, hasActiveTransition: true }, "2026-04-10")).toBe(false);
  });

  it("covers withdrawal management, not day programs or closed episodes", () => {
    expect(isOverdueWithoutPlan({ ...stay, level: "WITHDRAWAL_MANAGEMENT" }, "2026-04-01")).toBe(true);
    expect(isOverdueWithoutPlan({ ...stay, level: "IOP" }, "2026-04-01")).toBe(false);
    expect(isOverdueWithoutPlan({ ...stay, status: "DISCHARGED" }, "2026-04-01")).toBe(false);
    expect(isOverdueWithoutPlan({ ...stay, level: "IOP" }, "2026-04-01", ["IOP"])).toBe(true);
  });
});

describe("isDueUnconfirmed", () => {
  const planned = (plannedDate: string) => ({ status: "PLANNED" as const, plannedDate });

  it("flags a planned step-down due today or within 7 days, not on day 8", () => {
    expect(isDueUnconfirmed(planned("2026-03-20"), "2026-03-20")).toBe(true);
    expect(isDueUnconfirmed(planned("2026-03-21"), "2026-03-20")).toBe(true);
    expect(isDueUnconfirmed(planned("2026-03-27"), "2026-03-20")).toBe(true);
    expect(isDueUnconfirmed(planned("2026-03-28"), "2026-03-20")).toBe(false);
  });

  it("keeps flagging it once past due", () => {
    expect(isDueUnconfirmed(planned("2026-03-10"), "2026-03-20")).toBe(true);
  });

  it("a confirmed or settled one is not flagged", () => {
    for (const status of ["CONFIRMED", "COMPLETED", "CANCELLED", "NO_SHOW"] as const) {
      expect(isDueUnconfirmed({ status, plannedDate: "2026-03-21" }, "2026-03-20")).toBe(false);
    }
  });

  it("takes another horizon", () => {
    expect(isDueUnconfirmed(planned("2026-03-23"), "2026-03-20", 3)).toBe(true);
    expect(isDueUnconfirmed(planned("2026-03-24"), "2026-03-20", 3)).toBe(false);
  });
});

describe("followUpAlert (the people to call today)", () => {
  const discharge = { level: "RESIDENTIAL" as const, endDate: "2026-03-10", hasLaterEpisode: false };
  const at = (days: number) => {
    const d = new Date(Date.UTC(2026, 2, 10 + days));
    return d.toISOString().slice(0, 10);
  };

  it("stays quiet while the 7-day window is open (through day 7)", () => {
    for (const day of [0, 1, 7]) expect(followUpAlert(discharge, [], at(day))).toBeNull();
  });

  it("MISSED_7 from day 8 to day 30, MISSED_30 from day 31 to day 60, then off the list", () => {
    expect(followUpAlert(discharge, [], at(8))).toEqual({ stage: "MISSED_7", daysSinceDischarge: 8 });
    expect(followUpAlert(discharge, [], at(30))).toEqual({ stage: "MISSED_7", daysSinceDischarge: 30 });
    expect(followUpAlert(discharge, [], at(31))).toEqual({ stage: "MISSED_30", daysSinceDischarge: 31 });
    expect(followUpAlert(discharge, [], at(60))).toEqual({ stage: "MISSED_30", daysSinceDischarge: 60 });
    expect(followUpAlert(discharge, [], at(61))).toBeNull();
    expect(followUpAlert(discharge, [], at(90), 90)).toEqual({ stage: "MISSED_30", daysSinceDischarge: 90 });
  });

  it("a session on the discharge day is not a follow-up; the next day is", () => {
    expect(followUpAlert(discharge, [{ level: "IOP", date: at(0) }], at(8))).toEqual({
      stage: "MISSED_7",
      daysSinceDischarge: 8,
    });
    expect(followUpAlert(discharge, [{ level: "IOP", date: at(1) }], at(8))).toBeNull();
  });

  it("any IOP, PHP or outpatient session counts, even a late one; residential does not", () => {
    expect(followUpAlert(discharge, [{ level: "OUTPATIENT", date: at(20) }], at(35))).toBeNull();
    expect(followUpAlert(discharge, [{ level: "PHP", date: at(3) }], at(10))).toBeNull();
    expect(followUpAlert(discharge, [{ level: "RESIDENTIAL", date: at(3) }], at(10))).not.toBeNull();
  });

  it("ignores sessions recorded after today (a planned one is not attended yet)", () => {
    expect(followUpAlert(discharge, [{ level: "IOP", date: at(12) }], at(9))).toEqual({
      stage: "MISSED_7",
      daysSinceDischarge: 9,
    });
  });

  it("only 24-hour discharges, and not when the patient is back in care", () => {
    expect(followUpAlert({ ...discharge, level: "WITHDRAWAL_MANAGEMENT" }, [], at(8))).not.toBeNull();
    expect(followUpAlert({ ...discharge, level: "IOP" }, [], at(8))).toBeNull();
    expect(followUpAlert({ ...discharge, hasLaterEpisode: true }, [], at(8))).toBeNull();
  });
});

describe("isMissingSessions", () => {
  const stay = { level: "IOP" as const, status: "OPEN" as const, startDate: "2026-03-01" };

  it("flags 8 days after the last session, not 7", () => {
    expect(isMissingSessions(stay, "2026-03-10", "2026-03-17")).toBe(false);
    expect(isMissingSessions(stay, "2026-03-10", "2026-03-18")).toBe(true);
    expect(isMissingSessions(stay, "2026-03-18", "2026-03-18")).toBe(false);
  });

  it("counts from the start when there is no session in this episode", () => {
    expect(isMissingSessions(stay, null, "2026-03-08")).toBe(false);
    expect(isMissingSessions(stay, null, "2026-03-09")).toBe(true);
    expect(isMissingSessions(stay, "2026-02-20", "2026-03-09")).toBe(true);
  });

  it("covers PHP too, not outpatient, residential or closed episodes", () => {
    expect(isMissingSessions({ ...stay, level: "PHP" }, null, "2026-03-09")).toBe(true);
    expect(isMissingSessions({ ...stay, level: "OUTPATIENT" }, null, "2026-03-30")).toBe(false);
    expect(isMissingSessions({ ...stay, level: "RESIDENTIAL" }, null, "2026-03-30")).toBe(false);
    expect(isMissingSessions({ ...stay, status: "DISCHARGED" }, null, "2026-03-30")).toBe(false);
  });
});
