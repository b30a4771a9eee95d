/**
 * The same work as a page's main query, run directly with `pg` (no Prisma, no React, no auth,
 * no audit write): the floor the app's latency is compared with. Each query is timed sequentially
 * on one connection after a warm-up, and explained with EXPLAIN (ANALYZE, BUFFERS) so the report
 * shows which index each one uses.
 *
 * Only parameterized statements: values never go into the SQL text.
 */
import pg from "pg";
import { percentiles, type Percentiles } from "./http";

/**
 * Prisma stores DateTime as UTC in `timestamp(3)` columns (no zone). node-postgres would send a
 * Date as local time with an offset, which PostgreSQL ignores for such a column: send UTC instead.
 */
export function utc(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

/** Statement parameters as node-postgres should send them (Dates as UTC, see utc()). */
export function params(values: readonly unknown[] | undefined): unknown[] | undefined {
  return values?.map((v) => (v instanceof Date ? utc(v) : v));
}

/**
 * A pool for the benchmark's own queries: `timestamp` values are read as UTC and the session zone
 * is UTC, whatever the machine's zone, so that dates compare and round-trip as they do in the app.
 */
export function openPool(url: string, max = 4): pg.Pool {
  const getTypeParser = ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP && format !== "binary"
      ? (value: string) => new Date(`${value.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser;
  // jit=off as in the app's own sessions (lib/db/client.ts, ADR 0010), so the SQL column compares like with like.
  return new pg.Pool({ connectionString: url, max, options: "-c TimeZone=UTC -c jit=off", types: { getTypeParser } });
}

export interface SqlStatement {
  text: string;
  /** Parameters; Date values are sent as UTC (see utc()). */
  values?: unknown[];
}

/** What is timed: one statement, or a sequence of statements on one connection (e.g. a transaction). */
export type SqlWork =
  { kind: "query"; statement: SqlStatement } | { kind: "script"; run: (client: pg.ClientBase) => Promise<void> };

/** A Prisma.Sql as the app builds it: `text` has PostgreSQL's $1… placeholders, `values` the parameters. */
export interface PrismaSql {
  text: string;
  values: unknown[];
}

/** appStatements for one statement, labelled `what`. */
export function appStatement(what: string, statement: PrismaSql) {
  return appStatements(what, { [what]: statement });
}

/**
 * The SQL side of a scenario from the app's own statements (the very `Prisma.Sql` its domain
 * function sends): timed — one after another on one connection when there are several; the app
 * may run those in parallel on its pool, so the sum is an upper bound of the database's share —
 * and each one explained.
 */
export function appStatements(
  what: string,
  statements: Record<string, PrismaSql>,
): { sql: { what: string; work: SqlWork }; explain: { label: string; statement: SqlStatement }[] } {
  const explain = Object.entries(statements).map(([label, s]) => ({
    label,
    statement: { text: s.text, values: s.values },
  }));
  const [only] = explain;
  if (explain.length === 1 && only)
    return { sql: { what, work: { kind: "query", statement: only.statement } }, explain };
  return {
    sql: {
      what: `${what}: ${explain.length} statements in sequence`,
      work: {
        kind: "script",
        run: async (client) => {
          for (const { statement } of explain) await client.query(statement.text, params(statement.values));
        },
      },
    },
    explain,
  };
}

export interface PlanNode {
  type: string;
  relation?: string;
  index?: string;
  actualRows: number;
  loops: number;
  /** Rows read and discarded by the node's filter, over all its loops. */
  removedByFilter: number;
  depth: number;
}

export interface ExplainSummary {
  label: string;
  executionMs: number;
  planningMs: number;
  sharedHit: number;
  sharedRead: number;
  nodes: PlanNode[];
  /** "Seq Scan on Call" etc. and index scans that discard many rows. */
  findings: string[];
}

/** Tables that grow with the data; a sequential scan on one of them is a finding. */
const BIG_TABLES = new Set(["Call", "Task", "Patient", "AuditEvent", "PipelineEvent", "Screening"]);
/** An index scan that throws away this many rows per execution is not using its index for the filter. */
const FILTERED_ROWS_FINDING = 50_000;

/**
 * `reps` sequential runs after `warmup` unmeasured ones, stopping early (after at least 10) once
 * `budgetSeconds` are spent, so that a slow query does not take minutes.
 */
export async function timeSql(
  pool: pg.Pool,
  work: SqlWork,
  options: { reps: number; warmup: number; budgetSeconds: number },
): Promise<Percentiles> {
  const client = await pool.connect();
  try {
    const once = async () => {
      if (work.kind === "query") await client.query(work.statement.text, params(work.statement.values));
      else await work.run(client);
    };
    for (let i = 0; i < options.warmup; i++) await once();
    const samples: number[] = [];
    const deadline = performance.now() + options.budgetSeconds * 1000;
    for (let i = 0; i < options.reps; i++) {
      const started = performance.now();
      await once();
      samples.push(performance.now() - started);
      if (samples.length >= 10 && performance.now() > deadline) break;
    }
    return percentiles(samples);
  } finally {
    client.release();
  }
}

interface RawPlan {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: RawPlan[];
}

export async function explain(pool: pg.Pool, label: string, statement: SqlStatement): Promise<ExplainSummary> {
  const { rows } = await pool.query<{
    "QUERY PLAN": [{ Plan: RawPlan; "Execution Time": number; "Planning Time": number }];
  }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`, params(statement.values));
  const top = rows[0]?.["QUERY PLAN"][0];
  if (!top) throw new Error(`EXPLAIN returned nothing for ${label}`);
  const nodes: PlanNode[] = [];
  const walk = (plan: RawPlan, depth: number) => {
    nodes.push({
      type: plan["Node Type"],
      ...(plan["Relation Name"] ? { relation: plan["Relation Name"] } : {}),
      ...(plan["Index Name"] ? { index: plan["Index Name"] } : {}),
      actualRows: plan["Actual Rows"] ?? 0,
      loops: plan["Actual Loops"] ?? 1,
      // EXPLAIN reports per-loop averages (parallel workers, inner side of a nested loop): total them.
      removedByFilter: Math.round((plan["Rows Removed by Filter"] ?? 0) * (plan["Actual Loops"] ?? 1)),
      depth,
    });
    for (const child of plan.Plans ?? []) walk(child, depth + 1);
  };
  walk(top.Plan, 0);
  const findings: string[] = [];
  for (const node of nodes) {
    if (node.type === "Seq Scan" && node.relation && BIG_TABLES.has(node.relation)) {
      findings.push(
        `Seq Scan on "${node.relation}" (${node.removedByFilter.toLocaleString("en-US")} rows read and discarded)`,
      );
    } else if (node.relation && BIG_TABLES.has(node.relation) && node.removedByFilter >= FILTERED_ROWS_FINDING) {
      findings.push(
        `${node.type}${node.index ? ` using ${node.index}` : ""} on "${node.relation}" discards ${node.removedByFilter.toLocaleString("en-US")} rows by filter`,
      );
    }
  }
  return {
    label,
    executionMs: top["Execution Time"],
    planningMs: top["Planning Time"],
    sharedHit: top.Plan["Shared Hit Blocks"] ?? 0,
    sharedRead: top.Plan["Shared Read Blocks"] ?? 0,
    nodes,
    findings,
  };
}

/** The plan as indented lines: `Index Scan Backward using Call_startedAt_id_idx on Call (rows 51, filtered 0)`. */
export function formatPlan(summary: ExplainSummary): string[] {
  const lines = summary.nodes.map((n) => {
    const where = `${n.index ? ` using ${n.index}` : ""}${n.relation ? ` on ${n.relation}` : ""}`;
    const rows = `rows ${n.actualRows.toLocaleString("en-US")}${n.loops > 1 ? ` ×${n.loops} loops` : ""}${n.removedByFilter ? `, ${n.removedByFilter.toLocaleString("en-US")} removed by filter` : ""}`;
    return `${"  ".repeat(n.depth)}${n.type}${where} (${rows})`;
  });
  lines.push(
    `execution ${summary.executionMs.toFixed(2)} ms, planning ${summary.planningMs.toFixed(2)} ms, buffers hit ${summary.sharedHit} read ${summary.sharedRead}`,
  );
  return lines;
}
