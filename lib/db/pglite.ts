import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { acquireDataDirLock } from "./data-dir-lock";

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
