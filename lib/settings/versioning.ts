import "server-only";
import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

/**
 * Optimistic concurrency for the settings records. Every versioned change writes its audit row
 * with `detail: { fields, version }` (field names only — no values), so when a save arrives with
 * a stale version the audit trail says exactly which fields the other person changed.
 */
export interface VersionedChange {
  fields: string[];
  version: number;
}

function readChange(detail: unknown): VersionedChange | null {
  if (typeof detail !== "object" || detail === null || Array.isArray(detail)) return null;
  const { fields, version } = detail as Record<string, unknown>;
  if (typeof version !== "number" || !Array.isArray(fields)) return null;
  return { version, fields: fields.filter((f): f is string => typeof f === "string") };
}

/**
 * The ConflictError for a save made from `expectedVersion` when the record has moved on. The
 * changed fields come from the audit rows written since that version; if none say (a row changed
 * outside the app), the fields where the saved record differs from the submitted one are named.
 */
export async function staleVersionConflict<F extends string>(
  tx: Tx,
  target: {
    entityType: string;
    entityId: string;
    expectedVersion: number;
    noun: string;
    fieldLabels: Readonly<Record<F, string>>;
    differingFields: () => F[];
  },
): Promise<ConflictError> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: target.entityType, entityId: target.entityId },
    orderBy: { id: "desc" },
    take: 100,
    select: { detail: true },
  });
  const known = Object.keys(target.fieldLabels) as F[];
  const changed = new Set<string>();
  for (const event of events) {
    const change = readChange(event.detail);
    if (change && change.version > target.expectedVersion) for (const field of change.fields) changed.add(field);
  }
  let fields = known.filter((f) => changed.has(f));
  if (fields.length === 0) fields = target.differingFields();
  const names = fields.map((f) => target.fieldLabels[f]).join(", ");
  const message =
    `Someone else changed this ${target.noun} while you were editing${names ? ` (${names})` : ""}. ` +
    "Nothing was saved. Cancel and edit again to start from the saved version.";
  const fieldErrors = Object.fromEntries(
    fields.map((f) => [f, ["Changed by someone else since you opened this form."]]),
  );
  return new ConflictError(message, fieldErrors, fields);
}

/** Field names whose values differ between two records, in the given order. */
export function differingFields<F extends string>(
  fields: readonly F[],
  a: Record<F, unknown>,
  b: Record<F, unknown>,
): F[] {
  return fields.filter((f) => a[f] !== b[f]);
}
