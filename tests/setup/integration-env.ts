import { afterAll, inject } from "vitest";

// Before any module reads the configuration: the database for this file, quiet logs, a secret.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-0123456789abcdefghijkl";
process.env.LOG_LEVEL = "silent";

afterAll(async () => {
  const { closeDb } = await import("@/lib/db/client");
  await closeDb();
});
