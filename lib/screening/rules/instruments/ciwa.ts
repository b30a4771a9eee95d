import type { CiwaBandId, ResponseOption, SummedInstrument } from "./types";
import { contiguousBands } from "./build";

// The CIWA-Ar is clinician-rated and its published anchor wording differs between printed copies,
// so only the item names and numeric ranges are reproduced here; the rater uses the form itself.
const range = (max: number): readonly ResponseOption[] =>
  Array.from({ length: max + 1 }, (_, value) => ({ value, label: String(value) }));

const NAMES_0_TO_7 = [
  "Nausea and vomiting",
  "Tremor",
  "Paroxysmal sweats",
  "Anxiety",
  "Agitation",
  "Tactile disturbances",
  "Auditory disturbances",
  "Visual disturbances",
  "Headache, fullness in head",
];

/** Clinical Institute Withdrawal Assessment for Alcohol, revised: 9 items 0–7, orientation 0–4. */
export const CIWA: SummedInstrument<"ciwa", CiwaBandId> = {
  kind: "summed",
  id: "ciwa",
  version: "1",
  title: "Clinical Institute Withdrawal Assessment for Alcohol, revised (CIWA-Ar)",
  shortTitle: "CIWA-Ar",
  administeredBy: "clinician",
  lookBack: "At the time of assessment",
  instructions: "Clinician-rated. Rate each item on the published CIWA-Ar form; enter the item scores here.",
  attribution:
    "Sullivan JT, Sykora K, Schneiderman J, Naranjo CA, Sellers EM. Assessment of alcohol withdrawal: the revised Clinical Institute Withdrawal Assessment for Alcohol scale (CIWA-Ar). Br J Addict. 1989;84:1353–1357.",
  licence: "Not copyrighted; may be reproduced freely.",
  loinc: null,
  precondition: "Needs a patient who can communicate.",
  items: [
    ...NAMES_0_TO_7.map((text, index) => ({ id: `item${index + 1}`, number: index + 1, text, options: range(7) })),
    { id: "item10", number: 10, text: "Orientation and clouding of sensorium", options: range(4) },
  ],
  minTotal: 0,
  maxTotal: 67,
  // docs/clinical.md: <10 mild; 10–18 moderate; ≥19 severe.
  bands: contiguousBands(0, [
    ["mild", "Mild", 9],
    ["moderate", "Moderate", 18],
    ["severe", "Severe", 67],
  ]),
};
