import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb, type Tx } from "@/lib/db/client";
import { ConflictError, type FieldErrors, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { normalizePhone } from "@/lib/phone";
import { PHONE_LINE_FIELD_LABELS } from "./labels";
import type {
  CreatePhoneLineInput,
  SetMainPhoneLineInput,
  SetPhoneLineActiveInput,
  UpdatePhoneLineInput,
} from "./schemas";
import { differingFields, staleVersionConflict } from "./versioning";

/**
 * The center's phone lines: ADMIN only (`settings:manage`). Lines are never
 * deleted — a deactivated line stays on the calls that came in on it. Exactly one line is the
 * main line (the call form's default): the first line created becomes it, "set as main line"
 * moves it in one transaction, and the main line cannot be deactivated.
 */

const LINE_SELECT = {
  id: true,
  number: true,
  label: true,
  forwardTo: true,
  isMain: true,
  active: true,
  version: true,
} as const;
const EDITABLE_FIELDS = ["number", "label", "forwardTo", "active"] as const;

/** Serializes moves of the main-line flag (a partial unique index would need a migration). */
const lockMainLineFlag = (tx: Tx) => tx.$executeRaw`SELECT pg_advisory_xact_lock(4242002)`;

const DUPLICATE_NUMBER = "Another phone line already has this number.";
const MAIN_LINE_STAYS_ACTIVE = "This is the main line. Make another line the main line before deactivating it.";
const NOT_FOUND = "That phone line was not found.";

/** Every line, active first, the main line first among them, then by label. */
export async function listPhoneLines(actor: Actor) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.phoneLine.findMany({
    orderBy: [{ active: "desc" }, { isMain: "desc" }, { label: "asc" }, { number: "asc" }],
    select: LINE_SELECT,
  });
}

/** Domain callers other than the forms (seeders, scripts) must also pass E.164 numbers. */
function assertValidNumbers(input: { number: string; forwardTo: string | null }) {
  const errors: FieldErrors = {};
  if (normalizePhone(input.number) !== input.number) errors.number = ["This is not a valid phone number."];
  if (input.forwardTo !== null && normalizePhone(input.forwardTo) !== input.forwardTo)
    errors.forwardTo = ["This is not a valid phone number."];
  else if (input.forwardTo === input.number) errors.forwardTo = ["A line cannot forward to itself."];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

function duplicateNumber(error: unknown): never {
  if (isUniqueViolation(error)) throw new ValidationError({ number: [DUPLICATE_NUMBER] });
  throw error;
}

export async function createPhoneLine(actor: Actor, input: CreatePhoneLineInput) {
  assertCan(actor, "settings:manage");
  assertValidNumbers(input);
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      await lockMainLineFlag(tx);
      const hasMain = (await tx.phoneLine.count({ where: { isMain: true } })) > 0;
      const line = await tx.phoneLine.create({
        data: {
          number: input.number,
          label: input.label,
          forwardTo: input.forwardTo,
          active: input.active,
          isMain: input.active && !hasMain,
        },
        select: LINE_SELECT,
      });
      await writeAudit(tx, actor, {
        action: "settings.phone-line.create",
        entityType: "PhoneLine",
        entityId: line.id,
        detail: { fields: [...EDITABLE_FIELDS], version: line.version, isMain: line.isMain },
      });
      return line;
    })
    .catch(duplicateNumber);
}

