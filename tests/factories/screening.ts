/**
 * Screenings in the database, taken through the product's own use cases (start, save each
 * section, record the safety action, submit, review) as coordinators and clinicians would, so a
 * test starts from a state the application itself produced. Answers come from
 * screening-answers.ts. Not re-exported by index.ts: these builders are built on its makePatient
 * and makeUser, and a re-export would make the two modules import each other.
 */
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ScreeningAnswers } from "@/lib/screening/rules/answers-schema";
import { SECTION_ORDER } from "@/lib/screening/rules/sections";
import { recordSafetyAction } from "@/lib/screening/record-safety-action";
import { reviewScreening } from "@/lib/screening/review-screening";
import { saveSection } from "@/lib/screening/save-section";
import { ReviewScreeningSchema } from "@/lib/screening/schemas";
import { startScreening } from "@/lib/screening/start-screening";
import { submitScreening } from "@/lib/screening/submit-screening";
import { actorFor } from "@/tests/integration/support";
import { makePatient, makeUser } from "./index";

/** A signed-in staff member with this role: a new account, as the Actor domain functions receive. */
export async function staff(role: Role): Promise<Actor> {
  const db = await getDb();
  const { user } = await makeUser(db, { role });
  return actorFor(user);
}

/** The screening's current version, for the next change's optimistic-concurrency check. */
export async function currentVersion(screeningId: string): Promise<number> {
  const db = await getDb();
  return (await db.screening.findUniqueOrThrow({ where: { id: screeningId }, select: { version: true } })).version;
}

/** A new prospect with a fresh draft, started by the coordinator. */
export async function draftFor(coordinator: Actor) {
  const db = await getDb();
  const patient = await makePatient(db);
  const started = await startScreening(coordinator, { patientId: patient.id });
  return { patientId: patient.id, screeningId: started.screeningId };
}

/** Saves every section of `answers` in form order, as the coordinator would. */
export async function fillSections(coordinator: Actor, screeningId: string, answers: ScreeningAnswers) {
  for (const section of SECTION_ORDER) {
    const value = answers[section];
    if (value === undefined) continue;
    await saveSection(coordinator, {
      screeningId,
      section,
      expectedVersion: await currentVersion(screeningId),
      answers: value,
    });
  }
}

/** A submitted screening with these answers (recording a safety action when one is needed). */
export async function submitted(coordinator: Actor, answers: ScreeningAnswers, safetyAction?: string) {
  const draft = await draftFor(coordinator);
  await fillSections(coordinator, draft.screeningId, answers);
  if (safetyAction)
    await recordSafetyAction(coordinator, {
      screeningId: draft.screeningId,
      expectedVersion: await currentVersion(draft.screeningId),
      safetyActionTaken: safetyAction,
    });
  await submitScreening(coordinator, {
    screeningId: draft.screeningId,
    expectedVersion: await currentVersion(draft.screeningId),
  });
  return draft;
}

/** Review form fields, parsed as the server action parses them. */
export function review(fields: Record<string, string>) {
  return ReviewScreeningSchema.parse(fields);
}

/** A screening the clinician signed, accepting the recommendation. */
export async function signed(coordinator: Actor, clinician: Actor, answers: ScreeningAnswers) {
  const draft = await submitted(coordinator, answers);
  await reviewScreening(
    clinician,
    review({
      screeningId: draft.screeningId,
      expectedVersion: String(await currentVersion(draft.screeningId)),
      decision: "accept",
    }),
  );
  return draft;
}
