import { DIFFICULTY_OPTIONS, frequencyItems, PFIZER_ATTRIBUTION, PFIZER_LICENCE } from "./pfizer-shared";
import type { Phq9BandId, SummedInstrument } from "./types";
import { contiguousBands } from "./build";

/** Patient Health Questionnaire-9, wording of the Pfizer PHQ screeners form. */
export const PHQ9: SummedInstrument<"phq9", Phq9BandId> = {
  kind: "summed",
  id: "phq9",
  version: "1",
  title: "Patient Health Questionnaire (PHQ-9)",
  shortTitle: "PHQ-9",
  administeredBy: "coordinator",
  lookBack: "Over the last 2 weeks",
  instructions: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  attribution: PFIZER_ATTRIBUTION,
  licence: PFIZER_LICENCE,
  loinc: { total: "44261-6", panel: "44249-1" },
  items: frequencyItems([
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
  ]),
  minTotal: 0,
  maxTotal: 27,
  // docs/clinical.md bands.
  bands: contiguousBands(0, [
    ["minimal", "Minimal", 4],
    ["mild", "Mild", 9],
    ["moderate", "Moderate", 14],
    ["moderately-severe", "Moderately severe", 19],
    ["severe", "Severe", 27],
  ]),
  functionalItem: {
    text: "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
    options: DIFFICULTY_OPTIONS,
  },
};

/** Item 9 (self-harm thoughts) raises a safety flag whatever the total (docs/clinical.md). */
export const PHQ9_SAFETY_ITEM_INDEX = 8;
