import { describe, expect, it } from "vitest";
import {
  RecommendedLevel as PrismaRecommendedLevel,
  SafetyRisk as PrismaSafetyRisk,
} from "@/lib/generated/prisma/enums";
import {
  AUDITC,
  CIWA,
  COWS,
  CSSRS,
  FREQUENCY_ANCHORS,
  GAD7,
  INSTRUMENT_IDS,
  INSTRUMENT_SET,
  INSTRUMENTS,
  PHQ9,
} from "./instruments";
import { RECOMMENDED_LEVELS } from "./loc-config";
import { SAFETY_RISKS } from "./safety";

const SUMMED = [PHQ9, GAD7, CIWA, COWS] as const;

describe("instrument definitions", () => {
  it("has every instrument of docs/clinical.md, with a version pinned by the set", () => {
    expect(INSTRUMENT_IDS).toEqual(["phq9", "gad7", "auditc", "cssrs", "ciwa", "cows"]);
    for (const id of INSTRUMENT_IDS) {
      expect(INSTRUMENTS[id].id).toBe(id);
      expect(INSTRUMENT_SET[id]).toBe(INSTRUMENTS[id].version);
      expect(INSTRUMENTS[id].attribution.length).toBeGreaterThan(20);
      expect(INSTRUMENTS[id].licence.length).toBeGreaterThan(5);
    }
  });

  it("has the published item counts", () => {
    expect(PHQ9.items).toHaveLength(9);
    expect(GAD7.items).toHaveLength(7);
    expect(AUDITC.items).toHaveLength(3);
    expect(CSSRS.questions.map((q) => q.id)).toEqual(["q1", "q2", "q3", "q4", "q5", "q6", "q6Recent"]);
    expect(CIWA.items).toHaveLength(10);
    expect(COWS.items).toHaveLength(11);
  });

  it("numbers items in published order", () => {
    for (const def of [...SUMMED, AUDITC])
      expect(def.items.map((i) => i.number)).toEqual(def.items.map((_, i) => i + 1));
  });

  it("uses the Pfizer anchors, never the 'not at all sure' typo", () => {
    expect(FREQUENCY_ANCHORS.map((o) => [o.value, o.label])).toEqual([
      [0, "Not at all"],
      [1, "Several days"],
      [2, "More than half the days"],
      [3, "Nearly every day"],
    ]);
    for (const def of [PHQ9, GAD7]) for (const item of def.items) expect(item.options).toBe(FREQUENCY_ANCHORS);
    expect(JSON.stringify(INSTRUMENTS).toLowerCase()).not.toContain("not at all sure");
  });

  it("keeps the exact wording of the safety-critical items", () => {
    expect(PHQ9.items[8]?.text).toBe("Thoughts that you would be better off dead or of hurting yourself in some way");
    expect(PHQ9.lookBack).toBe("Over the last 2 weeks");
    expect(GAD7.items[0]?.text).toBe("Feeling nervous, anxious, or on edge");
    expect(CSSRS.questions[1]?.text).toBe("Have you actually had any thoughts of killing yourself?");
    expect(CSSRS.questions.find((q) => q.id === "q6Recent")?.text).toContain("past 3 months");
    expect(CSSRS.questions.filter((q) => q.askedWhen === "q2").map((q) => q.id)).toEqual(["q3", "q4", "q5"]);
  });

  it("carries the LOINC codes of docs/clinical.md", () => {
    expect(PHQ9.loinc).toEqual({ total: "44261-6", panel: "44249-1" });
    expect(GAD7.loinc).toEqual({ total: "70274-6", panel: "69737-5" });
    expect(AUDITC.loinc).toEqual({ total: "75626-2", panel: "72109-2" });
  });

  it("has AUDIT-C answer points 0–4 on every question and the sex cut-offs", () => {
    for (const item of AUDITC.items) expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(AUDITC.positiveAtLeast).toEqual({ male: 4, female: 3 });
  });

  it("has the CIWA-Ar and COWS score ranges", () => {
    expect(CIWA.items.slice(0, 9).every((i) => i.options.length === 8)).toBe(true);
    expect(CIWA.items[9]?.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(COWS.items.map((i) => Math.max(...i.options.map((o) => o.value)))).toEqual([
      4, 4, 5, 5, 4, 4, 5, 4, 4, 4, 5,
    ]);
  });

  it.each(SUMMED.map((d) => [d.shortTitle, d] as const))(
    "%s: bands are contiguous and cover every possible total",
    (_, def) => {
      const maxFromItems = def.items.reduce((sum, item) => sum + Math.max(...item.options.map((o) => o.value)), 0);
      expect(def.maxTotal).toBe(maxFromItems);
      expect(def.bands[0]?.min).toBe(def.minTotal);
      expect(def.bands[def.bands.length - 1]?.max).toBe(def.maxTotal);
      def.bands.forEach((band, i) => {
        if (i > 0) expect(band.min).toBe((def.bands[i - 1]?.max ?? NaN) + 1);
      });
    },
  );

  it("uses the same levels and risks as the Prisma enums", () => {
    expect([...RECOMMENDED_LEVELS].sort()).toEqual(Object.values(PrismaRecommendedLevel).sort());
    expect([...SAFETY_RISKS].sort()).toEqual(Object.values(PrismaSafetyRisk).sort());
  });
});
