import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { REFERRAL_SOURCE_FIELD_LABELS } from "./labels";
import type { CreateReferralSourceInput, SetReferralSourceActiveInput, UpdateReferralSourceInput } from "./schemas";
import { differingFields, staleVersionConflict } from "./versioning";

/**
 * How callers heard about the center: ADMIN only (`settings:manage`).
 * Sources are never deleted — a deactivated source stays on historical calls and patients, and in
 * the referral reports.
 */

const SOURCE_SELECT = { id: true, name: true, type: true, active: true, version: true } as const;
const EDITABLE_FIELDS = ["name", "type", "active"] as const;

const DUPLICATE_NAME = "A referral source with this name already exists.";
const NOT_FOUND = "That referral source was not found.";

/** Every source, active first, then by name. */
export async function listReferralSources(actor: Actor) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.referralSource.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: SOURCE_SELECT });
}

/**
 * The unique index compares exact text; "st. mary's hospital" next to "St. Mary's Hospital" would
 * split the referral reports, so names are also compared without case. (Two simultaneous saves of
 * such twins could both pass this check; the exact-text duplicate is still caught by the index.)
 */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const twin = await tx.referralSource.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (twin) throw new ValidationError({ name: [DUPLICATE_NAME] });
}

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw new ValidationError({ name: [DUPLICATE_NAME] });
  throw error;
}

export async function createReferralSource(actor: Actor, input: CreateReferralSourceInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      await assertNameFree(tx, input.name);
      const source = await tx.referralSource.create({
        data: { name: input.name, type: input.type, active: input.active },
        select: SOURCE_SELECT,
      });
      await writeAudit(tx, actor, {
        action: "settings.referral-source.create",
        entityType: "ReferralSource",
        entityId: source.id,
        detail: { fields: [...EDITABLE_FIELDS], version: source.version },
      });
      return source;
    })
    .catch(duplicateName);
}

/** Saves the edit form; refused with a ConflictError naming the fields if the source moved on. */
export async function updateReferralSource(actor: Actor, input: UpdateReferralSourceInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const current = await tx.referralSource.findUnique({ where: { id: input.id }, select: SOURCE_SELECT });
      if (!current) throw new NotFoundError(NOT_FOUND);
      const conflict = () =>
        staleVersionConflict(tx, {
          entityType: "ReferralSource",
          entityId: current.id,
          expectedVersion: input.expectedVersion,
          noun: "referral source",
          fieldLabels: REFERRAL_SOURCE_FIELD_LABELS,
          differingFields: () => differingFields(EDITABLE_FIELDS, current, input),
        });
      if (current.version !== input.expectedVersion) throw await conflict();
      const fields = differingFields(EDITABLE_FIELDS, current, input);
      if (fields.length === 0) return { source: current, changed: false };
      if (fields.includes("name")) await assertNameFree(tx, input.name, current.id);
      // The version in the WHERE makes the check and the write one atomic step (docs/security.md C1).
      const { count } = await tx.referralSource.updateMany({
        where: { id: current.id, version: input.expectedVersion },
        data: { name: input.name, type: input.type, active: input.active, version: { increment: 1 } },
      });
      if (count === 0) throw await conflict();
      const version = input.expectedVersion + 1;
      await writeAudit(tx, actor, {
        action: "settings.referral-source.update",
        entityType: "ReferralSource",
        entityId: current.id,
        detail: { fields, version },
      });
      return {
        source: { ...current, name: input.name, type: input.type, active: input.active, version },
        changed: true,
      };
    })
    .catch(duplicateName);
}

/** Deactivate / reactivate: an inactive source leaves the call form's picker, not the history. */
export async function setReferralSourceActive(actor: Actor, input: SetReferralSourceActiveInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.referralSource.findUnique({
      where: { id: input.id },
      select: { id: true, active: true, version: true },
    });
    if (!current) throw new NotFoundError(NOT_FOUND);
    if (current.active === input.active) return { changed: false, active: input.active };
    const { count } = await tx.referralSource.updateMany({
      where: { id: current.id, version: current.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (count === 0)
      throw new ConflictError("This referral source was changed at the same moment. Reload the page and try again.");
    await writeAudit(tx, actor, {
      action: input.active ? "settings.referral-source.reactivate" : "settings.referral-source.deactivate",
      entityType: "ReferralSource",
      entityId: current.id,
      detail: { fields: ["active"], version: current.version + 1 },
    });
    return { changed: true, active: input.active };
  });
}
