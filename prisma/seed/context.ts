/** What every generator needs: the writer, ids, the clock, the configuration rows, the budgets. */
import type { Role } from "@/lib/generated/prisma/enums";
import type { Clock } from "./clock";
import type { IdSource, Rng } from "./random";
import type { Setup, StaffMember } from "./setup";
import type { SeedWriter } from "./writer";

export interface SeedContext {
  seed: number;
  writer: SeedWriter;
  ids: IdSource;
  clock: Clock;
  setup: Setup;
  /** Calls still allowed for patients' own journeys; the rest of `--calls` are unlinked calls. */
  linkedCallBudget: { left: number };
  mrn: { next: number };
}

/** The coordinator on shift at a local hour: two early, two late, anyone overnight. */
export function coordinatorOnShift(ctx: SeedContext, rng: Rng, ms: number): StaffMember {
  const c = ctx.setup.coordinators;
  const hour = ctx.clock.localHour(ms);
  const pool = hour >= 7 && hour < 15 ? c.slice(0, 2) : hour >= 15 && hour < 23 ? c.slice(2) : c;
  return rng.pick(pool.length > 0 ? pool : c);
}

export function anyClinician(ctx: SeedContext, rng: Rng): StaffMember {
  return rng.pick(ctx.setup.clinicians);
}

const AUDIT_WINDOW_DAYS = 30;

/**
 * A modest audit trail: only the last 30 days, and only a sample of it, so that the audit page
 * has realistic content without the audit table dwarfing the data it describes.
 */
export function maybeAudit(
  ctx: SeedContext,
  rng: Rng,
  at: number,
  actor: { id: string; role: Role } | null,
  action: string,
  entity: { type: string; id: string; patientId?: string | null },
  detail?: Record<string, string | number | boolean | null>,
): void {
  if (at < ctx.clock.nowMs - AUDIT_WINDOW_DAYS * 86_400_000 || at > ctx.clock.nowMs || !rng.chance(0.35)) return;
  ctx.writer.add("AuditEvent", {
    at: new Date(at),
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    action,
    entityType: entity.type,
    entityId: entity.id,
    patientId: entity.patientId ?? null,
    outcome: "SUCCESS",
    ip: `10.20.${rng.int(0, 3)}.${rng.int(10, 250)}`,
    userAgent: "Mozilla/5.0 (demo seed)",
    requestId: rng.hex(16),
    detail: detail ?? undefined,
  });
}
