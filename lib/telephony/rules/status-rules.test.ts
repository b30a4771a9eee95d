import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CallStatus } from "@/lib/generated/prisma/enums";
import {
  callStartFromCallback,
  durationFor,
  isTerminal,
  statusesBefore,
  statusUpdateApplies,
  toCallStatus,
  TWILIO_CALL_STATUSES,
  type TwilioCallStatus,
} from "./status-rules";

const ALL_STATUSES: CallStatus[] = ["RINGING", "IN_PROGRESS", "COMPLETED", "BUSY", "NO_ANSWER", "FAILED", "CANCELED"];

describe("Twilio status → CallStatus", () => {
  it.each<[TwilioCallStatus, CallStatus]>([
    ["queued", "RINGING"],
    ["initiated", "RINGING"],
    ["ringing", "RINGING"],
    ["in-progress", "IN_PROGRESS"],
    ["completed", "COMPLETED"],
    ["busy", "BUSY"],
    ["failed", "FAILED"],
    ["no-answer", "NO_ANSWER"],
    ["canceled", "CANCELED"],
  ])("%s → %s", (twilio, expected) => {
    expect(toCallStatus(twilio)).toBe(expected);
  });

  it("maps every status Twilio documents", () => {
    for (const status of TWILIO_CALL_STATUSES) expect(ALL_STATUSES).toContain(toCallStatus(status));
  });

  it("knows which statuses end a call", () => {
    expect(ALL_STATUSES.filter(isTerminal)).toEqual(["COMPLETED", "BUSY", "NO_ANSWER", "FAILED", "CANCELED"]);
  });

  it("stores a duration only for a completed call", () => {
    expect(durationFor("COMPLETED", 95)).toBe(95);
    expect(durationFor("COMPLETED", null)).toBeNull();
    expect(durationFor("NO_ANSWER", 0)).toBeNull();
    expect(durationFor("IN_PROGRESS", 12)).toBeNull();
  });
});

describe("status callback ordering", () => {
  it("applies a newer sequence and refuses an equal or older one", () => {
    expect(statusUpdateApplies({ status: "RINGING", telephonySeq: null }, { status: "IN_PROGRESS", sequence: 1 })).toBe(
      true,
    );
    expect(statusUpdateApplies({ status: "IN_PROGRESS", telephonySeq: 1 }, { status: "COMPLETED", sequence: 2 })).toBe(
      true,
    );
    expect(statusUpdateApplies({ status: "COMPLETED", telephonySeq: 2 }, { status: "COMPLETED", sequence: 2 })).toBe(
      false,
    );
    expect(statusUpdateApplies({ status: "IN_PROGRESS", telephonySeq: 3 }, { status: "RINGING", sequence: 0 })).toBe(
      false,
    );
  });

  it("a late ringing never reopens an ended call, whatever its sequence", () => {
    expect(statusUpdateApplies({ status: "COMPLETED", telephonySeq: 2 }, { status: "RINGING", sequence: 9 })).toBe(
      false,
    );
    expect(
      statusUpdateApplies({ status: "NO_ANSWER", telephonySeq: null }, { status: "IN_PROGRESS", sequence: 1 }),
    ).toBe(false);
  });

  it("without a sequence, only forward progress applies", () => {
    expect(
      statusUpdateApplies({ status: "RINGING", telephonySeq: null }, { status: "COMPLETED", sequence: null }),
    ).toBe(true);
    expect(
      statusUpdateApplies({ status: "IN_PROGRESS", telephonySeq: 4 }, { status: "IN_PROGRESS", sequence: null }),
    ).toBe(false);
    expect(statusUpdateApplies({ status: "COMPLETED", telephonySeq: null }, { status: "BUSY", sequence: null })).toBe(
      false,
    );
  });

  it("statusesBefore is the sequence-less rule as a set (the WHERE clause uses it)", () => {
    for (const stored of ALL_STATUSES) {
      for (const incoming of ALL_STATUSES) {
        expect(statusesBefore(incoming).includes(stored)).toBe(
          statusUpdateApplies({ status: stored, telephonySeq: null }, { status: incoming, sequence: null }),
        );
      }
    }
  });

  it("any delivery order of a call's callbacks, retries included, ends in the last status", () => {
    const events: { status: CallStatus; sequence: number }[] = [
      { status: "RINGING", sequence: 0 },
      { status: "IN_PROGRESS", sequence: 1 },
      { status: "COMPLETED", sequence: 2 },
    ];
    const deliveries = fc
      .array(fc.constantFrom(...events), { minLength: 0, maxLength: 8 })
      .chain((extra) => fc.shuffledSubarray([...events, ...extra], { minLength: events.length + extra.length }));
    fc.assert(
      fc.property(deliveries, (order) => {
        let stored: { status: CallStatus; telephonySeq: number | null } = { status: "RINGING", telephonySeq: null };
        for (const event of order) {
          if (statusUpdateApplies(stored, event)) stored = { status: event.status, telephonySeq: event.sequence };
        }
        expect(stored).toEqual({ status: "COMPLETED", telephonySeq: 2 });
      }),
    );
  });
});

describe("start time of a call first seen in a status callback", () => {
  const now = new Date("2026-03-08T07:30:00Z");

  it("is the callback's Timestamp less the duration", () => {
    expect(callStartFromCallback("Sun, 08 Mar 2026 07:29:00 +0000", 120, now).toISOString()).toBe(
      "2026-03-08T07:27:00.000Z",
    );
  });

  it.each([undefined, "", "not a date", "Mon, 16 Aug 2010 03:45:01 +0000"])("falls back to now for %j", (timestamp) => {
    expect(callStartFromCallback(timestamp, 60, now).toISOString()).toBe("2026-03-08T07:29:00.000Z");
  });
});
