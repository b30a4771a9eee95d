import { scoredInOrder } from "./build";
import type { ResponseOption } from "./types";

/**
 * Response anchors shared by the PHQ-9 and GAD-7, exactly as on the Pfizer forms. Note "Not at
 * all": a widely copied GAD-7 form prints "Not at all sure", which changes the meaning
 * (docs/clinical.md); the test suite refuses that wording.
 */
export const FREQUENCY_ANCHORS: readonly ResponseOption[] = scoredInOrder([
  "Not at all",
  "Several days",
  "More than half the days",
  "Nearly every day",
]);

/** The unscored "how difficult" question's options (same on both forms). */
export const DIFFICULTY_OPTIONS: readonly ResponseOption[] = scoredInOrder([
  "Not difficult at all",
  "Somewhat difficult",
  "Very difficult",
  "Extremely difficult",
]);

export const PFIZER_ATTRIBUTION =
  "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.";

export const PFIZER_LICENCE = "No permission required to reproduce, translate, display or distribute.";

/** Items scored on the shared anchors, numbered in published order. */
export function frequencyItems(texts: readonly string[]) {
  return texts.map((text, index) => ({ id: `item${index + 1}`, number: index + 1, text, options: FREQUENCY_ANCHORS }));
}
