import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/rules/permissions";
import { requireActor } from "@/lib/auth/session";
import { AppError, ConflictError, type FieldErrors, ValidationError, zodFieldErrors } from "@/lib/errors";
import { errorSummary, logger } from "@/lib/logger";

/** What every server action returns to `useActionState`. */
export type ActionState<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors: FieldErrors; changedFields?: string[] }
  | null;

/**
 * FormData → plain object. Next's own `$ACTION_*` fields are dropped; a repeated key becomes an
 * array. Values stay strings: schemas coerce (one schema is shared by form and server).
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = typeof value === "string" ? value : value.name;
    const existing = out[key];
    if (existing === undefined) out[key] = v;
    else out[key] = Array.isArray(existing) ? [...existing, v] : [existing, v];
  }
  return out;
}

function referenceId(): string {
  return crypto.randomUUID().slice(0, 8).toUpperCase();
}

export function failureFromError(error: unknown, actionName: string): Exclude<ActionState<never>, null | { ok: true }> {
  if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (error instanceof ConflictError) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors, changedFields: error.changedFields };
  }
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: {} };
  const ref = referenceId();
  logger.error("action.failed", { action: actionName, ref, ...errorSummary(error) });
  return { ok: false, message: `Something went wrong and nothing was saved. Reference ${ref}.`, fieldErrors: {} };
}

interface ActionConfig<S extends z.ZodType, R, T> {
  /** A name for logs. */
  name: string;
  /** null: any signed-in staff member. */
  permission: Permission | null;
  /** Must be a strict object schema: unknown keys are refused, not ignored. */
  schema: S;
  allowPasswordChange?: boolean;
  run: (actor: Actor, input: z.output<S>) => Promise<R>;
  /** What to tell the user; may call redirect(). */
  done?: (result: R) => { message?: string; data?: T } | void;
}

/**
 * The one action wrapper (docs/contributing.md): session → permission → zod parse → domain call → typed
 * errors mapped to field errors. Domain functions check permission again themselves: the
 * wrapper is convenience, the domain is the boundary.
 */
export function defineAction<S extends z.ZodType, R, T = undefined>(config: ActionConfig<S, R, T>) {
  return async function action(_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> {
    try {
      const actor = await requireActor(config.permission ?? undefined, {
        allowPasswordChange: config.allowPasswordChange,
      });
      const parsed = config.schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: "Some fields need attention.", fieldErrors: zodFieldErrors(parsed.error) };
      }
      const result = await config.run(actor, parsed.data);
      const shown = config.done?.(result);
      return { ok: true, message: shown?.message, data: shown?.data };
    } catch (error) {
      unstable_rethrow(error); // let redirect()/notFound() through
      return failureFromError(error, config.name);
    }
  };
}
