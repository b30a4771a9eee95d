/**
 * The runner: sets up the database, the build, the server and the session once, then measures
 * each scenario — direct SQL timing and EXPLAIN, then the app over HTTP (autocannon) or
 * in-process — and reports. Knows suites only through framework/suite.ts.
 */
import os from "node:os";
import { ensureBenchDatabase, prepareLogin } from "./database";
import { loadTest, percentiles, SESSION_COOKIE, signIn } from "./http";
import { machineInfo, printReport, type RunInfo, type ScenarioResult, summaryLine, writeResults } from "./report";
import { type BenchServer, ensureBuild, startServer } from "./server";
import { explain, openPool, timeSql } from "./sql";
import type { Scenario, Settings, Suite, SuiteContext } from "./suite";

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** Unmeasured requests before each load run, then timed sequential ones (the "1-conn" column). */
const HTTP_WARMUP = 5;
const HTTP_SERIAL = 15;

async function runScenario(suite: Suite, scenario: Scenario, ctx: SuiteContext): Promise<ScenarioResult> {
  const { settings, pool, log } = ctx;
  const id = `${suite.name}.${scenario.name}`;
  const result: ScenarioResult = {
    suite: suite.name,
    name: scenario.name,
    description: scenario.description,
    app: null,
    sql: null,
    explains: [],
    notes: scenario.notes ?? [],
  };

  if (scenario.sql) {
    const timed = await timeSql(pool, scenario.sql.work, { reps: settings.sqlReps, warmup: 5, budgetSeconds: 8 });
    result.sql = { ...timed, reps: timed.samples, what: scenario.sql.what };
  }
  for (const e of scenario.explain ?? []) result.explains.push(await explain(pool, e.label, e.statement));

  const since = new Date();
  if (scenario.http) {
    const run = await loadTest({
      origin: ctx.origin,
      jar: scenario.jar ?? ctx.jar,
      spec: scenario.http,
      connections: settings.connections,
      durationSeconds: settings.durationSeconds,
      warmup: HTTP_WARMUP,
      serial: HTTP_SERIAL,
      ...(scenario.http.cookies ? { cookies: scenario.http.cookies } : {}),
    });
    result.app = { kind: "http", target: `${scenario.http.method ?? "GET"} ${scenario.http.path}`, ...run };
  } else if (scenario.inProcess) {
    const iterations = settings.sqlReps;
    for (let i = 0; i < Math.min(20, iterations); i++) await scenario.inProcess.run();
    const samples: number[] = [];
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      await scenario.inProcess.run();
      samples.push(performance.now() - t);
    }
    result.app = {
      kind: "in-process",
      target: scenario.inProcess.target,
      ...percentiles(samples),
      rps: iterations / ((performance.now() - started) / 1000),
    };
  }
  if (scenario.verify && result.app?.kind === "http") {
    const succeeded = HTTP_WARMUP + HTTP_SERIAL + result.app.requests - result.app.unexpected;
    const problem = await scenario.verify(since, succeeded, settings.connections);
    if (problem) {
      result.app.unexpected += 1;
      result.notes.push(`VERIFY FAILED: ${problem}`);
    } else {
      result.notes.push(`verified: every successful response saved a call (${succeeded.toLocaleString("en-US")})`);
    }
  }

  const app = !result.app
    ? "no app run"
    : `app p50 ${fmt(result.app.p50)} / p95 ${fmt(result.app.p95)} / p99 ${fmt(result.app.p99)} ms, ${fmt(result.app.rps)} req/s` +
      (result.app.kind === "http"
        ? ` (1 connection: p50 ${fmt(result.app.serial.p50)} ms; ${(result.app.bytes / 1024).toFixed(0)} KB/response on the wire)`
        : "");
  const sql = result.sql ? `SQL p50 ${fmt(result.sql.p50)} / p95 ${fmt(result.sql.p95)} ms` : "no SQL";
  const bad =
    result.app?.kind === "http" && result.app.unexpected > 0
      ? ` — ${result.app.unexpected} UNEXPECTED ${JSON.stringify(result.app.statuses)}`
      : "";
  const found = result.explains.flatMap((e) => e.findings);
  log(`  ${id}: ${app}; ${sql}${found.length ? ` — plan: ${found.join("; ")}` : ""}${bad}`);
  return result;
}

/**
 * One benchmark run: database (create/seed or reuse) → build (.next-bench, when sources changed)
 * → start the server → sign in → every scenario of every suite → stop the server → the table and
 * bench-results/*.json. Resolves to the number of HTTP scenarios that got unexpected answers.
 */
export async function runBench(suites: Suite[], settings: Settings): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const log = (line: string) => console.log(line);
  log(
    `bench: ${suites.map((s) => s.name).join(", ")} — ${settings.calls.toLocaleString("en-US")} calls, ${settings.connections} connections × ${settings.durationSeconds} s per HTTP scenario`,
  );

  const db = await ensureBenchDatabase({
    calls: settings.calls,
    fresh: settings.fresh,
    serverUrl: settings.serverUrl,
    log,
  });
  const buildSeconds = await ensureBuild({ force: settings.rebuild, skip: settings.noBuild, log });
  const login = await prepareLogin(db.url);
  log(`login: ${login.email} (${login.role}) with a password set for this run`);

  const pool = openPool(db.url);
  let server: BenchServer | undefined;
  const results: ScenarioResult[] = [];
  try {
    const { rows } = await pool.query<{ server_version: string }>("SHOW server_version");
    server = await startServer({ port: settings.port, databaseUrl: db.url, log });
    const jar = await signIn(server.origin, login);
    log(`signed in as ${login.email} (session cookie ${SESSION_COOKIE})`);

    for (const suite of suites) {
      log(`suite ${suite.name}: ${suite.description}`);
      const ctx: SuiteContext = { settings, db, pool, login, origin: server.origin, jar, log };
      try {
        const scenarios = (await suite.scenarios(ctx)).filter(
          (s) => settings.only.length === 0 || settings.only.some((o) => `${suite.name}.${s.name}`.includes(o)),
        );
        for (const scenario of scenarios) results.push(await runScenario(suite, scenario, ctx));
      } finally {
        await suite.cleanup?.();
      }
    }
    await server.stop();
    server = undefined;

    const info: RunInfo = {
      startedAt,
      finishedAt: new Date(),
      suites: suites.map((s) => s.name),
      database: { name: db.name, calls: db.calls, reused: db.reused, setupSeconds: Math.round(db.setupSeconds) },
      buildSeconds: Math.round(buildSeconds),
      settings: {
        connections: settings.connections,
        durationSeconds: settings.durationSeconds,
        sqlReps: settings.sqlReps,
        port: settings.port,
      },
      machine: machineInfo(`PostgreSQL ${rows[0]?.server_version ?? "?"}`),
      load: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
    };
    printReport(info, results, log);
    const file = writeResults(info, results);
    log("");
    log(summaryLine(info, results, file));
    return results.filter((r) => r.app?.kind === "http" && r.app.unexpected > 0).length;
  } catch (error) {
    if (server) log(`server output (last lines):\n${server.tail()}`);
    throw error;
  } finally {
    await server?.stop();
    await pool.end();
  }
}
