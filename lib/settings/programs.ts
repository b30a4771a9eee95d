import "server-only";
import { type Actor, assertCan } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { PROGRAM_FIELD_LABELS } from "./labels";
import { differingFields, staleVersionConflict } from "./versioning";
import { DEFAULT_LENGTH_DAYS } from "./program-defaults";
import type { CreateProgramInput, UpdateProgramInput } from "./schemas";

/**
 * Programs (a level of care with its default expected length), managed by administrators
 * (`settings:manage`). Never deleted: a deactivated program stays on its episodes and cannot
 * receive new admissions or transitions (the care rules refuse it).
 */
const PROGRAM_SELECT = {
  id: true,
  name: true,
  level: true,
  expectedLengthDays: true,
  active: true,
  updatedAt: true,
} as const;
const DUPLICATE = "Another program already has this name.";

export async function listPrograms(actor: Actor) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db.program.findMany({
    orderBy: [{ active: "desc" }, { level: "asc" }, { name: "asc" }],
    select: PROGRAM_SELECT,
  });
}

/** Active programs for the admit and plan forms. */
export async function listActivePrograms(actor: Actor) {
  assertCan(actor, "care:read");
  const db = await getDb();
  return db.program.findMany({
    where: { active: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, level: true, expectedLengthDays: true },
  });
}

function duplicateName(error: unknown): never {
  if (isUniqueViolation(error)) throw new ValidationError({ name: [DUPLICATE] });
  throw error;
}

export async function createProgram(actor: Actor, input: CreateProgramInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const program = await tx.program.create({
        data: {
          name: input.name,
          level: input.level,
          expectedLengthDays: input.expectedLengthDays ?? DEFAULT_LENGTH_DAYS[input.level],
        },
        select: PROGRAM_SELECT,
      });
      await writeAudit(tx, actor, {
        action: "settings.program.create",
        entityType: "Program",
        entityId: program.id,
        detail: { level: program.level, expectedLengthDays: program.expectedLengthDays },
      });
      return program;
    })
    .catch(duplicateName);
}

const EDITABLE_FIELDS = ["name", "expectedLengthDays", "active"] as const;

/**
 * Name, default length, active. `updatedAt` as loaded is the concurrency token (no version
 * column), so each save sets it explicitly, strictly later than the one it replaces, and writes
 * it to the audit row as the change's `version`: a stale save is then refused with the fields the
 * other person changed named (lib/settings/versioning.ts), like the other settings.
 */
export async function updateProgram(actor: Actor, input: UpdateProgramInput) {
  assertCan(actor, "settings:manage");
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const current = await tx.program.findUnique({ where: { id: input.programId }, select: PROGRAM_SELECT });
      if (!current) throw new NotFoundError("That program was not found.");
      const conflict = () =>
        staleVersionConflict(tx, {
          entityType: "Program",
          entityId: current.id,
          expectedVersion: input.expectedUpdatedAt,
          noun: "program",
          fieldLabels: PROGRAM_FIELD_LABELS,
          differingFields: () => differingFields(EDITABLE_FIELDS, current, input),
        });
      if (current.updatedAt.getTime() !== input.expectedUpdatedAt) throw await conflict();
      const fields = differingFields(EDITABLE_FIELDS, current, input);
      if (fields.length === 0) return { program: current, changed: false };
      const savedAt = new Date(Math.max(Date.now(), current.updatedAt.getTime() + 1));
      const { count } = await tx.program.updateMany({
        where: { id: current.id, updatedAt: current.updatedAt },
        data: {
          name: input.name,
          expectedLengthDays: input.expectedLengthDays,
          active: input.active,
          updatedAt: savedAt,
        },
      });
      if (count === 0) throw await conflict();
      await writeAudit(tx, actor, {
        action: "settings.program.update",
        entityType: "Program",
        entityId: current.id,
        detail: { fields: [...fields], version: savedAt.getTime() },
      });
      return {
        program: {
          ...current,
          name: input.name,
          expectedLengthDays: input.expectedLengthDays,
          active: input.active,
          updatedAt: savedAt,
        },
        changed: true,
      };
    })
    .catch(duplicateName);
}
