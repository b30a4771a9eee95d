/**
 * Runs once when the Next server starts. Opening the database here (not at the first request)
 * means the embedded database is locked and migrated at start, and a second server on the same
 * folder stops at once with a clear message instead of serving errors.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startDatabase } = await import("./lib/db/startup");
  await startDatabase();
  // The safety-flag escalation sweep and e-mail outbox (docs/decisions/0017-safety-flag-escalation.md).
  const { startSweep } = await import("./lib/safety-flags/sweep");
  startSweep();
}
