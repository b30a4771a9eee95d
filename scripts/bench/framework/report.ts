/**
 * The results: an aligned table on stdout (scenario | app p50 | p95 | p99 | req/s | SQL p50 |
 * SQL p95 | app/SQL), the EXPLAIN summaries and findings, and the whole run as JSON in
 * bench-results/<suite>-<timestamp>.json (gitignored).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { HttpResult, Percentiles } from "./http";
import { type ExplainSummary, formatPlan } from "./sql";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
export const RESULTS_DIR = path.join(ROOT, "bench-results");

export interface ScenarioResult {
  suite: string;
  name: string;
  description: string;
  /** How the app side was measured: an HTTP load run, or the domain function in-process. */
  app:
    | ({ kind: "http"; target: string } & HttpResult)
    | ({ kind: "in-process"; target: string; rps: number } & Percentiles)
    | null;
  sql: (Percentiles & { reps: number; what: string }) | null;
  explains: ExplainSummary[];
  notes: string[];
}

export interface RunInfo {
  startedAt: Date;
  finishedAt: Date;
  suites: string[];
  database: { name: string; calls: number; reused: boolean; setupSeconds: number };
  buildSeconds: number;
  settings: { connections: number; durationSeconds: number; sqlReps: number; port: number };
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; postgres: string };
  /** 1-minute load average at the start and the end: other work on the machine skews the figures. */
  load: { start: number; end: number };
}

const ms = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? "—" : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);

function table(rows: string[][], rightAligned: boolean[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r, rowIndex) => {
    const line = r
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
    return rowIndex === 0 ? `${line}\n${widths.map((w) => "─".repeat(w)).join("  ")}` : line;
  });
}

/** App p50 under load (the autocannon run) over the direct SQL's p50. */
export function ratio(result: ScenarioResult): number | null {
  if (!result.app || !result.sql || !(result.sql.p50 > 0)) return null;
  return result.app.p50 / result.sql.p50;
}

/** App p50 of one request at a time (no queueing) — sequential in-process calls are that already. */
export function serialP50(result: ScenarioResult): number | undefined {
  if (!result.app) return undefined;
  return result.app.kind === "http" ? result.app.serial.p50 : result.app.p50;
}

export function serialRatio(result: ScenarioResult): number | null {
  const serial = serialP50(result);
  if (serial === undefined || !result.sql || !(result.sql.p50 > 0)) return null;
  return serial / result.sql.p50;
}

const times = (q: number | null) => (q === null ? "—" : `${q >= 10 ? q.toFixed(0) : q.toFixed(1)}×`);

export function printReport(info: RunInfo, results: ScenarioResult[], log: (line: string) => void): void {
  const header = [
    "scenario",
    "app",
    "app p50",
    "p95",
    "p99",
    "req/s",
    "1-conn p50",
    "SQL p50",
    "SQL p95",
    "app/SQL",
    "1-conn/SQL",
  ];
  const rows = results.map((r) => {
    return [
      `${r.suite}.${r.name}`,
      r.app ? (r.app.kind === "http" ? `http×${r.app.connections}` : "in-process×1") : "—",
      ms(r.app?.p50),
      ms(r.app?.p95),
      ms(r.app?.p99),
      r.app ? r.app.rps.toFixed(r.app.rps >= 100 ? 0 : 1) : "—",
      ms(serialP50(r)),
      ms(r.sql?.p50),
      ms(r.sql?.p95),
      times(ratio(r)),
      times(serialRatio(r)),
    ];
  });
  log("");
  log(
    `Results (ms; ${info.database.calls.toLocaleString("en-US")} calls in ${info.database.name}; HTTP: ${info.settings.connections} connections × ${info.settings.durationSeconds} s; SQL: up to ${info.settings.sqlReps} sequential runs (≤ 8 s) on one idle connection)`,
  );
  for (const line of table([header, ...rows], [false, false, true, true, true, true, true, true, true, true, true]))
    log(line);
  log(
    "app/SQL: app p50 under load ÷ SQL p50; 1-conn/SQL: app p50 of sequential requests ÷ SQL p50 (the app's own overhead).",
  );
  log(
    `machine: ${info.machine.cpus} CPUs (${info.machine.cpuModel}), ${info.machine.memoryGb} GB, ${info.machine.postgres}, Node ${info.machine.node}; load average ${info.load.start.toFixed(1)} at the start, ${info.load.end.toFixed(1)} at the end`,
  );

  const problems = results.filter((r) => r.app?.kind === "http" && r.app.unexpected > 0);
  for (const r of problems) {
    if (r.app?.kind === "http")
      log(
        `  ! ${r.suite}.${r.name}: ${r.app.unexpected} unexpected responses/errors ${JSON.stringify(r.app.statuses)}`,
      );
  }

  log("");
  log("Query plans (EXPLAIN ANALYZE, BUFFERS) of the direct SQL:");
  for (const r of results) {
    for (const e of r.explains) {
      log(`  ${r.suite}.${r.name} — ${e.label}`);
      for (const line of formatPlan(e)) log(`      ${line}`);
    }
  }

  const findings = results.flatMap((r) =>
    r.explains.flatMap((e) => e.findings.map((f) => `${r.suite}.${r.name} (${e.label}): ${f}`)),
  );
  const notes = results.flatMap((r) => r.notes.map((n) => `${r.suite}.${r.name}: ${n}`));
  log("");
  if (findings.length === 0)
    log("Findings: no sequential scan of a large table and no index scan discarding ≥ 50 000 rows.");
  else {
    log("FINDINGS (queries not served by an index):");
    for (const f of findings) log(`  ! ${f}`);
  }
  for (const n of notes) log(`  note: ${n}`);
}

export function writeResults(info: RunInfo, results: ScenarioResult[]): string {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = info.startedAt.toISOString().replace(/[:.]/g, "-");
  const file = path.join(RESULTS_DIR, `${info.suites.join("+")}-${stamp}.json`);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ ...info, results: results.map((r) => ({ ...r, appOverSqlP50: ratio(r), serialAppOverSqlP50: serialRatio(r) })) }, null, 2)}\n`,
  );
  return path.relative(ROOT, file);
}

export function machineInfo(postgres: string): RunInfo["machine"] {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    postgres,
  };
}

/** The one-line summary printed last. */
export function summaryLine(info: RunInfo, results: ScenarioResult[], file: string): string {
  const seconds = Math.round((info.finishedAt.getTime() - info.startedAt.getTime()) / 1000);
  const http = results.filter((r) => r.app?.kind === "http");
  const worst = http.reduce<ScenarioResult | null>(
    (w, r) => (r.app && (!w?.app || r.app.p95 > w.app.p95) ? r : w),
    null,
  );
  const findings = results.reduce((n, r) => n + r.explains.reduce((m, e) => m + e.findings.length, 0), 0);
  const failures = http.reduce((n, r) => n + (r.app?.kind === "http" ? r.app.unexpected : 0), 0);
  return (
    `bench: ${results.length} scenarios on ${info.database.calls.toLocaleString("en-US")} calls in ${seconds} s; ` +
    (worst?.app ? `slowest app p95 ${ms(worst.app.p95)} ms (${worst.suite}.${worst.name}); ` : "") +
    `${findings} plan finding${findings === 1 ? "" : "s"}; ${failures} unexpected response${failures === 1 ? "" : "s"}; results in ${file}`
  );
}
