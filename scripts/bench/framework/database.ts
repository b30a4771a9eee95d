/**
 * The benchmark database: a PostgreSQL database filled by the demo seeder, created once and
 * reused by later runs (seeding 1M calls takes minutes).
 *
 * - Name from the size: 1 000 000 calls → `intake_bench_1m`, 100 000 → `intake_bench_100k`.
 * - Reused when it exists and holds at least the requested number of calls (benchmark writes
 *   only add calls); otherwise (or with `--fresh`) dropped, created, migrated and seeded.
 * - Pending migrations are applied on every run (`npm run db:deploy`), so a new index shows up
 *   in the next benchmark without reseeding.
 *
 * Only ever touches databases whose name starts with `intake_bench_`.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password-hashing";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const NAME_PREFIX = "intake_bench_";

/** The PostgreSQL server (any database on it; the maintenance database is used for CREATE/DROP). */
export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface BenchDatabase {
  name: string;
  url: string;
  /** Calls in the database now (≥ the requested number). */
  calls: number;
  reused: boolean;
  /** Seconds spent creating, migrating and seeding (0 when reused). */
  setupSeconds: number;
}

export interface BenchLogin {
  id: string;
  email: string;
  name: string;
  role: string;
  password: string;
}

type Log = (line: string) => void;

export function benchDatabaseName(calls: number): string {
  const size =
    calls % 1_000_000 === 0 && calls > 0
      ? `${calls / 1_000_000}m`
      : calls % 1_000 === 0 && calls > 0
        ? `${calls / 1_000}k`
        : String(calls);
  return `${NAME_PREFIX}${size}`;
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A URL safe to print: never the password. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Runs a project CLI (tsx script) against `databaseUrl`, streaming its output with a prefix. */
function runCli(script: string, args: string[], databaseUrl: string, log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "development" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const forward = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        // The seeder prints generated staff passwords; the benchmark sets its own, so drop them.
        if (
          line.trim() !== "" &&
          !/\b(ADMIN|COORDINATOR|CLINICIAN)\b\s+\S+$/.test(line) &&
          !line.includes("Demo staff logins") &&
          !/^\s+email\s+role/.test(line)
        ) {
          log(`    ${line.trimEnd()}`);
        }
      }
    };
    child.stdout.on("data", forward);
    child.stderr.on("data", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(script)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

async function exists(serverUrl: string, name: string): Promise<boolean> {
  return withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return (rowCount ?? 0) > 0;
  });
}

/** Calls in the database, or null when it has no (complete) schema. */
async function countCalls(url: string): Promise<number | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('public."Call"') IS NOT NULL AS present`,
    );
    if (!rows[0]?.present) return null;
    const counted = await client.query<{ n: string }>(`SELECT count(*)::bigint AS n FROM "Call"`);
    return Number(counted.rows[0]?.n ?? 0);
  });
}

function assertBenchName(name: string): void {
  if (!new RegExp(`^${NAME_PREFIX}[a-z0-9_]+$`).test(name))
    throw new Error(`refusing to touch database ${name}: not a benchmark database`);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertBenchName(name);
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

async function createDatabase(serverUrl: string, name: string): Promise<void> {
  assertBenchName(name);
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
}

/** Creates (or reuses) the database for `calls` calls. */
export async function ensureBenchDatabase(options: {
  calls: number;
  fresh: boolean;
  serverUrl?: string;
  log: Log;
}): Promise<BenchDatabase> {
  const { calls, fresh, log } = options;
  const serverUrl = options.serverUrl ?? DEFAULT_SERVER_URL;
  const name = benchDatabaseName(calls);
  const url = databaseUrl(serverUrl, name);
  const started = performance.now();

  if (await exists(serverUrl, name)) {
    if (fresh) {
      log(`database: --fresh: dropping ${name}`);
      await dropDatabase(serverUrl, name);
    } else {
      const present = await countCalls(url);
      if (present !== null && present >= calls) {
        log(
          `database: reusing ${describeUrl(url)} (${present.toLocaleString("en-US")} calls); applying pending migrations`,
        );
        await runCli("scripts/db.ts", ["deploy"], url, log);
        await withClient(url, (client) => client.query("ANALYZE"));
        return { name, url, calls: present, reused: true, setupSeconds: 0 };
      }
      log(
        `database: ${name} has ${present === null ? "no schema" : `${present.toLocaleString("en-US")} calls`} (< ${calls.toLocaleString("en-US")}): recreating`,
      );
      await dropDatabase(serverUrl, name);
    }
  }

  log(
    `database: creating ${describeUrl(url)} and seeding ${calls.toLocaleString("en-US")} calls (a few minutes at 1M)`,
  );
  await createDatabase(serverUrl, name);
  try {
    await runCli("scripts/db.ts", ["deploy"], url, log);
    await runCli("prisma/seed/index.ts", ["--demo", "--calls", String(calls)], url, log);
    log("database: VACUUM ANALYZE (fresh statistics and visibility map, as a settled production database has)");
    await withClient(url, (client) => client.query("VACUUM ANALYZE"));
  } catch (error) {
    // A half-seeded database must not be reused next time.
    await dropDatabase(serverUrl, name).catch(() => undefined);
    throw error;
  }
  const present = (await countCalls(url)) ?? 0;
  return { name, url, calls: present, reused: false, setupSeconds: (performance.now() - started) / 1000 };
}

/**
 * The seeder generates staff passwords per run and prints them once; a reused database's are
 * unknown. The benchmark therefore gives one demo coordinator a new random password for this run
 * (argon2id, as the app stores it) and clears any lockout.
 */
export async function prepareLogin(url: string, email = "coordinator1@demo.intake.test"): Promise<BenchLogin> {
  const password = `bench-${crypto.randomBytes(18).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string; email: string; name: string; role: string }>(
      `UPDATE "User" SET "passwordHash" = $1, "failedLoginCount" = 0, "lockedUntil" = NULL, "mustChangePassword" = false, active = true
        WHERE email = $2 RETURNING id, email, name, role::text AS role`,
      [passwordHash, email],
    );
    const user = rows[0];
    if (!user) throw new Error(`no demo account ${email} in the benchmark database`);
    await client.query(`DELETE FROM "LoginThrottle"`);
    return { ...user, password };
  });
}
