import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock of its own: two processes on one data folder silently lose data
 * (docs/toolchain.md). We take an exclusive lock file beside the data and refuse at once
 * when a live process holds it. A lock left by a dead process is taken over.
 * Apart from pglite.ts so that the server start can recognise the error without loading PGlite.
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
