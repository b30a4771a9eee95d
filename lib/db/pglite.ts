import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The contrib extensions our migrations create (pg_trgm for the calls search, ADR 0011). PGlite
 * ships each one as a separate bundle that must be handed to every `PGlite.create`: an instance
 * opened without it fails `CREATE EXTENSION` (a migration, or the shadow database replaying the
 * history), and in a folder where the extension exists it cannot even insert a call (the trigram
 * indexes need its functions). Every PGlite of the project — app, migration shadows, tests — is
 * created with `createPglite`; ESLint refuses `PGlite.create` elsewhere.
 */
export const pgliteExtensions = { pg_trgm } as const;

/** `PGlite.create` with our extensions; in memory without a data folder. */
export function createPglite(options: { dataDir?: string } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: pgliteExtensions });
}

/**
 * PGlite has no lock of its own: two processes on one data folder silently lose data
 * (docs/toolchain.md). We take an exclusive lock file beside the data and refuse at once
 * when a live process holds it. A lock left by a dead process is taken over.
 */
export class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in another process (pid ${holderPid}). ` +
        `Stop that process first, or point DATABASE_URL at another folder or at PostgreSQL.`,
    );
  }
}

const LOCK_NAME = "intake-desk.lock";

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

export function lockFilePath(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.${LOCK_NAME}`);
}

/** Takes the lock or throws DatabaseLockedError. Returns a release function. */
export function acquireDataDirLock(dataDir: string): () => void {
  const file = lockFilePath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const current = readLock(file);
        if (current?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(file);
      if (holder && holder.pid !== process.pid && holder.host === os.hostname() && isAlive(holder.pid)) {
        throw new DatabaseLockedError(dataDir, holder.pid);
      }
      if (holder && holder.pid === process.pid) {
        throw new DatabaseLockedError(dataDir, holder.pid);
      }
      // Stale lock from a process that is gone (crash, SIGKILL): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(dataDir, readLock(file)?.pid ?? -1);
}

export interface OpenedPglite {
  db: PGlite;
  close: () => Promise<void>;
}

/** Opens (creating if needed) an embedded database folder, or `memory://`, holding its lock. */
export async function openPglite(dataDir: string): Promise<OpenedPglite> {
  if (dataDir === "memory://") {
    const db = await createPglite();
    return { db, close: () => db.close() };
  }
  const release = acquireDataDirLock(dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = await createPglite({ dataDir });
    return {
      db,
      close: async () => {
        try {
          if (!db.closed) await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
