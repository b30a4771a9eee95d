/**
 * The answered questions of one of the center's own sections, in the order the form asks them,
 * as answer paths for describeAnswer(). (Stored JSON does not keep key order: PostgreSQL's jsonb
 * sorts keys, so the order comes from SECTION_QUESTIONS instead.)
 */
import { SECTION_QUESTIONS } from "./questions";
import type { ScreeningAnswersDraft, SectionKey } from "./answers-schema";

function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

const isListOfObjects = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.some((v) => typeof v === "object" && v !== null);

export function sectionAnswerPaths(answers: ScreeningAnswersDraft, section: SectionKey): string[] {
  const patterns = Object.keys(SECTION_QUESTIONS).filter((p) => p.startsWith(`${section}.`));
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern.includes("*")) continue;
    const value = valueAt(answers, pattern);
    if (value === undefined || value === null) continue;
    if (!isListOfObjects(value)) {
      out.push(pattern);
      continue;
    }
    // A list of entries (substances): each entry's questions, entry by entry.
    const perEntry = patterns.filter((p) => p.startsWith(`${pattern}.*.`));
    value.forEach((_, index) => {
      for (const p of perEntry) {
        const path = p.replace("*", String(index));
        if (valueAt(answers, path) !== undefined) out.push(path);
      }
    });
  }
  return out;
}
