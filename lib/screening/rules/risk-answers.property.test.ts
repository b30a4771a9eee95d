import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbScreeningAnswers } from "@/tests/factories/screening-answers";
import { ScreeningAnswersSchema, type ScreeningAnswers } from "./answers-schema";
import { refusedConflicts } from "./conflicts";
import { CIWA, COWS, PHQ9_SAFETY_ITEM_INDEX } from "./instruments";
import { FREQUENCIES, LAST_USE, valuesOf } from "./questions";
import { LEVEL_PRECEDENCE, recommendLevel } from "./recommend";

type Change = { what: string; apply: (a: ScreeningAnswers) => void };

/** One step toward more frequent or more recent, or null at the end of the list. */
const stepUp = <V extends string>(list: readonly V[], value: V): V | null => {
  const i = list.indexOf(value);
  return i > 0 ? (list[i - 1] ?? null) : null;
};
const nextOption = (options: readonly { value: number }[], value: number) =>
  options.map((o) => o.value).find((v) => v > value);

/**
 * Every way of adding one answer that signals more risk to a screening: a medical yes, a home
 * risk, a withdrawal history, more recent or more frequent use, injection, a higher item on a
 * scale, a C-SSRS yes (branching kept valid), more relapses, a co-occurring disorder.
 */
function riskAdditions(answers: ScreeningAnswers): Change[] {
  const out: Change[] = [];
  for (const key of Object.keys(answers.medical) as (keyof ScreeningAnswers["medical"])[]) {
    if (!answers.medical[key]) out.push({ what: `medical.${key}`, apply: (a) => void (a.medical[key] = true) });
  }
  const home = answers.home;
  if (home.safeHome) out.push({ what: "home.safeHome", apply: (a) => void (a.home.safeHome = false) });
  if (!home.livesWithPeopleWhoUse)
    out.push({ what: "home.livesWithPeopleWhoUse", apply: (a) => void (a.home.livesWithPeopleWhoUse = true) });
  if (!home.unstableHousing)
    out.push({ what: "home.unstableHousing", apply: (a) => void (a.home.unstableHousing = true) });
  if (home.supportSystem) out.push({ what: "home.supportSystem", apply: (a) => void (a.home.supportSystem = false) });
  if (home.accountabilityAtHome)
    out.push({ what: "home.accountabilityAtHome", apply: (a) => void (a.home.accountabilityAtHome = false) });

  answers.substanceUse.substances.forEach((e, i) => {
    const at = (a: ScreeningAnswers) => a.substanceUse.substances[i]!;
    if (!e.withdrawalHistory)
      out.push({ what: `${i}.withdrawalHistory`, apply: (a) => void (at(a).withdrawalHistory = true) });
    const recent = stepUp(valuesOf(LAST_USE), e.lastUse);
    if (recent) out.push({ what: `${i}.lastUse`, apply: (a) => void (at(a).lastUse = recent) });
    const often = stepUp(valuesOf(FREQUENCIES), e.frequency);
    if (often) out.push({ what: `${i}.frequency`, apply: (a) => void (at(a).frequency = often) });
    if (e.route !== "injected") out.push({ what: `${i}.route`, apply: (a) => void (at(a).route = "injected") });
  });

  for (const [section, max] of [
    ["phq9", 3],
    ["gad7", 3],
  ] as const) {
    answers[section].items.forEach((v, k) => {
      if (v < max) out.push({ what: `${section}.items.${k}`, apply: (a) => void (a[section].items[k] = v + 1) });
    });
  }
  for (const [section, def] of [
    ["ciwa", CIWA],
    ["cows", COWS],
  ] as const) {
    answers[section]?.items.forEach((v, k) => {
      const next = nextOption(def.items[k]!.options, v);
      if (next !== undefined)
        out.push({ what: `${section}.items.${k}`, apply: (a) => void (a[section]!.items[k] = next) });
    });
  }

  const c = answers.cssrs;
  if (!c.q1) out.push({ what: "cssrs.q1", apply: (a) => void (a.cssrs.q1 = true) });
  if (!c.q2)
    out.push({
      what: "cssrs.q2",
      apply: (a) => void Object.assign(a.cssrs, { q2: true, q3: false, q4: false, q5: false }),
    });
  for (const q of ["q3", "q4", "q5"] as const) {
    if (c.q2 && !c[q]) out.push({ what: `cssrs.${q}`, apply: (a) => void (a.cssrs[q] = true) });
  }
  if (!c.q6) out.push({ what: "cssrs.q6", apply: (a) => void Object.assign(a.cssrs, { q6: true, q6Recent: false }) });
  if (c.q6 && !c.q6Recent) out.push({ what: "cssrs.q6Recent", apply: (a) => void (a.cssrs.q6Recent = true) });

  const t = answers.treatmentHistory;
  if (t.priorTreatmentEpisodes > t.relapsesAfterTreatment)
    out.push({ what: "relapses", apply: (a) => void (a.treatmentHistory.relapsesAfterTreatment += 1) });
  if (!answers.coOccurring.present)
    out.push({ what: "coOccurring", apply: (a) => void (a.coOccurring = { present: true, complexity: "manageable" }) });
  else if (answers.coOccurring.complexity === "manageable")
    out.push({ what: "coOccurring.complex", apply: (a) => void (a.coOccurring.complexity = "complex") });
  return out;
}

