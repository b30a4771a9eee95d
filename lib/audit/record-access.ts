import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { type AuditEntry, writeAudit } from "./write-audit";

/**
 * Records a read of protected health information (docs/security.md L1): call it from every query that
 * returns PHI to a person — a patient page, a call detail, an export. Writes go through
 * `writeAudit(tx, …)` inside their own transaction instead. Action names are `<entity>.view`,
 * `<entity>.list`, `<entity>.export`.
 */
export async function recordPhiAccess(
  actor: Actor,
  entry: AuditEntry & { action: `${string}.${"view" | "list" | "export" | "search"}` },
) {
  const db = await getDb();
  await writeAudit(db, actor, entry);
}
