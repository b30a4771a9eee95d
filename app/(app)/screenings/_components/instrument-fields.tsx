"use client";

import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { AUDITC, CSSRS, INSTRUMENTS } from "@/lib/screening/rules/instruments";
import { ChoiceGroup, scored, YES_NO } from "./choice-group";
import { useItemText } from "./voice";

const publishedHint = (published: string | null) => (published ? `Published self-report wording: ${published}` : null);

type Errors = Record<string, string[]>;
type Items = (number | null)[];

const setAt = (items: Items, index: number, value: number | null): Items =>
  items.map((v, i) => (i === index ? value : v));

/** PHQ-9, GAD-7, CIWA-Ar, COWS: items in published order, the number key is the score. */
export function SummedItems({
  id,
  value,
  onChange,
  errors,
}: {
  id: "phq9" | "gad7" | "ciwa" | "cows";
  value: { items: Items; difficulty?: number | null | undefined };
  onChange: (value: { items: Items; difficulty?: number | null | undefined }) => void;
  errors: Errors;
}) {
  const def = INSTRUMENTS[id];
  const itemText = useItemText();
  const items: Items = def.items.map((_, i) => value.items[i] ?? null);
  const anyProblem = items.some((v) => typeof v === "number" && v > 0);
  const difficulty = def.functionalItem ? itemText(id, "difficulty", def.functionalItem.text) : null;
  return (
    <div className="space-y-3">
      {errors[`${id}.items`] ? <p className="text-sm text-red-700">{errors[`${id}.items`]?.join(" ")}</p> : null}
      {def.items.map((item, index) => (
        <ChoiceGroup
          key={item.id}
          legend={`${item.number}. ${itemText(id, item.id, item.text).text}`}
          hint={publishedHint(itemText(id, item.id, item.text).published) ?? undefined}
          choices={scored(item.options)}
          value={items[index]}
          onChange={(v) => onChange({ ...value, items: setAt(items, index, v) })}
          errors={errors[`${id}.items.${index}`]}
        />
      ))}
      {def.functionalItem ? (
        <ChoiceGroup
          legend={difficulty?.text ?? def.functionalItem.text}
          hint={
            [
              anyProblem ? null : "Asked when any problem was checked; not scored.",
              publishedHint(difficulty?.published ?? null),
            ]
              .filter(Boolean)
              .join(" · ") || undefined
          }
          choices={scored(def.functionalItem.options)}
          value={value.difficulty ?? null}
          onChange={(v) => onChange({ ...value, items, difficulty: v })}
          errors={errors[`${id}.difficulty`]}
        />
      ) : null}
    </div>
  );
}

type AuditcDraft = NonNullable<ScreeningAnswersDraft["auditc"]>;

/** AUDIT-C: sex at birth sets the cut-off; "Never" to question 1 skips questions 2 and 3. */
export function AuditcFields({
  value,
  onChange,
  errors,
}: {
  value: AuditcDraft;
  onChange: (v: AuditcDraft) => void;
  errors: Errors;
}) {
  const items: Items = AUDITC.items.map((_, i) => value.items?.[i] ?? null);
  const never = items[0] === 0;
  const setItem = (index: number, v: number) => {
    let next = setAt(items, index, v);
    // "Never" scores the skipped questions 0; changing question 1 away from "Never" asks them again.
    if (index === 0) next = v === 0 ? [0, 0, 0] : items[0] === 0 ? [v, null, null] : next;
    onChange({ ...value, items: next });
  };
  return (
    <div className="space-y-3">
      <ChoiceGroup
        legend={AUDITC.sexQuestion.text}
        choices={AUDITC.sexQuestion.options.map((o, i) => ({ value: o.value, label: o.label, key: String(i + 1) }))}
        value={value.sex}
        onChange={(sex) => onChange({ ...value, sex })}
        errors={errors["auditc.sex"]}
      />
      {AUDITC.items.map((item, index) => (
        <ChoiceGroup
          key={item.id}
          legend={`${item.number}. ${item.text}`}
          hint={index > 0 && never ? 'Skipped: question 1 is "Never" (scored 0).' : undefined}
          disabled={index > 0 && never}
          choices={scored(item.options)}
          value={items[index]}
          onChange={(v) => setItem(index, v)}
          errors={errors[`auditc.items.${index}`]}
        />
      ))}
    </div>
  );
}

type CssrsDraft = NonNullable<ScreeningAnswersDraft["cssrs"]>;

/** C-SSRS screener with its branching: Q3–Q5 only after a yes to Q2, the Q6 follow-up after a yes to Q6. */
export function CssrsFields({
  value,
  onChange,
  errors,
}: {
  value: CssrsDraft;
  onChange: (v: CssrsDraft) => void;
  errors: Errors;
}) {
  const set = (id: keyof CssrsDraft, answer: boolean) => {
    const next: CssrsDraft = { ...value, [id]: answer };
    // A question that is no longer asked loses its answer, so a hidden yes never lingers.
    if (id === "q2" && !answer) Object.assign(next, { q3: null, q4: null, q5: null });
    if (id === "q6" && !answer) next.q6Recent = null;
    onChange(next);
  };
  const itemText = useItemText();
  const shown = CSSRS.questions.filter((q) => (q.askedWhen ? value[q.askedWhen] === true : true));
  return (
    <div className="space-y-3">
      {shown.map((q) => (
        <ChoiceGroup
          key={q.id}
          legend={q.id === "q6Recent" ? q.text : `${q.number}. ${itemText("cssrs", q.id, q.text).text}`}
          hint={[
            q.lookBack,
            q.guidance,
            q.id === "q6Recent" ? null : publishedHint(itemText("cssrs", q.id, q.text).published),
          ]
            .filter(Boolean)
            .join(" · ")}
          choices={YES_NO}
          value={value[q.id] ?? null}
          onChange={(v) => set(q.id, v)}
          errors={errors[`cssrs.${q.id}`]}
        />
      ))}
      {value.q2 === false ? (
        <p className="text-xs text-slate-600">Question 2 is no: questions 3–5 are skipped.</p>
      ) : null}
    </div>
  );
}
