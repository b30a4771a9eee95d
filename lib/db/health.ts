import { describeTarget } from "./config";
import { connectDb } from "./client";

/**
 * A bounded database ping for /api/health (docs/security.md F1/F2): a dead database answers within
 * `timeoutMs`, and because the pool reconnects on its own, the next ping after the database
 * returns succeeds without a restart.
 */
export async function pingDatabase(
  timeoutMs = 2_000,
): Promise<{ ok: true; latencyMs: number; database: string } | { ok: false; database: string }> {
  const started = performance.now();
  let database = "unknown";
  let timer: NodeJS.Timeout | undefined;
  try {
    const ping = (async () => {
      const { db, target } = await connectDb();
      database = describeTarget(target).split(" ")[0] ?? "unknown";
      await db.$queryRaw`SELECT 1`;
    })();
    await Promise.race([
      ping,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started), database };
  } catch {
    return { ok: false, database };
  } finally {
    clearTimeout(timer);
  }
}
