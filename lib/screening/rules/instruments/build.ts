import type { NumericBand, ResponseOption } from "./types";

/** Helpers that write instrument definitions the way the published forms read. */

/** Answer options scored 0, 1, 2… in the order given. */
export function scoredInOrder(labels: readonly string[]): ResponseOption[] {
  return labels.map((label, value) => ({ value, label }));
}

/**
 * Bands that follow each other without a gap, written as the published cut-offs: each band's top
 * total, its bottom being one above the band before (the first starts at `minTotal`).
 */
export function contiguousBands<Id extends string>(
  minTotal: number,
  tops: readonly (readonly [id: Id, label: string, max: number])[],
): NumericBand<Id>[] {
  return tops.map(([id, label, max], i) => ({ id, label, min: i === 0 ? minTotal : (tops[i - 1]?.[2] ?? 0) + 1, max }));
}
