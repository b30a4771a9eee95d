import type { KeyboardEvent } from "react";
import { flushSync } from "react-dom";

const FIELD = "[data-field]";

/** The focus target inside a field: the checked radio (or the first), or the input itself. */
function focusTarget(field: Element): HTMLElement | null {
  if (field.matches("input, select, textarea")) return field as HTMLElement;
  return (
    field.querySelector<HTMLElement>("input[type=radio]:checked:not(:disabled)") ??
    field.querySelector<HTMLElement>("input:not(:disabled), select:not(:disabled), textarea:not(:disabled)")
  );
}

/** Focuses the first question of a section (on opening it). */
export function focusFirstField(container: HTMLElement | null) {
  const first = container?.querySelector(FIELD);
  if (first) focusTarget(first)?.focus();
}

/** Focuses the question after `field`, or the container's "continue" button after the last one. */
export function focusNextField(container: HTMLElement, field: Element) {
  const fields = [...container.querySelectorAll(FIELD)].filter((f) => !(f as HTMLFieldSetElement).disabled);
  const index = fields.indexOf(field);
  const next = index >= 0 ? fields[index + 1] : undefined;
  const target = next ? focusTarget(next) : container.ownerDocument.querySelector<HTMLElement>("[data-continue]");
  target?.focus();
}

/**
 * Number keys answer the focused question ("number keys pick answers"): on a radio of a
 * choice group, the key picks the option showing that number, then focus moves to the next
 * question. The answer is rendered synchronously first (flushSync), since it may reveal follow-up
 * questions (C-SSRS), and so that a fast typist's next key already lands on the next question.
 */
export function handleNumberKeys(event: KeyboardEvent<HTMLElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) return;
  const target = event.target as HTMLElement;
  if (!(target instanceof HTMLInputElement) || target.type !== "radio") return;
  const field = target.closest("[data-field=choice]");
  const option = field?.querySelector<HTMLInputElement>(`input[type=radio][data-key="${event.key}"]:not(:disabled)`);
  if (!field || !option) return;
  event.preventDefault();
  flushSync(() => option.click());
  focusNextField(event.currentTarget, field);
}
