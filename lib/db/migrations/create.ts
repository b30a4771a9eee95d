import fs from "node:fs";
import path from "node:path";
import { diffHistoryToSchema } from "./diff";
import { MigrationNameError } from "./errors";
import {
  LOCK_FILE_NAME,
  MIGRATION_FILE_NAME,
  MIGRATION_LOCK_TOML,
  readMigrationHistory,
  resolveMigrationsDir,
} from "./history";

export interface CreateMigrationOptions {
  name: string;
  schemaPath?: string;
  migrationsDir?: string;
  log?: (line: string) => void;
  /** The clock, for tests. */
  now?: () => Date;
}

export type CreateMigrationResult = { path: string } | { path: null; reason: "no-changes" };

const NAME_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 100;

/**
 * Names become folder suffixes that live forever in every database's `_prisma_migrations`, so we
 * accept only snake_case (what `prisma migrate dev --name` produces after its own slugging).
 */
export function validateMigrationName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === "") throw new MigrationNameError("A migration needs a name: --name <snake_case_name>");
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new MigrationNameError(`Migration name is longer than ${MAX_NAME_LENGTH} characters`);
  }
  if (!NAME_PATTERN.test(trimmed)) {
    throw new MigrationNameError(
      `Migration name "${trimmed}" must be snake_case: lowercase letters, digits and single underscores, ` +
        `starting with a letter (e.g. add_call_notes)`,
    );
  }
  return trimmed;
}

function utcStamp(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

function stampToDate(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(stamp);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/**
 * The folder prefix: the current UTC time as Prisma writes it, but always later than the newest
 * existing migration, so that the history stays ordered even with two migrations in one second
 * or a skewed clock.
 */
export function nextMigrationStamp(existing: string[], now: Date): string {
  const newest = existing
    .map(stampToDate)
    .filter((d): d is Date => d !== null)
    .reduce<Date | null>((a, b) => (a === null || b > a ? b : a), null);
  const at = newest !== null && newest >= now ? new Date(newest.getTime() + 1000) : now;
  return utcStamp(at);
}

/**
 * Statements that can lose data. The native `migrate dev` lists such warnings from the engine's
 * evaluateDataLoss, which the WASM engine refuses for PostgreSQL ("shadow DB must be provided
 * through an external factory"), so we point at the statements themselves.
 */
const DESTRUCTIVE = /\b(DROP (TABLE|COLUMN|TYPE|INDEX)|ALTER COLUMN "[^"]+" (SET DATA )?TYPE|SET NOT NULL)\b/i;

/** A required column without a default cannot be added to a table that has rows. */
const REQUIRED_WITHOUT_DEFAULT = /\bADD COLUMN\b.*\bNOT NULL\b/i;

export function destructiveStatements(sql: string): string[] {
  return sql
    .split("\n")
    .map((l) => l.trim())
    .filter(
      (l) =>
        !l.startsWith("--") && (DESTRUCTIVE.test(l) || (REQUIRED_WITHOUT_DEFAULT.test(l) && !/\bDEFAULT\b/i.test(l))),
    );
}

/**
 * `prisma migrate dev --create-only` without a development database: diff the history (replayed
 * on an in-memory shadow) against the schema and write the result as a new migration folder.
 * (The engine's own createMigration fails for PostgreSQL in WASM; diff gives the same SQL.)
 */
export async function createMigration(opts: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const log = opts.log ?? (() => {});
  const name = validateMigrationName(opts.name);
  const baseDir = resolveMigrationsDir(opts.migrationsDir);

  log("Replaying the migration history on an in-memory shadow database…");
  const diff = await diffHistoryToSchema({ schemaPath: opts.schemaPath, migrationsDir: baseDir });
  if (diff.sql === "") {
    log("The schema matches the migration history: no migration created.");
    return { path: null, reason: "no-changes" };
  }

  // Re-read just before writing: the stamp must follow whatever is on disk now.
  const existing = (await readMigrationHistory(baseDir)).migrationDirectories.map((d) => d.path);
  const folder = `${nextMigrationStamp(existing, (opts.now ?? (() => new Date()))())}_${name}`;
  const dir = path.join(baseDir, folder);
  await fs.promises.mkdir(baseDir, { recursive: true });
  // No `recursive`: fail rather than overwrite a folder that already exists.
  await fs.promises.mkdir(dir);
  await fs.promises.writeFile(path.join(dir, MIGRATION_FILE_NAME), diff.sql, "utf8");
  const lockPath = path.join(baseDir, LOCK_FILE_NAME);
  if (!fs.existsSync(lockPath)) await fs.promises.writeFile(lockPath, MIGRATION_LOCK_TOML, "utf8");
  log(`Created ${path.relative(process.cwd(), dir) || dir}/${MIGRATION_FILE_NAME}`);
  const risky = destructiveStatements(diff.sql);
  if (risky.length > 0) {
    log(`Warning: review before deploying, these statements can lose data or fail on existing rows:`);
    for (const line of risky) log(`  ${line}`);
  }
  return { path: dir };
}
