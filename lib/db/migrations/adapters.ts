import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { createPglite } from "../pglite";

/**
 * Driver adapter factories for the schema engine. Both published adapters need fixes for
 * migration work (docs/toolchain.md):
 *
 * - pglite-prisma-adapter 0.7.2 fires `executeScript` without awaiting it, so a failing
 *   migration would be recorded as applied. We await `db.exec(script)` ourselves.
 * - @prisma/adapter-pg's `executeScript` splits the script on ";" and runs each piece on
 *   whatever pool connection is free. That breaks plpgsql bodies (`$$ … ; … $$`) and loses
 *   PostgreSQL's all-or-nothing behaviour for a multi-statement script. The native engine sends
 *   the whole script as one simple-protocol query; we do the same.
 * - Shadow databases are always a fresh in-memory PGlite. The PGlite adapter's own shadow is
 *   never closed, and adapter-pg's shadow has the traps listed in docs/toolchain.md (it would even
 *   use the main database). We close every shadow we open, whether or not the engine disposes it.
 */

/** Where migrations are applied. The caller owns a PGlite instance; a URL is opened here. */
export type MigrationTarget = { kind: "pglite"; db: PGlite } | { kind: "postgres"; url: string };

/** The database error behind the last failed script, as the driver reported it. */
export interface ScriptFailure {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
  /** 1-based line of the script where PostgreSQL located the error, when it said. */
  line?: number;
}

export interface EngineConnection {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** The database error behind the last failed script (main or shadow database). */
  lastScriptFailure: () => ScriptFailure | undefined;
  /** Closes shadows and anything else opened here; a caller-owned PGlite stays open. */
  close: () => Promise<void>;
}

export interface TargetConnection extends EngineConnection {
  /** Plain SQL on the main database, for our own reads of `_prisma_migrations`. */
  query: (sql: string) => Promise<Record<string, unknown>[]>;
}

type PgLikeError = {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
  position?: string;
};

function isPgLikeError(error: unknown): error is PgLikeError {
  const e = error as Partial<PgLikeError> | null;
  return typeof e === "object" && e !== null && typeof e.code === "string" && typeof e.message === "string";
}

function toScriptFailure(error: unknown, script: string): ScriptFailure | undefined {
  if (!isPgLikeError(error)) return undefined;
  const position = Number(error.position);
  const line =
    Number.isInteger(position) && position > 0 ? script.slice(0, position - 1).split("\n").length : undefined;
  return { code: error.code, message: error.message, detail: error.detail, hint: error.hint, line };
}

/** Reports a failed script to the engine as a database error, so it fails the migration. */
function rethrowForEngine(error: unknown): never {
  if (error instanceof DriverAdapterError) throw error;
  if (isPgLikeError(error)) {
    throw new DriverAdapterError({
      kind: "postgres",
      code: error.code,
      severity: error.severity ?? "ERROR",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
      originalCode: error.code,
      originalMessage: error.message,
    });
  }
  throw error;
}

/** Shadows `executeScript` (and optionally `dispose`) on an adapter, keeping everything else. */
function patchAdapter(
  adapter: SqlDriverAdapter,
  executeScript: (script: string) => Promise<void>,
  dispose?: () => Promise<void>,
): SqlDriverAdapter {
  // Object.create keeps the original as prototype: its methods still find `this.client`.
  const patched = Object.create(adapter) as SqlDriverAdapter;
  Object.defineProperty(patched, "executeScript", { value: executeScript });
  if (dispose) Object.defineProperty(patched, "dispose", { value: dispose });
  return patched;
}

type FailureRecorder = (error: unknown, script: string) => void;

async function pgliteAdapter(db: PGlite, onFailure: FailureRecorder, dispose?: () => Promise<void>) {
  const inner = await new PrismaPGlite(db).connect();
  return patchAdapter(
    inner,
    async (script) => {
      try {
        // PGlite's exec uses the simple query protocol too: one implicit transaction.
        await db.exec(script);
      } catch (error) {
        onFailure(error, script);
        rethrowForEngine(error);
      }
    },
    dispose,
  );
}

