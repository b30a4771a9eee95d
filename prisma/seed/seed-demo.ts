/**
 * `seedDemo(db, options)`: fills an empty database with a synthetic, reproducible demo data set.
 * Same seed (and same `now`) → same rows. Used by the CLI (index.ts) and by tests.
 */
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { addUnlinkedCalls } from "./calls";
import { Clock, DAY_MS, sortedCallTimes } from "./clock";
import type { SeedContext } from "./context";
import { generatePatient } from "./patients";
import { hashString, IdSource, Rng } from "./random";
import { prepareDatabase, SeedRefusedError } from "./reset";
import { seedSetup, type StaffMember } from "./setup";
import type { TableName } from "./tables";
import { SeedWriter } from "./writer";

export interface SeedOptions {
  /** Total calls (default 10 000). */
  calls?: number;
  /** Patients (default max(2 000, calls / 10)). */
  patients?: number;
  /** A number or any string (default 1). */
  seed?: number | string;
  /** The present the data leads up to (default: now). Fix it to reproduce timestamps too. */
  now?: Date;
  /** Wipe a non-empty database first (demo databases only — see reset.ts). */
  reset?: boolean;
  /** Progress lines (default console.log); tests pass a no-op. */
  log?: (line: string) => void;
  batchSize?: number;
}

export interface SeedResult {
  counts: Record<TableName, number>;
  staff: StaffMember[];
  seconds: number;
}

/** Roughly 18 months of history. */
export const WINDOW_DAYS = 548;
/** Share of `--calls` that patients' own journeys may use; the rest are calls with no patient. */
const LINKED_SHARE = 0.6;
const UNLINKED_BLOCK = 5_000;

export function formatCount(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, " ");
}

export function parseSeed(seed: number | string | undefined): number {
  if (seed === undefined) return 1;
  if (typeof seed === "number") return seed >>> 0;
  return /^\d+$/.test(seed) ? Number(seed) >>> 0 : hashString(seed);
}

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  if (process.env.NODE_ENV === "production")
    throw new SeedRefusedError("Refusing to seed demo data with NODE_ENV=production.");
  const started = performance.now();
  const log = options.log ?? console.log;
  const calls = options.calls ?? 10_000;
  const patients = options.patients ?? Math.max(2_000, Math.floor(calls / 10));
  if (!Number.isInteger(calls) || calls < 0 || !Number.isInteger(patients) || patients < 0) {
    throw new SeedRefusedError("--calls and --patients must be whole numbers ≥ 0");
  }
  const seed = parseSeed(options.seed);
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

  await prepareDatabase(db, options.reset ?? false, log);
  const now = options.now ?? new Date();
  const writer = new SeedWriter(db, options.batchSize);
  const ids = new IdSource(seed);
  const setup = await seedSetup(writer, ids, seed, new Date(now.getTime() - WINDOW_DAYS * DAY_MS));
  const ctx: SeedContext = {
    seed,
    writer,
    ids,
    setup,
    clock: new Clock(now, WINDOW_DAYS, env().CENTER_TIME_ZONE),
    linkedCallBudget: { left: Math.floor(calls * LINKED_SHARE) },
    mrn: { next: 1 },
  };
  log(`db:seed: seed ${seed}, ${formatCount(calls)} calls, ${formatCount(patients)} patients over ${WINDOW_DAYS} days`);

  const tenth = Math.max(1, Math.ceil(patients / 10));
  const firstContacts = sortedCallTimes(ctx.clock, Rng.stream(seed, "first-contacts"), patients);
  for (let i = 0; i < patients; i++) {
    generatePatient(ctx, i, firstContacts[i] ?? now.getTime());
    if (i % 100 === 99) await writer.maybeFlush();
    if ((i + 1) % tenth === 0 || i + 1 === patients) {
      log(
        `db:seed: patients ${Math.round(((i + 1) / patients) * 100)}% (${formatCount(i + 1)}), ${formatCount(writer.generated.Call)} calls so far, ${elapsed()}`,
      );
    }
  }

  const unlinked = Math.max(0, calls - writer.generated.Call);
  const blocks = Math.ceil(unlinked / UNLINKED_BLOCK);
  const poolSize = Math.max(20, Math.floor(unlinked / 12));
  const reportEvery = Math.max(1, Math.ceil(blocks / 10));
  const times = sortedCallTimes(ctx.clock, Rng.stream(seed, "unlinked-times"), unlinked);
  for (let b = 0; b < blocks; b++) {
    addUnlinkedCalls(ctx, b, times.subarray(b * UNLINKED_BLOCK, (b + 1) * UNLINKED_BLOCK), poolSize);
    await writer.maybeFlush();
    if ((b + 1) % reportEvery === 0 || b + 1 === blocks) {
      log(
        `db:seed: other calls ${Math.round(((b + 1) / blocks) * 100)}% (${formatCount(writer.generated.Call)} calls in all), ${elapsed()}`,
      );
    }
  }
  addSignIns(ctx);
  await writer.finish();

  const staff = [setup.admin, ...setup.coordinators, ...setup.clinicians];
  return { counts: { ...writer.written }, staff, seconds: (performance.now() - started) / 1000 };
}

/** Staff sign-ins on working days of the last 30 days: the audit page's most common entry. */
function addSignIns(ctx: SeedContext): void {
  const rng = Rng.stream(ctx.seed, "sign-ins");
  const { clock, setup, writer } = ctx;
  const staff = [setup.admin, ...setup.coordinators, ...setup.clinicians];
  for (let day = clock.today - 30; day <= clock.today; day++) {
    if (clock.weekday(day) === 0 || clock.weekday(day) === 6) continue;
    for (const person of staff) {
      const at = clock.at(day, rng.int(7, 15), rng.int(0, 59));
      if (at > clock.nowMs || !rng.chance(0.8)) continue;
      writer.add("AuditEvent", {
        at: new Date(at),
        actorId: person.id,
        actorRole: person.role,
        action: "auth.sign-in",
        entityType: "User",
        entityId: person.id,
        outcome: "SUCCESS",
        ip: `10.20.${rng.int(0, 3)}.${rng.int(10, 250)}`,
        userAgent: "Mozilla/5.0 (demo seed)",
        requestId: rng.hex(16),
      });
    }
  }
}
