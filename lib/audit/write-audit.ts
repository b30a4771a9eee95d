import type { Actor, RequestContext } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

/**
 * Audit actions are dotted `entity.verb` names. Keep details free of PHI values: ids, field
 * names and counts only (docs/security.md L1).
 */
export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  patientId?: string;
  outcome?: AuditOutcome;
  detail?: Record<string, InputJsonValue | null>;
}

type AuditWriter = Pick<Tx, "auditEvent">;

/** Writes one audit row on the given transaction, so it commits or rolls back with the change. */
export async function writeAudit(tx: AuditWriter, actor: Actor, entry: AuditEntry): Promise<void> {
  await writeAuditAs(tx, { actorId: actor.id, actorRole: actor.role, request: actor.request }, entry);
}

/** For events without a signed-in actor (sign-in failures, first-run setup). */
export async function writeAuditAs(
  tx: AuditWriter,
  who: { actorId?: string | null; actorRole?: Role | null; actorLabel?: string | null; request: RequestContext },
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: who.actorId ?? null,
      actorRole: who.actorRole ?? null,
      actorLabel: who.actorLabel ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      patientId: entry.patientId ?? null,
      outcome: entry.outcome ?? "SUCCESS",
      ip: who.request.ip,
      userAgent: who.request.userAgent?.slice(0, 512) ?? null,
      requestId: who.request.requestId,
      ...(entry.detail ? { detail: entry.detail } : {}),
    },
    select: { id: true },
  });
}
