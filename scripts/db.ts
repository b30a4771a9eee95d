/**
 * Migration CLI (offline; Prisma's schema engine as WebAssembly — docs/decisions/0002-offline-migrations.md).
 *
 *   npm run db:migrate -- --name <snake_case>   new migration from the schema diff (no database needed)
 *   npm run db:deploy                           apply pending migrations to DATABASE_URL's database
 *   npm run db:check                            exit 1 when schema.prisma and prisma/migrations disagree
 *   npx tsx scripts/db.ts status                applied / pending / failed migrations of DATABASE_URL
 *   npx tsx scripts/db.ts resolve --rolled-back <migration> | --applied <migration>
 *
 * Target: DATABASE_URL (empty → embedded PGlite in .data, `pglite:<dir>`, or postgres://…).
 * Every command also takes --migrations-dir <dir> and --schema <file> (defaults: prisma/migrations,
 * prisma/schema.prisma), mainly for tests.
 */
import { describeTarget, parseDatabaseUrl, type DatabaseTarget } from "../lib/db/config";
import {
  checkMigrations,
  createMigration,
  deployMigrations,
  migrationStatus,
  resolveMigration,
  type MigrationTarget,
} from "../lib/db/migrations";
import { openPglite } from "../lib/db/pglite";

const USAGE =
  "usage: tsx scripts/db.ts <migrate --name <name> | deploy | check | status | resolve --rolled-back <m> | resolve --applied <m>>" +
  " [--migrations-dir <dir>] [--schema <file>]";

class UsageError extends Error {
  override name = "UsageError";
}

/** `--flag value` or `--flag=value`; undefined when absent. */
function flag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === `--${name}`) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      return value;
    }
    if (arg?.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

function seconds(startedAt: number): string {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Opens the target named by DATABASE_URL for the duration of `fn` (PGlite holds its folder lock). */
async function withTarget<T>(fn: (target: MigrationTarget, where: DatabaseTarget) => Promise<T>): Promise<T> {
  const where = parseDatabaseUrl(process.env.DATABASE_URL);
  if (where.kind === "postgres") return fn({ kind: "postgres", url: where.url }, where);
  const opened = await openPglite(where.dataDir);
  try {
    return await fn({ kind: "pglite", db: opened.db }, where);
  } finally {
    await opened.close();
  }
}

const log = (line: string) => console.log(`  ${line}`);

interface Paths {
  migrationsDir?: string;
  schemaPath?: string;
}

function paths(args: string[]): Paths {
  return { migrationsDir: flag(args, "migrations-dir"), schemaPath: flag(args, "schema") };
}

async function migrate(args: string[]): Promise<number> {
  const started = performance.now();
  const name = flag(args, "name");
  if (name === undefined) {
    throw new UsageError("db:migrate needs --name <snake_case_name>, e.g. npm run db:migrate -- --name add_call_notes");
  }
  const result = await createMigration({ name, log, ...paths(args) });
  if (result.path === null) {
    console.log(`db:migrate: no changes — schema.prisma matches prisma/migrations (${seconds(started)})`);
  } else {
    console.log(`db:migrate: created ${result.path} in ${seconds(started)}; apply it with npm run db:deploy`);
  }
  return 0;
}

async function deploy(args: string[]): Promise<number> {
  const started = performance.now();
  const { migrationsDir } = paths(args);
  return withTarget(async (target, where) => {
    const { applied } = await deployMigrations(target, { log, migrationsDir });
    console.log(
      `db:deploy: applied ${plural(applied.length, "migration")} to ${describeTarget(where)} in ${seconds(started)}`,
    );
    return 0;
  });
}

async function check(args: string[]): Promise<number> {
  const started = performance.now();
  const result = await checkMigrations(paths(args));
  if (result.ok) {
    console.log(`db:check: schema.prisma and prisma/migrations agree (${seconds(started)})`);
    return 0;
  }
  console.log("-- SQL missing from prisma/migrations:");
  console.log(result.diffSql.trimEnd());
  console.error(
    `db:check: schema.prisma and prisma/migrations disagree — create the missing migration with npm run db:migrate -- --name <name>`,
  );
  return 1;
}

async function status(args: string[]): Promise<number> {
  const { migrationsDir } = paths(args);
  return withTarget(async (target, where) => {
    const s = await migrationStatus(target, { migrationsDir });
    for (const name of s.onDisk) {
      const state = s.failed.some((f) => f.name === name)
        ? "FAILED"
        : s.applied.includes(name)
          ? s.edited.includes(name)
            ? "applied (edited since)"
            : "applied"
          : "pending";
      log(`${state.padEnd(8)} ${name}`);
    }
    for (const name of s.notOnDisk) log(`applied  ${name} (not on disk)`);
    console.log(
      `db:status: ${describeTarget(where)}: ${s.applied.length} applied, ${s.pending.length} pending, ${s.failed.length} failed`,
    );
    return s.failed.length > 0 ? 1 : 0;
  });
}

async function resolve(args: string[]): Promise<number> {
  const rolledBack = flag(args, "rolled-back");
  const applied = flag(args, "applied");
  if ((rolledBack === undefined) === (applied === undefined)) {
    throw new UsageError("resolve needs exactly one of --rolled-back <migration> or --applied <migration>");
  }
  return withTarget(async (target, where) => {
    await resolveMigration(target, rolledBack !== undefined ? { rolledBack } : { applied: applied as string }, {
      migrationsDir: paths(args).migrationsDir,
    });
    console.log(
      `db:resolve: marked ${rolledBack ?? applied} as ${rolledBack ? "rolled back" : "applied"} in ${describeTarget(where)}`,
    );
    return 0;
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case "migrate":
      return migrate(args);
    case "deploy":
      return deploy(args);
    case "check":
      return check(args);
    case "status":
      return status(args);
    case "resolve":
      return resolve(args);
    case undefined:
      throw new UsageError("missing command");
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

const label = process.argv[2] ? `db:${process.argv[2]}` : "scripts/db.ts";
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // node-postgres names its server errors "error"; say where they come from instead.
    const name = error instanceof Error ? (error.name === "error" ? "PostgreSQL" : error.name) : "Error";
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${label}: ${name}: ${message.replace(/\s*\n\s*/g, " ")}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = 1;
  },
);