/** Opens in-memory PGlite shadows on demand and remembers them so that they can all be closed. */
function shadowPool(onFailure: FailureRecorder) {
  const open = new Set<PGlite>();
  const closeOne = async (db: PGlite) => {
    open.delete(db);
    if (!db.closed) await db.close();
  };
  return {
    connect: async (): Promise<SqlDriverAdapter> => {
      // ≈ 2–4 s: a fresh initdb in WASM (docs/toolchain.md). With our extensions: the history
      // replayed here creates them.
      const shadow = await createPglite();
      open.add(shadow);
      return pgliteAdapter(shadow, onFailure, () => closeOne(shadow));
    },
    closeAll: async () => {
      await Promise.all([...open].map(closeOne));
    },
  };
}

function failureTracker() {
  let last: ScriptFailure | undefined;
  return {
    record: ((error, script) => {
      last = toScriptFailure(error, script);
    }) satisfies FailureRecorder,
    last: () => last,
  };
}

/**
 * For shadow-only work (diffs from the migration history). The engine still opens a "main"
 * connection, but for a migrations→schema diff it only reads the server version there, before it
 * asks for the shadow. So the first shadow reuses the main's in-memory PGlite, which saves one
 * 2–4 s initdb; any further shadow is a fresh instance.
 */
export function connectShadowOnly(): EngineConnection {
  const failures = failureTracker();
  const shadows = shadowPool(failures.record);
  let main: Promise<PGlite> | undefined;
  let mainLentAsShadow = false;
  const mainDb = () => (main ??= createPglite());
  return {
    factory: {
      provider: "postgres",
      adapterName: "pglite shadow only",
      connect: async () => pgliteAdapter(await mainDb(), failures.record),
      connectToShadowDb: async () => {
        if (mainLentAsShadow) return shadows.connect();
        mainLentAsShadow = true;
        // Not closed on dispose: close() below owns it.
        return pgliteAdapter(await mainDb(), failures.record, async () => {});
      },
    },
    lastScriptFailure: failures.last,
    close: async () => {
      await shadows.closeAll();
      const db = await main?.catch(() => undefined);
      if (db && !db.closed) await db.close();
    },
  };
}

/** Opens a connection to the target for the schema engine and for our own bookkeeping reads. */
export function connectTarget(target: MigrationTarget): TargetConnection {
  const failures = failureTracker();
  const shadows = shadowPool(failures.record);

  if (target.kind === "pglite") {
    const { db } = target;
    return {
      factory: {
        provider: "postgres",
        adapterName: "pglite-prisma-adapter (awaited scripts)",
        connect: () => pgliteAdapter(db, failures.record),
        connectToShadowDb: shadows.connect,
      },
      query: async (sql) => (await db.query<Record<string, unknown>>(sql)).rows,
      lastScriptFailure: failures.last,
      close: shadows.closeAll,
    };
  }

  // One connection (max 1) keeps the engine's advisory lock, its bookkeeping and the migration
  // script on the same session, as with the native engine.
  const pool = new pg.Pool({ connectionString: target.url, max: 1 });
  // An idle client error (server restart) must not crash the process with an unhandled event.
  pool.on("error", () => {});
  const base = new PrismaPg(pool);
  let ended = false;
  return {
    factory: {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg (single-query scripts)",
      connect: async () => {
        const inner = await base.connect();
        return patchAdapter(
          inner,
          async (script) => {
            try {
              // No parameters → simple query protocol: the whole script in one round trip and
              // one implicit transaction, exactly what the native schema engine does.
              await pool.query(script);
            } catch (error) {
              failures.record(error, script);
              rethrowForEngine(error);
            }
          },
          // The pool is ours and ended in close(); the engine must not end it behind our back.
          async () => {},
        );
      },
      connectToShadowDb: shadows.connect,
    },
    query: async (sql) => (await pool.query<Record<string, unknown>>(sql)).rows,
    lastScriptFailure: failures.last,
    close: async () => {
      await shadows.closeAll();
      if (ended) return;
      ended = true;
      await pool.end();
    },
  };
}
