import { closeDb, connectDb } from "./client";
import { describeTarget } from "./config";
import { DatabaseLockedError } from "./data-dir-lock";
import { logger } from "@/lib/logger";

/** Server start: open (lock, migrate) the database and close it cleanly on SIGTERM (F7). */
export async function startDatabase(): Promise<void> {
  try {
    const { target } = await connectDb();
    process.stdout.write(`Intake Desk: database ready — ${describeTarget(target)}\n`);
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      process.stderr.write(`\nIntake Desk cannot start: ${error.message}\n\n`);
      process.exit(1);
    }
    // PostgreSQL may be down at start; the app starts anyway, /api/health says 503, and the
    // pool connects when the database returns.
    logger.error("db.start-failed", { errorName: error instanceof Error ? error.name : "unknown" });
    if (error instanceof Error && error.name === "MigrationError") {
      process.stderr.write(`\nIntake Desk cannot start: ${error.message}\n\n`);
      process.exit(1);
    }
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info("server.shutdown", { signal });
    // Give in-flight requests a moment to finish, then close the database cleanly.
    setTimeout(() => {
      void closeDb().finally(() => process.exit(0));
    }, 500).unref();
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}
