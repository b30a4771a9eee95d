import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { assertReferralSource, resolvePhoneLine } from "./references";
import { changedFields, editableFrom, type EditableCall, FIELD_LABEL } from "./rules/editable-call";
import { CALL_EDITABLE_SELECT as EDITABLE_SELECT } from "./queries";
import type { UpdateCallInput } from "./schemas";

type SavedCall = { [K in keyof typeof EDITABLE_SELECT]: unknown } & {
  okToLeaveVoicemail: boolean | null;
  okToNameCenter: boolean | null;
  okToText: boolean | null;
};

/** The saved row in the shape of an edit; consents never asked are "no". */
function savedEditable(current: SavedCall): EditableCall {
  return {
    ...current,
    okToLeaveVoicemail: current.okToLeaveVoicemail ?? false,
    okToNameCenter: current.okToNameCenter ?? false,
    okToText: current.okToText ?? false,
  } as EditableCall;
}

/**
 * Edits a call with optimistic concurrency (docs/security.md C1): the update only applies to the
 * version the coordinator saw. Otherwise nothing is written and the conflict names what the
 * other person changed.
 */
export async function updateCall(actor: Actor, input: UpdateCallInput) {
  assertCan(actor, "call:write");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.call.findUnique({ where: { id: input.callId }, select: EDITABLE_SELECT });
    if (!current) throw new NotFoundError("That call was not found.");
    // A deactivated line or source may stay on the call it was already on.
    const phoneLineId =
      input.phoneLineId === current.phoneLineId ? current.phoneLineId : await resolvePhoneLine(tx, input.phoneLineId);
    if (input.referralSourceId !== current.referralSourceId) await assertReferralSource(tx, input.referralSourceId);
    const attempted = editableFrom(input, phoneLineId, current.startedAt);
    if (current.version !== input.expectedVersion) {
      const fields = changedFields(savedEditable(current), attempted);
      throw new ConflictError(
        `Someone else saved this call while you were editing${fields.length ? ` (changed: ${fields.map((f) => FIELD_LABEL[f]).join(", ")})` : ""}. Nothing was saved; review their changes and edit again.`,
        {},
        fields,
      );
    }
    const { count } = await tx.call.updateMany({
      where: { id: current.id, version: input.expectedVersion },
      data: {
        ...attempted,
        version: { increment: 1 },
        ...(current.disposition === null ? { loggedById: actor.id, loggedAt: new Date() } : {}),
      },
    });
    if (count === 0)
      throw new ConflictError(
        "Someone else saved this call at the same moment. Nothing was saved; reload and edit again.",
      );
    const changed = changedFields(savedEditable(current), attempted);
    await writeAudit(tx, actor, {
      action: "call.update",
      entityType: "Call",
      entityId: current.id,
      ...(current.patientId ? { patientId: current.patientId } : {}),
      detail: { fields: changed },
    });
    return { callId: current.id, version: input.expectedVersion + 1 };
  });
}
