/**
 * Every cut-off, one below and at the cut-off. The expected values are written out from
 * docs/clinical.md (bands table and "Level-of-care recommendation"), not read from the code, so a
 * threshold moved by one fails here.
 */
import { describe, expect, it } from "vitest";
import { gad7Items, itemsWithTotal, phq9Items, screeningAnswers } from "@/tests/factories/screening-answers";
import type { ScreeningOverrides } from "@/tests/factories/screening-answers";
import type { SubstanceEntry } from "./answers-schema";
import { CIWA, COWS } from "./instruments";
import type { RecommendedLevel } from "./loc-config";
import { recommendLevel } from "./recommend";
import { auditcBand, bandForTotal, scoreInstrument } from "./score-instrument";

type Edge = [instrument: "phq9" | "gad7" | "ciwa" | "cows", at: number, below: string, from: string];

const BAND_EDGES: Edge[] = [
  ["phq9", 5, "minimal", "mild"],
  ["phq9", 10, "mild", "moderate"],
  ["phq9", 15, "moderate", "moderately-severe"],
  ["phq9", 20, "moderately-severe", "severe"],
  ["gad7", 5, "minimal", "mild"],
  ["gad7", 10, "mild", "moderate"],
  ["gad7", 15, "moderate", "severe"],
  ["ciwa", 10, "mild", "moderate"],
  ["ciwa", 19, "moderate", "severe"],
  ["cows", 5, "none", "mild"],
  ["cows", 13, "mild", "moderate"],
  ["cows", 25, "moderate", "moderately-severe"],
  ["cows", 37, "moderately-severe", "severe"],
];

/** Item values from each item's published options that add up to `total` (a small subset-sum). */
function publishedItems(def: typeof CIWA | typeof COWS, total: number): number[] {
  const options = def.items.map((item) => item.options.map((o) => o.value));
  const pick = (i: number, left: number): number[] | null => {
    if (i === options.length) return left === 0 ? [] : null;
    for (const value of [...(options[i] ?? [])].sort((a, b) => b - a)) {
      if (value > left) continue;
      const rest = pick(i + 1, left - value);
      if (rest) return [value, ...rest];
    }
    return null;
  };
  const items = pick(0, total);
  if (!items) throw new RangeError(`No ${def.id} answers add up to ${total}.`);
  return items;
}

const itemsFor = (instrument: Edge[0], total: number) =>
  instrument === "phq9"
    ? phq9Items(total)
    : instrument === "gad7"
      ? gad7Items(total)
      : publishedItems(instrument === "ciwa" ? CIWA : COWS, total);

describe("instrument bands at every cut-off (docs/clinical.md)", () => {
  it.each(BAND_EDGES)("%s cut-off %i: %s below, %s from there", (instrument, at, below, from) => {
    expect(bandForTotal(instrument, at - 1)).toBe(below);
    expect(bandForTotal(instrument, at)).toBe(from);
    // The same through scoring the items, as a screening is scored.
    expect(scoreInstrument(instrument, itemsFor(instrument, at - 1)).band).toBe(below);
    expect(scoreInstrument(instrument, itemsFor(instrument, at)).band).toBe(from);
  });

  it.each([
    ["male", 4],
    ["female", 3],
  ] as const)("AUDIT-C for %s is positive from %i", (sex, at) => {
    expect(auditcBand(at - 1, sex)).toBe("negative");
    expect(auditcBand(at, sex)).toBe("positive");
  });

  it("GAD-7 asks for further evaluation from 10", () => {
    expect(scoreInstrument("gad7", gad7Items(9)).flags).not.toContain("gad7-further-evaluation");
    expect(scoreInstrument("gad7", gad7Items(10)).flags).toContain("gad7-further-evaluation");
  });

  it("PHQ-9 item 9 flags from its first point, whatever the total", () => {
    expect(scoreInstrument("phq9", phq9Items(0)).flags).not.toContain("phq9-item9");
    expect(scoreInstrument("phq9", phq9Items(1, 1)).flags).toContain("phq9-item9");
  });
});

const usesOnly = (
  substance: SubstanceEntry["substance"],
  frequency: SubstanceEntry["frequency"],
  lastUse: SubstanceEntry["lastUse"],
): ScreeningOverrides => ({
  substanceUse: {
    usesSubstances: true,
    substances: [
      {
        substance,
        route: substance === "opioids" ? "smoked" : "oral",
        frequency,
        lastUse,
        withdrawalHistory: false,
      },
    ],
  },
});

