import { ValidationError } from "@/lib/errors";
import { SECTION_SCHEMAS } from "./answers-schema";
import { answerFieldErrors } from "./field-errors";
import { isSectionKey } from "./sections";

/**
 * One section's answers checked by the section's schema — as a draft (saving as you go) or as
 * submitted (correcting a signed screening) — with errors keyed by answer path, so the form shows
 * each next to its item.
 */
export function parseSection(
  section: unknown,
  answers: unknown,
  options: { as: "draft" | "submitted"; unknownSection: string },
) {
  if (!isSectionKey(section)) throw ValidationError.field("section", options.unknownSection);
  const parsed = SECTION_SCHEMAS[section][options.as].safeParse(answers);
  if (!parsed.success)
    throw new ValidationError(answerFieldErrors(parsed.error, section), "Some answers need attention.");
  return { section, value: parsed.data };
}
