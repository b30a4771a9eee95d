/**
 * Demo data for a development or review database:
 *
 *   npm run db:seed -- --demo [--calls N] [--patients N] [--seed S] [--reset]
 *
 * Synthetic people only (common first/last names combined at random, 555-01xx numbers, `.test`
 * emails). Staff passwords are generated per run and printed once at the end. Refuses to run when
 * NODE_ENV=production, and refuses a database that already has data unless `--reset` is given
 * (which wipes it: demo databases only). Tests import `seedDemo` from here; the CLI runs only
 * when this file is executed directly.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatCount, seedDemo, type SeedResult } from "./seed-demo";
import { SeedRefusedError } from "./reset";

export { seedDemo, type SeedOptions, type SeedResult } from "./seed-demo";
export { SeedRefusedError } from "./reset";

const USAGE = `usage: npm run db:seed -- --demo [--calls N] [--patients N] [--seed S] [--reset]

  --demo        required: fill the database named by DATABASE_URL with synthetic demo data
  --calls N     calls over the last 18 months (default 10000)
  --patients N  patients (default max(2000, calls / 10))
  --seed S      pseudo-random seed, a number or a word (default 1): same seed, same data
  --reset       wipe a non-empty database first (demo databases only; deletes everything)`;

interface CliArgs {
  demo: boolean;
  reset: boolean;
  calls?: number;
  patients?: number;
  seed?: string;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { demo: false, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? "").split("=", 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const count = () => {
      const v = value().replace(/[_\s]/g, "");
      if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number`);
      return Number(v);
    };
    if (flag === "--demo") args.demo = true;
    else if (flag === "--reset") args.reset = true;
    else if (flag === "--calls") args.calls = count();
    else if (flag === "--patients") args.patients = count();
    else if (flag === "--seed") args.seed = value();
    else throw new UsageError(`unknown argument ${flag}`);
  }
  return args;
}

function printLogins(result: SeedResult): void {
  const width = Math.max(...result.staff.map((s) => s.email.length));
  console.log("\nDemo staff logins (passwords generated for this run; shown only now):");
  console.log(`  ${"email".padEnd(width)}  ${"role".padEnd(11)}  password`);
  for (const s of result.staff) console.log(`  ${s.email.padEnd(width)}  ${s.role.padEnd(11)}  ${s.password}`);
  console.log("");
}

function summary(result: SeedResult, target: string): string {
  const c = result.counts;
  const parts = [
    `${formatCount(c.Call)} calls`,
    `${formatCount(c.Patient)} patients`,
    `${formatCount(c.PipelineEvent)} pipeline events`,
    `${formatCount(c.Screening)} screenings`,
    `${formatCount(c.SafetyFlag)} safety flags`,
    `${formatCount(c.CareEpisode)} care episodes`,
    `${formatCount(c.Transition)} transitions`,
    `${formatCount(c.AttendedSession)} attended sessions`,
    `${formatCount(c.Task)} tasks`,
    `${formatCount(c.AuditEvent)} audit events`,
    `${formatCount(c.User)} staff`,
  ];
  return `db:seed: ${parts.join(", ")} in ${Math.round(result.seconds)} s (${target})`;
}

async function main(argv: readonly string[]): Promise<number> {
  if (process.env.NODE_ENV === "production") {
    console.error(
      "db:seed: refusing to run with NODE_ENV=production — demo data must never reach a production database.",
    );
    return 1;
  }
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`db:seed: ${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (!args.demo) {
    console.error(USAGE);
    return 1;
  }
  // Imported here so that `--help`-style mistakes do not open (and lock) the database.
  const { connectDb, closeDb } = await import("@/lib/db/client");
  try {
    const { db, target } = await connectDb();
    const result = await seedDemo(db, {
      calls: args.calls,
      patients: args.patients,
      seed: args.seed,
      reset: args.reset,
    });
    printLogins(result);
    console.log(summary(result, target.kind === "postgres" ? "PostgreSQL" : "PGlite"));
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      console.error(`db:seed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await closeDb();
  }
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
