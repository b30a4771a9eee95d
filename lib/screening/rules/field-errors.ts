import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/**
 * zod issues → `{ "phq9.items.8": [messages] }`, keyed by the answer's path in the screening
 * (the same keys ScreeningValidationError uses), so the form shows each error next to its item.
 */
export function answerFieldErrors(error: z.ZodError, prefix = ""): FieldErrors {
  const byPath = new Map<string, string[]>();
  const add = (path: string, message: string) => byPath.set(path, [...(byPath.get(path) ?? []), message]);
  const join = (parts: readonly PropertyKey[]) => [prefix, ...parts.map(String)].filter(Boolean).join(".");
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(join([...issue.path, key]), "This answer is not accepted here.");
    } else {
      add(join(issue.path) || "form", issue.message);
    }
  }
  return Object.fromEntries(byPath);
}
