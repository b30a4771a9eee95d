import { notFound } from "next/navigation";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { getScreening } from "@/lib/screening/queries";

/** The screening of a page's `[id]`, or the 404 page (a malformed or unknown id alike, docs/security.md Z2). */
export async function screeningOr404(actor: Actor, id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  return getScreening(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}
