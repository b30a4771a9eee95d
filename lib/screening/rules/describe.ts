/**
 * Turns an answer path from a reason or a flag ("phq9.items.8", "home.safeHome",
 * "substanceUse.substances.0.frequency") into the question and the answer as staff read them,
 * so the UI and the printed summary can show why without knowing the answers' layout.
 */
import { AUDITC, CSSRS, INSTRUMENTS, type ResponseOption, type ScoredItem } from "./instruments";
import { labelOf, SECTION_QUESTIONS, SECTION_TITLES, SUBSTANCES, type SectionId } from "./questions";
import type { ScreeningAnswersDraft } from "./answers-schema";

export interface AnswerDescription {
  path: string;
  section: string;
  question: string;
  answer: string;
}

const NOT_ANSWERED = "Not answered";

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof node !== "object" || node === null) return undefined;
    node = Object.prototype.hasOwnProperty.call(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function plain(value: unknown, options?: readonly { value: string | number; label: string }[]): string {
  if (value === undefined || value === null) return NOT_ANSWERED;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length === 0 ? "None" : value.map((v) => plain(v, options)).join(", ");
  if (typeof value === "string" || typeof value === "number") {
    const option = options?.find((o) => o.value === value);
    return option ? option.label : String(value);
  }
  return NOT_ANSWERED;
}

function scored(options: readonly ResponseOption[], value: unknown): string {
  if (typeof value !== "number") return NOT_ANSWERED;
  const label = options.find((o) => o.value === value)?.label;
  return label && label !== String(value) ? `${label} (${value})` : String(value);
}

function describeItems(items: readonly ScoredItem[], rest: readonly string[], value: unknown, title: string) {
  const [, index] = rest;
  if (index === undefined) return { question: `${title} items`, answer: plain(value) };
  const item = items[Number(index)];
  if (!item || !/^\d+$/.test(index)) return null;
  return { question: `${item.number}. ${item.text}`, answer: scored(item.options, value) };
}

function describeInstrument(section: string, rest: readonly string[], value: unknown) {
  if (section === "cssrs") {
    const [id] = rest;
    if (id === undefined) return { question: CSSRS.title, answer: "See questions" };
    const q = CSSRS.questions.find((x) => x.id === id);
    return q
      ? {
          question: q.id === "q6Recent" ? q.text : `${q.number}. ${q.text}`,
          answer: value === undefined || value === null ? "Not asked" : plain(value),
        }
      : null;
  }
  if (section === "auditc") {
    if (rest[0] === "sex")
      return { question: AUDITC.sexQuestion.text, answer: plain(value, AUDITC.sexQuestion.options) };
    return rest[0] === "items" ? describeItems(AUDITC.items, rest, value, AUDITC.shortTitle) : null;
  }
  const def = INSTRUMENTS[section as "phq9" | "gad7" | "ciwa" | "cows"];
  if (rest[0] === "difficulty" && def.functionalItem)
    return { question: def.functionalItem.text, answer: scored(def.functionalItem.options, value) };
  return rest[0] === "items" ? describeItems(def.items, rest, value, def.shortTitle) : null;
}

export function describeAnswer(answers: ScreeningAnswersDraft, path: string): AnswerDescription | null {
  const segments = path.split(".");
  const [section, ...rest] = segments;
  if (section === undefined || !Object.prototype.hasOwnProperty.call(SECTION_TITLES, section)) return null;
  const sectionTitle = SECTION_TITLES[section as SectionId];
  const value = valueAt(answers, segments);

  if (["phq9", "gad7", "auditc", "cssrs", "ciwa", "cows"].includes(section)) {
    const described = describeInstrument(section, rest, value);
    return described ? { path, section: sectionTitle, ...described } : null;
  }

  const pattern = segments.map((s) => (/^\d+$/.test(s) ? "*" : s)).join(".");
  const question = SECTION_QUESTIONS[pattern];
  if (!question) return null;
  let text = question.text;
  // "Substance 2 (cannabis): How often…" — the list index alone means nothing to a reader.
  if (section === "substanceUse" && rest[0] === "substances" && rest[1] !== undefined && rest[2] !== undefined) {
    const substance = valueAt(answers, ["substanceUse", "substances", rest[1], "substance"]);
    const name =
      typeof substance === "string" ? labelOf(SUBSTANCES, substance as (typeof SUBSTANCES)[number]["value"]) : "";
    const which = `Substance ${Number(rest[1]) + 1}`;
    text = rest[2] === "substance" ? which : `${which}${name ? ` (${name})` : ""}: ${question.text}`;
  }
  return { path, section: sectionTitle, question: text, answer: plain(value, question.options) };
}
