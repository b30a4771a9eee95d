/**
 * Re-asking the C-SSRS when PHQ-9 item 9 is positive but the C-SSRS screener came out negative or
 * low (ADR 0015). The two disagree about thoughts of death or self-harm, so the protocol asks the
 * coordinator to ask the C-SSRS again and record it. The more dangerous of the two results is the
 * one the screening keeps, never the safer one. Pure.
 */
import { z } from "zod";
import { SECTION_SCHEMAS, type ScreeningAnswers, type ScreeningAnswersDraft } from "./answers-schema";
import { CSSRS, PHQ9_SAFETY_ITEM_INDEX, type CssrsBandId } from "./instruments";
import { scoreInstrument } from "./score-instrument";

type Cssrs = ScreeningAnswers["cssrs"];
const BAND_ORDER: readonly CssrsBandId[] = ["none", "low", "moderate", "high"];

/** The C-SSRS band of complete answers, or null while the screener is unfinished. */
export function cssrsBand(cssrs: unknown): CssrsBandId | null {
  const parsed = SECTION_SCHEMAS.cssrs.submitted.safeParse(cssrs);
  return parsed.success ? scoreInstrument("cssrs", parsed.data).band : null;
}

/** PHQ-9 item 9 positive while the finished C-SSRS screener is negative or low. */
export function cssrsReaskNeeded(answers: Pick<ScreeningAnswersDraft, "phq9" | "cssrs">): boolean {
  const item9 = answers.phq9?.items[PHQ9_SAFETY_ITEM_INDEX];
  if (typeof item9 !== "number" || item9 <= 0) return false;
  const band = cssrsBand(answers.cssrs);
  return band === "none" || band === "low";
}

export interface CssrsReaskRecord {
  first: Cssrs;
  reask: Cssrs;
  firstBand: CssrsBandId;
  reaskBand: CssrsBandId;
  /** Which answers the screening keeps: the re-ask only when it found more risk. */
  kept: "first" | "reask";
}

/** The re-ask against the first answers: the screening keeps the more dangerous of the two. */
export function reconcileReask(first: Cssrs, reask: Cssrs): CssrsReaskRecord {
  const firstBand = scoreInstrument("cssrs", first).band;
  const reaskBand = scoreInstrument("cssrs", reask).band;
  const kept = BAND_ORDER.indexOf(reaskBand) > BAND_ORDER.indexOf(firstBand) ? "reask" : "first";
  return { first, reask, firstBand, reaskBand, kept };
}

const bandText = (band: CssrsBandId) => CSSRS.bands.find((b) => b.id === band)?.label ?? band;

/** One line for the screen and the print: what the re-ask found and what was kept. */
export function describeReask(record: CssrsReaskRecord): string {
  const kept =
    record.kept === "reask"
      ? "the re-ask found more risk, so its answers are the screening's C-SSRS (the first answers are kept in the record)"
      : record.reaskBand === record.firstBand
        ? "the same result"
        : "the first result, the more dangerous one, is kept";
  return `C-SSRS re-asked after a positive PHQ-9 item 9: first ${bandText(record.firstBand).toLowerCase()}, re-ask ${bandText(record.reaskBand).toLowerCase()} — ${kept}.`;
}

const cssrsJson = z.record(z.string(), z.unknown());
const StoredReask = z.object({
  first: cssrsJson,
  reask: cssrsJson,
  firstBand: z.enum(["none", "low", "moderate", "high"]),
  reaskBand: z.enum(["none", "low", "moderate", "high"]),
  kept: z.enum(["first", "reask"]),
});

export function readReask(json: unknown): CssrsReaskRecord | null {
  const parsed = StoredReask.safeParse(json);
  return parsed.success ? (parsed.data as unknown as CssrsReaskRecord) : null;
}
