import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ProvidedContext } from "vitest";

/**
 * This test file's own database: a copy of the run's migrated template (tests/setup/global-setup.ts).
 * PGlite copies the template's data folder; PostgreSQL runs `CREATE DATABASE … TEMPLATE …`.
 * Returns the DATABASE_URL to use and a function that removes the copy.
 */
export async function copyTemplateDatabase(
  template: ProvidedContext["template"],
): Promise<{ url: string; remove: () => Promise<void> }> {
  if (template.kind === "pglite") {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "intake-it-"));
    const dataDir = path.join(root, "data");
    fs.cpSync(template.dataDir, dataDir, { recursive: true });
    return { url: `pglite:${dataDir}`, remove: async () => fs.rmSync(root, { recursive: true, force: true }) };
  }
  const { createScratchDatabase } = await import("./postgres");
  const copy = await createScratchDatabase(template.baseUrl, "intake_it", template.name);
  return { url: copy.url, remove: copy.drop };
}
