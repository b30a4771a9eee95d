import path from "node:path";

/**
 * Where the data lives. One schema, two databases (docs/architecture.md §Database):
 * - `DATABASE_URL` unset or `pglite:<dir>` → embedded PGlite owned by this process;
 * - `postgres://` / `postgresql://` → a PostgreSQL server through @prisma/adapter-pg.
 */
export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data";

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

export function parseDatabaseUrl(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = raw?.trim() ?? "";
  if (value === "") return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (value.startsWith("pglite:")) {
    const dir = value.slice("pglite:".length).replace(/^\/\/(?=\/)/, "");
    if (dir === "") throw new DatabaseUrlError("DATABASE_URL 'pglite:' needs a folder, e.g. pglite:.data");
    if (dir === "memory:" || dir === "memory://") return { kind: "pglite", dataDir: "memory://" };
    return { kind: "pglite", dataDir: path.resolve(cwd, dir) };
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    return { kind: "postgres", url: value };
  }
  throw new DatabaseUrlError("DATABASE_URL must be empty, 'pglite:<folder>', or a postgres:// / postgresql:// URL");
}

/** A description safe for logs: never the password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return `embedded PGlite (${target.dataDir})`;
  try {
    const u = new URL(target.url);
    return `PostgreSQL ${u.hostname}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
