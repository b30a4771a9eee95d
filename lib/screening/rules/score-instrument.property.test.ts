import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECTION_SCHEMAS } from "./answers-schema";
import { ScreeningValidationError } from "./errors";
import { AUDITC, INSTRUMENTS, type SummedInstrumentId } from "./instruments";
import { scoreInstrument } from "./score-instrument";

const SUMMED: readonly SummedInstrumentId[] = ["phq9", "gad7", "ciwa", "cows"];

/** Valid answers: each item one of its published option values. */
const validItems = (id: SummedInstrumentId) =>
  fc.tuple(...INSTRUMENTS[id].items.map((item) => fc.constantFrom(...item.options.map((o) => o.value))));

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const bandIndex = (id: SummedInstrumentId, band: string) => INSTRUMENTS[id].bands.findIndex((b) => b.id === band);

describe.each(SUMMED)("%s properties", (id) => {
  it("never throws on valid input, and the total is the sum of the items", () => {
    fc.assert(
      fc.property(validItems(id), (items) => {
        const result = scoreInstrument(id, items);
        expect(result.total).toBe(sum(items));
        const band = INSTRUMENTS[id].bands.find((b) => b.id === result.band);
        expect(band && result.total >= band.min && result.total <= band.max).toBe(true);
      }),
    );
  });

  it("bands are monotone in the total", () => {
    fc.assert(
      fc.property(validItems(id), validItems(id), (a, b) => {
        const [low, high] = sum(a) <= sum(b) ? [a, b] : [b, a];
        expect(bandIndex(id, scoreInstrument(id, low).band)).toBeLessThanOrEqual(
          bandIndex(id, scoreInstrument(id, high).band),
        );
      }),
    );
  });

  it("refuses any one bad answer, naming its position", () => {
    const bad = fc.oneof(
      fc.integer({ min: -50, max: -1 }),
      fc.integer({ min: 8, max: 1000 }),
      fc.double({ noInteger: true, noDefaultInfinity: true }),
      fc.constantFrom(NaN, Infinity, -Infinity, "1", "", null, true, {}, []),
    );
    fc.assert(
      fc.property(validItems(id), fc.nat(), bad, (items, at, value) => {
        const index = at % items.length;
        const answers: unknown[] = [...items];
        answers[index] = value;
        try {
          scoreInstrument(id, answers);
        } catch (error) {
          expect(error).toBeInstanceOf(ScreeningValidationError);
          expect((error as ScreeningValidationError).issues.map((i) => i.path)).toContain(String(index));
          return;
        }
        throw new Error(`accepted ${String(value)} at ${index}`);
      }),
    );
  });

  it("the zod section schema accepts exactly what the scorer accepts", () => {
    const n = INSTRUMENTS[id].items.length;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 8 }), { minLength: n - 1, maxLength: n + 1 }), (items) => {
        let scored = true;
        try {
          scoreInstrument(id, items);
        } catch {
          scored = false;
        }
        expect(SECTION_SCHEMAS[id].submitted.safeParse({ items }).success).toBe(scored);
      }),
    );
  });
});

describe("AUDIT-C properties", () => {
  const q = fc.integer({ min: 0, max: 4 });
  // "Never" to Q1 skips Q2 and Q3 (scored 0).
  const items = fc.tuple(q, q, q).map(([a, b, c]) => (a === 0 ? [0, 0, 0] : [a, b, c]));
  const sex = fc.constantFrom("male" as const, "female" as const);

  it("never throws on valid input; total is the sum; band follows the sex cut-off", () => {
    fc.assert(
      fc.property(items, sex, (its, s) => {
        const result = scoreInstrument("auditc", { items: its, sex: s });
        expect(result.total).toBe(sum(its));
        expect(result.band).toBe(sum(its) >= AUDITC.positiveAtLeast[s] ? "positive" : "negative");
      }),
    );
  });

  it("is monotone, and positive for a man implies positive for a woman", () => {
    fc.assert(
      fc.property(items, items, sex, (a, b, s) => {
        const [low, high] = sum(a) <= sum(b) ? [a, b] : [b, a];
        const rank = (band: string) => (band === "positive" ? 1 : 0);
        expect(rank(scoreInstrument("auditc", { items: low, sex: s }).band)).toBeLessThanOrEqual(
          rank(scoreInstrument("auditc", { items: high, sex: s }).band),
        );
        if (scoreInstrument("auditc", { items: a, sex: "male" }).band === "positive") {
          expect(scoreInstrument("auditc", { items: a, sex: "female" }).band).toBe("positive");
        }
      }),
    );
  });
});

describe("C-SSRS properties", () => {
  const yes = fc.boolean();
  const validCssrs = fc.record({ q1: yes, q2: yes, q3: yes, q4: yes, q5: yes, q6: yes, q6Recent: yes }).map((a) => ({
    q1: a.q1,
    q2: a.q2,
    q6: a.q6,
    ...(a.q2 ? { q3: a.q3, q4: a.q4, q5: a.q5 } : {}),
    ...(a.q6 ? { q6Recent: a.q6Recent } : {}),
  }));

  it("never throws on valid input and the band only rises when a yes is added", () => {
    const order = ["none", "low", "moderate", "high"];
    fc.assert(
      fc.property(validCssrs, fc.constantFrom("q1", "q3", "q4", "q5", "q6Recent"), (a, key) => {
        const before = scoreInstrument("cssrs", a).band;
        // Turning one asked question from no to yes.
        const asked = key === "q1" || (key === "q6Recent" ? a.q6 : a.q2);
        if (!asked) return;
        const after = scoreInstrument("cssrs", { ...a, [key]: true }).band;
        expect(order.indexOf(after)).toBeGreaterThanOrEqual(order.indexOf(before));
      }),
    );
  });
});
