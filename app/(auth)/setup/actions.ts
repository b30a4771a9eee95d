"use server";

import { redirect } from "next/navigation";
import { type ActionState, failureFromError, formDataToObject } from "@/lib/action";
import { zodFieldErrors } from "@/lib/errors";
import { currentRequestContext } from "@/lib/auth/request-context";
import { createFirstAdmin } from "@/lib/users/own-account";
import { FirstAdminSchema } from "@/lib/users/schemas";

/**
 * The one action that runs without a session, so it cannot use the action wrapper; the domain
 * function refuses once any account exists (docs/security.md A8).
 */
export async function createFirstAdminAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = FirstAdminSchema.safeParse(formDataToObject(formData));
  if (!parsed.success)
    return { ok: false, message: "Some fields need attention.", fieldErrors: zodFieldErrors(parsed.error) };
  try {
    await createFirstAdmin(parsed.data, await currentRequestContext());
  } catch (error) {
    return failureFromError(error, "setup.first-admin");
  }
  redirect("/signin?reason=created");
}