const acuity = (answers: ScreeningAnswers) => LEVEL_PRECEDENCE.indexOf(recommendLevel(answers).level);

/** The answers that signal risk, by path: each must be named by some reason (or its section). */
function riskAnswerPaths(a: ScreeningAnswers): string[] {
  return [
    ...Object.entries(a.medical).flatMap(([k, v]) => (v ? [`medical.${k}`] : [])),
    ...a.substanceUse.substances.flatMap((e, i) =>
      e.withdrawalHistory ? [`substanceUse.substances.${i}.withdrawalHistory`] : [],
    ),
    ...(a.ciwa ? ["ciwa.items"] : []),
    ...(a.cows ? ["cows.items"] : []),
    ...((a.phq9.items[PHQ9_SAFETY_ITEM_INDEX] ?? 0) > 0 ? [`phq9.items.${PHQ9_SAFETY_ITEM_INDEX}`] : []),
  ];
}

describe("risk answers (random valid screenings)", () => {
  it("adding an answer that signals risk never lowers the recommended level", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, fc.nat(), (answers, pick) => {
        const changes = riskAdditions(answers);
        fc.pre(changes.length > 0);
        const change = changes[pick % changes.length]!;
        const after = structuredClone(answers);
        change.apply(after);
        // A change that makes the answers contradict each other is refused at submission instead.
        fc.pre(ScreeningAnswersSchema.safeParse(after).success);
        expect(acuity(after), change.what).toBeLessThanOrEqual(acuity(answers));
      }),
      { numRuns: 500 },
    );
  });

  it("no answer that signals risk is silently dropped: a reason names each one", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, (answers) => {
        const named = new Set(recommendLevel(answers).reasons.flatMap((r) => r.answers));
        for (const path of riskAnswerPaths(answers)) expect(named.has(path), path).toBe(true);
        const anyCssrsYes = Object.values(answers.cssrs).some((v) => v === true);
        if (anyCssrsYes) expect([...named].some((p) => p.startsWith("cssrs"))).toBe(true);
      }),
    );
  });

  it("a refused contradiction names both of its answers", () => {
    fc.assert(
      fc.property(arbScreeningAnswers, fc.nat({ max: 48 }), fc.boolean(), (answers, extra, ciwa) => {
        const withScale = structuredClone(answers);
        if (ciwa) withScale.ciwa = { items: [Math.min(7, extra), 7, 7, 0, 0, 0, 0, 0, 0, 0] };
        else withScale.cows = { items: [4, 4, 5, 0, 0, 0, 0, 0, 0, 0, 0] };
        for (const issue of refusedConflicts(withScale)) {
          const pair = refusedConflicts(withScale).filter((i) => i.message === issue.message);
          expect(pair.map((i) => i.answerPath).sort()).toHaveLength(2);
        }
      }),
    );
  });
});
