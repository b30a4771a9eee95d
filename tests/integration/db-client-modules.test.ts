import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A server on PostgreSQL never loads the embedded database's machinery: PGlite (a WebAssembly
 * PostgreSQL), its Prisma adapter and Prisma's WebAssembly schema engine are imported by
 * lib/db/client.ts only on the embedded path. A child process opens the client the way a server
 * does and reports every module it loaded; a static import of any of them anywhere on the
 * PostgreSQL path makes the first test fail. The second test proves the recorder sees them when
 * they do load, so the first cannot pass by not looking.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const onPostgres = process.env.TEST_DATABASE_KIND === "postgres";

const EMBEDDED_ONLY = [
  { name: "@electric-sql/pglite", pattern: /\/node_modules\/@electric-sql\/pglite\// },
  { name: "pglite-prisma-adapter", pattern: /\/node_modules\/pglite-prisma-adapter\// },
  { name: "@prisma/schema-engine-wasm", pattern: /\/node_modules\/@prisma\/schema-engine-wasm\// },
  { name: "lib/db/pglite.ts", pattern: /\/lib\/db\/pglite\.ts$/ },
  { name: "lib/db/migrations/", pattern: /\/lib\/db\/migrations\// },
];

function openClient(databaseUrl: string): { target: string; modules: string[] } {
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "intake-modules-")), "loaded.txt");
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "tests/integration/open-db-client.ts"],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, MODULE_LOG_FILE: logFile, LOG_LEVEL: "silent" },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
  if (result.status !== 0) throw new Error(`open-db-client.ts exited with ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { target: string; modules: string[] };
}

const loaded = (modules: string[]) =>
  EMBEDDED_ONLY.filter(({ pattern }) => modules.some((m) => pattern.test(m))).map(({ name }) => name);

describe("the database client loads the embedded database only when it uses it", { timeout: 180_000 }, () => {
  it.skipIf(!onPostgres)("on PostgreSQL: no PGlite, no PGlite adapter, no WebAssembly schema engine", () => {
    const { target, modules } = openClient(process.env.DATABASE_URL ?? "");
    expect(target).toBe("postgres");
    // The recorder saw the PostgreSQL path itself…
    expect(modules.some((m) => m.includes("/node_modules/@prisma/adapter-pg/"))).toBe(true);
    // …and none of the embedded database's modules.
    expect(loaded(modules)).toEqual([]);
  });

  it("on the embedded database: all of them (the recorder sees them when they load)", () => {
    const { target, modules } = openClient("pglite:memory://");
    expect(target).toBe("pglite");
    expect(loaded(modules)).toEqual(EMBEDDED_ONLY.map(({ name }) => name));
  });
});
