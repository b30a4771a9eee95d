import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";

/**
 * docs/security.md F1/F2 on PostgreSQL: with the database unreachable, the health check answers
 * "down" quickly; when it comes back, the same process recovers without a restart. A TCP relay
 * in front of the test database plays the network.
 */
const onPostgres = process.env.TEST_DATABASE_KIND === "postgres";

function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let accepting = true;
  const server = net.createServer((client) => {
    if (!accepting) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", close).on("close", close);
    upstream.on("error", close).on("close", close);
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port)),
      ),
    cut: () => {
      accepting = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore: () => {
      accepting = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!onPostgres)("database outage and recovery (F1/F2)", () => {
  const target = new URL(process.env.DATABASE_URL ?? "postgresql://localhost/none");
  const proxy = relay(target);

  afterAll(async () => {
    await proxy.close();
  });

  it("reports down within the timeout and recovers by itself", async () => {
    const port = await proxy.listen();
    const via = new URL(target);
    via.port = String(port);
    process.env.DATABASE_URL = via.toString();
    const { resetEnvCache } = await import("@/lib/env");
    resetEnvCache();
    const { closeDb } = await import("@/lib/db/client");
    await closeDb();
    const { pingDatabase } = await import("@/lib/db/health");

    // The first ping also opens the pool and loads the driver; on a busy machine that alone can pass
    // the default bound, and this line only establishes that the database is up.
    expect((await pingDatabase(30_000)).ok).toBe(true);

    proxy.cut();
    // Bounded by the ping's own timeout; a hang would fail the test by its timeout instead.
    const down = await pingDatabase(1_500);
    expect(down.ok).toBe(false);

    proxy.restore();
    let recovered = false;
    for (let i = 0; i < 20 && !recovered; i++) {
      recovered = (await pingDatabase(1_500)).ok;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered).toBe(true);
  });
});
