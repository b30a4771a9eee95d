import { DIFFICULTY_OPTIONS, frequencyItems, PFIZER_ATTRIBUTION, PFIZER_LICENCE } from "./pfizer-shared";
import type { Gad7BandId, SummedInstrument } from "./types";
import { contiguousBands } from "./build";

/** Generalized Anxiety Disorder-7, wording of the Pfizer PHQ screeners form. */
export const GAD7: SummedInstrument<"gad7", Gad7BandId> = {
  kind: "summed",
  id: "gad7",
  version: "1",
  title: "Generalized Anxiety Disorder 7-item (GAD-7)",
  shortTitle: "GAD-7",
  administeredBy: "coordinator",
  lookBack: "Over the last 2 weeks",
  instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  attribution: PFIZER_ATTRIBUTION,
  licence: PFIZER_LICENCE,
  loinc: { total: "70274-6", panel: "69737-5" },
  items: frequencyItems([
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid, as if something awful might happen",
  ]),
  minTotal: 0,
  maxTotal: 21,
  // docs/clinical.md bands.
  bands: contiguousBands(0, [
    ["minimal", "Minimal", 4],
    ["mild", "Mild", 9],
    ["moderate", "Moderate", 14],
    ["severe", "Severe", 21],
  ]),
  functionalItem: {
    text: "If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?",
    options: DIFFICULTY_OPTIONS,
  },
};

/** docs/clinical.md: a total of 10 or more suggests further evaluation. */
export const GAD7_FURTHER_EVALUATION_AT = 10;
