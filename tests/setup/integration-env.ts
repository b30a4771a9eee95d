import { afterAll, inject } from "vitest";
import { copyTemplateDatabase } from "./test-database";

// Before any module reads the configuration: this file's own database (a copy of the migrated
// template), quiet logs, a secret.
const database = await copyTemplateDatabase(inject("template"));
process.env.DATABASE_URL = database.url;
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdefghijkl";
process.env.LOG_LEVEL = "silent";

afterAll(async () => {
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
  await database.remove();
});
