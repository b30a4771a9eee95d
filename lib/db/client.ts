import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { type DatabaseTarget, describeTarget, parseDatabaseUrl } from "./config";

/**
 * The Prisma client singleton. Secrets are omitted from every query by default (Dub's pattern):
 * code that needs a password hash asks for it explicitly with `omit: { passwordHash: false }`.
 */
function createClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true, mfaSecret: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Subscribes to a NOTIFY channel; resolves to the function that unsubscribes. */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onError: () => void,
) => Promise<() => Promise<void>>;

interface Connected {
  db: Db;
  target: DatabaseTarget;
  close: () => Promise<void>;
  /** LISTEN for the live channel (docs/decisions/0016-live-updates.md). */
  listen: Listen;
}

/**
 * On PostgreSQL a LISTEN needs a connection of its own that stays open (the pool's connections
 * come and go). `onError` fires when it drops, so the caller can subscribe again.
 */
function listenOnPostgres(url: string): Listen {
  return async (channel, onNotify, onError) => {
    const { Client } = await import("pg");
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    let ended = false;
    client.on("notification", (message) => {
      if (message.channel === channel) onNotify(message.payload ?? "");
    });
    client.on("error", () => {
      if (!ended) onError();
    });
    client.on("end", () => {
      if (!ended) onError();
    });
    await client.connect();
    await client.query(`LISTEN "${channel.replace(/[^a-z_]/g, "")}"`);
    return async () => {
      ended = true;
      await client.end().catch(() => undefined);
    };
  };
}

const globalForDb = globalThis as unknown as { __intakeDb?: Promise<Connected> };

async function connect(): Promise<Connected> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // A build must never open (and lock) the embedded database a running server owns.
    throw new Error("The database is not available during `next build`; this page must render per request.");
  }
  const target = parseDatabaseUrl(env().DATABASE_URL);
  if (target.kind === "postgres") {
    // JIT off for the app's sessions (ADR 0010): the reports' aggregates cost enough to trigger
    // PostgreSQL's JIT, whose compile time (0.2–0.8 s per query here) exceeds what it saves.
    const db = createClient(
      new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 5_000, options: "-c jit=off" }),
    );
    return { db, target, close: () => db.$disconnect(), listen: listenOnPostgres(target.url) };
  }
  return connectPglite(target);
}

/**
 * The embedded path. PGlite, its adapter and the WebAssembly schema engine are loaded here, on
 * demand: a server on PostgreSQL never loads them (an integration test holds it to that).
 */
async function connectPglite(target: DatabaseTarget & { kind: "pglite" }): Promise<Connected> {
  const [{ openPglite }, { deployMigrations }, { PrismaPGlite }] = await Promise.all([
    import("./pglite"),
    import("./migrations/deploy"),
    import("pglite-prisma-adapter"),
  ]);
  const opened = await openPglite(target.dataDir);
  try {
    // The embedded database migrates itself on start; PostgreSQL is migrated explicitly
    // (`npm run db:deploy`), as production deploys should be.
    const { applied } = await deployMigrations({ kind: "pglite", db: opened.db });
    if (applied.length > 0) logger.info("db.migrated", { count: applied.length });
  } catch (error) {
    await opened.close();
    throw error;
  }
  const db = createClient(new PrismaPGlite(opened.db));
  logger.info("db.opened", { target: describeTarget(target) });
  return {
    db,
    target,
    // PGlite delivers NOTIFY to listeners on the same instance, in process.
    listen: async (channel, onNotify) => opened.db.listen(channel, onNotify),
    close: async () => {
      await db.$disconnect();
      await opened.close();
    },
  };
}

/** The shared client; opens (and for PGlite, locks and migrates) the database on first use. */
export function connectDb(): Promise<Connected> {
  globalForDb.__intakeDb ??= connect().catch((error: unknown) => {
    globalForDb.__intakeDb = undefined;
    throw error;
  });
  return globalForDb.__intakeDb;
}

export async function getDb(): Promise<Db> {
  return (await connectDb()).db;
}

export async function closeDb(): Promise<void> {
  const pending = globalForDb.__intakeDb;
  globalForDb.__intakeDb = undefined;
  if (pending) await (await pending).close();
}