type LevelEdge = [
  cutOff: string,
  atBelow: ScreeningOverrides,
  levelBelow: RecommendedLevel,
  atCutOff: ScreeningOverrides,
  levelAt: RecommendedLevel,
];

const returning = (relapses: number): ScreeningOverrides => ({
  treatmentHistory: { pathway: "returning", priorTreatmentEpisodes: 3, relapsesAfterTreatment: relapses },
});
// Alcohol in the past 30 days but less than weekly: only the AUDIT-C speaks for it.
const occasionalDrinking = usesOnly("alcohol", "less-than-weekly", "8-30-days");
// Weekly use counts as a moderate pattern (IOP) and is recent enough for the withdrawal rules.
const weeklyAlcohol = usesOnly("alcohol", "weekly", "2-7-days");
const weeklyOpioids = usesOnly("opioids", "weekly", "2-7-days");

/** The default configuration's cut-offs (docs/clinical.md, rules 2–5 and PHP). */
const LEVEL_EDGES: LevelEdge[] = [
  [
    "PHQ-9 moderate → IOP at 10",
    { phq9: { items: phq9Items(9) } },
    "OUTPATIENT",
    { phq9: { items: phq9Items(10) } },
    "IOP",
  ],
  [
    "PHQ-9 moderately severe → PHP at 15",
    { phq9: { items: phq9Items(14) } },
    "IOP",
    { phq9: { items: phq9Items(15) } },
    "PHP",
  ],
  [
    "PHQ-9 severe → Residential at 20",
    { phq9: { items: phq9Items(19) } },
    "PHP",
    { phq9: { items: phq9Items(20) } },
    "RESIDENTIAL",
  ],
  [
    "GAD-7 moderate → IOP at 10",
    { gad7: { items: gad7Items(9) } },
    "OUTPATIENT",
    { gad7: { items: gad7Items(10) } },
    "IOP",
  ],
  [
    "GAD-7 severe → Residential at 15",
    { gad7: { items: gad7Items(14) } },
    "IOP",
    { gad7: { items: gad7Items(15) } },
    "RESIDENTIAL",
  ],
  [
    "AUDIT-C positive (female) → IOP at 3",
    { ...occasionalDrinking, auditc: { items: [1, 1, 0], sex: "female" } },
    "OUTPATIENT",
    { ...occasionalDrinking, auditc: { items: [1, 1, 1], sex: "female" } },
    "IOP",
  ],
  [
    "AUDIT-C positive (male) → IOP at 4",
    { ...occasionalDrinking, auditc: { items: [1, 1, 1], sex: "male" } },
    "OUTPATIENT",
    { ...occasionalDrinking, auditc: { items: [2, 1, 1], sex: "male" } },
    "IOP",
  ],
  [
    "AUDIT-C severe → Residential at 8",
    { ...occasionalDrinking, auditc: { items: [3, 2, 2], sex: "female" } },
    "IOP",
    { ...occasionalDrinking, auditc: { items: [4, 2, 2], sex: "female" } },
    "RESIDENTIAL",
  ],
  ["two relapses after treatment → Residential", returning(1), "OUTPATIENT", returning(2), "RESIDENTIAL"],
  [
    "CIWA-Ar → withdrawal management at 10",
    { ...weeklyAlcohol, ciwa: { items: itemsFor("ciwa", 9) } },
    "IOP",
    { ...weeklyAlcohol, ciwa: { items: itemsFor("ciwa", 10) } },
    "WITHDRAWAL_MANAGEMENT",
  ],
  [
    "COWS → withdrawal management at 13",
    { ...weeklyOpioids, cows: { items: itemsFor("cows", 12) } },
    "IOP",
    { ...weeklyOpioids, cows: { items: itemsFor("cows", 13) } },
    "WITHDRAWAL_MANAGEMENT",
  ],
];

describe("level-of-care cut-offs of the default configuration (docs/clinical.md)", () => {
  it.each(LEVEL_EDGES)("%s", (_name, below, levelBelow, atCutOff, levelAt) => {
    expect(recommendLevel(screeningAnswers(below)).level).toBe(levelBelow);
    expect(recommendLevel(screeningAnswers(atCutOff)).level).toBe(levelAt);
  });

  it("makes its CIWA-Ar and COWS answers from published item values", () => {
    expect(itemsWithTotal(9, 10, 7, true).reduce((a, b) => a + b, 0)).toBe(9);
    for (const total of [12, 13]) expect(itemsFor("cows", total).reduce((a, b) => a + b, 0)).toBe(total);
  });
});