/** Saves the edit form; refused with a ConflictError naming the fields if the line moved on. */
export async function updatePhoneLine(actor: Actor, input: UpdatePhoneLineInput) {
  assertCan(actor, "settings:manage");
  assertValidNumbers(input);
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const current = await tx.phoneLine.findUnique({ where: { id: input.id }, select: LINE_SELECT });
      if (!current) throw new NotFoundError(NOT_FOUND);
      const conflict = () =>
        staleVersionConflict(tx, {
          entityType: "PhoneLine",
          entityId: current.id,
          expectedVersion: input.expectedVersion,
          noun: "phone line",
          fieldLabels: PHONE_LINE_FIELD_LABELS,
          differingFields: () => differingFields(EDITABLE_FIELDS, current, input),
        });
      if (current.version !== input.expectedVersion) throw await conflict();
      if (!input.active && current.isMain) throw new ValidationError({ active: [MAIN_LINE_STAYS_ACTIVE] });
      const fields = differingFields(EDITABLE_FIELDS, current, input);
      if (fields.length === 0) return { line: current, changed: false };
      // The version in the WHERE makes the check and the write one atomic step: of N saves from
      // the same version exactly one matches (docs/security.md C1).
      const { count } = await tx.phoneLine.updateMany({
        where: { id: current.id, version: input.expectedVersion, ...(input.active ? {} : { isMain: false }) },
        data: {
          number: input.number,
          label: input.label,
          forwardTo: input.forwardTo,
          active: input.active,
          version: { increment: 1 },
        },
      });
      if (count === 0) throw await conflict();
      const version = input.expectedVersion + 1;
      await writeAudit(tx, actor, {
        action: "settings.phone-line.update",
        entityType: "PhoneLine",
        entityId: current.id,
        detail: { fields, version },
      });
      return {
        line: {
          ...current,
          number: input.number,
          label: input.label,
          forwardTo: input.forwardTo,
          active: input.active,
          version,
        },
        changed: true,
      };
    })
    .catch(duplicateNumber);
}

/** Deactivate / reactivate. Deactivated lines stay on historical calls and in the calls filters. */
export async function setPhoneLineActive(actor: Actor, input: SetPhoneLineActiveInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.phoneLine.findUnique({
      where: { id: input.id },
      select: { id: true, active: true, isMain: true, version: true },
    });
    if (!current) throw new NotFoundError(NOT_FOUND);
    if (current.active === input.active) return { changed: false, active: input.active };
    if (!input.active && current.isMain)
      throw new ValidationError({ active: [MAIN_LINE_STAYS_ACTIVE] }, MAIN_LINE_STAYS_ACTIVE);
    const { count } = await tx.phoneLine.updateMany({
      where: { id: current.id, version: current.version, ...(input.active ? {} : { isMain: false }) },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (count === 0)
      throw new ConflictError("This phone line was changed at the same moment. Reload the page and try again.");
    await writeAudit(tx, actor, {
      action: input.active ? "settings.phone-line.reactivate" : "settings.phone-line.deactivate",
      entityType: "PhoneLine",
      entityId: current.id,
      detail: { fields: ["active"], version: current.version + 1 },
    });
    return { changed: true, active: input.active };
  });
}

/**
 * Moves the main-line flag to this line, in one transaction. The flag is not part of the edit
 * form, so moving it does not bump `version` (an open edit form stays valid).
 */
export async function setMainPhoneLine(actor: Actor, input: SetMainPhoneLineInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockMainLineFlag(tx);
    const target = await tx.phoneLine.findUnique({
      where: { id: input.id },
      select: { id: true, active: true, isMain: true },
    });
    if (!target) throw new NotFoundError(NOT_FOUND);
    if (target.isMain) return { changed: false };
    if (!target.active) {
      const message = "Reactivate this line before making it the main line.";
      throw new ValidationError({ id: [message] }, message);
    }
    const previous = await tx.phoneLine.findMany({ where: { isMain: true }, select: { id: true } });
    await tx.phoneLine.updateMany({ where: { isMain: true }, data: { isMain: false } });
    // `active: true` again in the WHERE: a deactivation committed since the read above wins.
    const { count } = await tx.phoneLine.updateMany({ where: { id: target.id, active: true }, data: { isMain: true } });
    if (count === 0)
      throw new ConflictError("This phone line was changed at the same moment. Reload the page and try again.");
    await writeAudit(tx, actor, {
      action: "settings.phone-line.set-main",
      entityType: "PhoneLine",
      entityId: target.id,
      detail: { previousMainIds: previous.map((p) => p.id) },
    });
    return { changed: true };
  });
}
