import type { CowsBandId, ResponseOption, SummedInstrument } from "./types";
import { contiguousBands } from "./build";

// The COWS is clinician-rated. Only the item names and the published point values are
// reproduced (the anchor descriptions stay on the form the clinician uses), so each option's
// label is its score. The gaps are the published values, e.g. restlessness scores 0, 1, 3 or 5.
const points = (...values: number[]): readonly ResponseOption[] =>
  values.map((value) => ({ value, label: String(value) }));

const ITEMS: readonly [string, readonly ResponseOption[]][] = [
  ["Resting pulse rate", points(0, 1, 2, 4)],
  ["Sweating", points(0, 1, 2, 3, 4)],
  ["Restlessness", points(0, 1, 3, 5)],
  ["Pupil size", points(0, 1, 2, 5)],
  ["Bone or joint aches", points(0, 1, 2, 4)],
  ["Runny nose or tearing", points(0, 1, 2, 4)],
  ["GI upset", points(0, 1, 2, 3, 5)],
  ["Tremor", points(0, 1, 2, 4)],
  ["Yawning", points(0, 1, 2, 4)],
  ["Anxiety or irritability", points(0, 1, 2, 4)],
  ["Gooseflesh skin", points(0, 3, 5)],
];

/** Clinical Opiate Withdrawal Scale: 11 items, total 0–48. */
export const COWS: SummedInstrument<"cows", CowsBandId> = {
  kind: "summed",
  id: "cows",
  version: "1",
  title: "Clinical Opiate Withdrawal Scale (COWS)",
  shortTitle: "COWS",
  administeredBy: "clinician",
  lookBack: "At the time of assessment",
  instructions:
    "Clinician-rated. Rate each item on the published COWS form, on signs of opioid withdrawal only; enter the item scores here.",
  attribution:
    "Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs. 2003;35(2):253–259.",
  licence: "May be freely copied.",
  loinc: null,
  items: ITEMS.map(([text, options], index) => ({ id: `item${index + 1}`, number: index + 1, text, options })),
  minTotal: 0,
  maxTotal: 48,
  // docs/clinical.md: <5 none; 5–12 mild; 13–24 moderate; 25–36 moderately severe; >36 severe.
  bands: contiguousBands(0, [
    ["none", "No active withdrawal", 4],
    ["mild", "Mild", 12],
    ["moderate", "Moderate", 24],
    ["moderately-severe", "Moderately severe", 36],
    ["severe", "Severe", 48],
  ]),
};
