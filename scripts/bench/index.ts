/**
 * Benchmarks against a production build and a large demo database (docs/benchmarks.md).
 *
 *   npm run bench                     every suite
 *   npm run bench:calls               the calls suite
 *   npm run bench -- calls --calls 100000 --duration 5
 *
 * Options:
 *   --calls N          calls in the demo database (default 1 000 000); database intake_bench_<N>
 *   --fresh            drop and reseed the database even when it could be reused
 *   --duration S       seconds per HTTP load run (default 10)
 *   --connections C    concurrent connections per HTTP load run (default 10)
 *   --sql-reps N       sequential runs of each direct SQL statement (default 200, at most ~8 s each)
 *   --port P           port for `next start` (default 3200; the e2e suite uses 3100)
 *   --only TEXT        only scenarios whose name contains TEXT (repeatable)
 *   --rebuild          build even when .next-bench looks current; --no-build: never build
 *   --pg URL           the PostgreSQL server (default postgresql://postgres@127.0.0.1:5432/postgres)
 *
 * Steps: database (create/seed or reuse) → build (.next-bench, when sources changed) → start the
 * server → sign in → per scenario: direct SQL timing + EXPLAIN, then the app (autocannon over
 * HTTP, or the domain function in-process) → stop the server → table + bench-results/*.json.
 *
 * Adding a suite (dashboard and reports): write a `Suite` whose `scenarios(ctx)` returns
 * the pages to load and the SQL they amount to, and add it to SUITES below.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { type BenchDatabase, type BenchLogin, DEFAULT_SERVER_URL, ensureBenchDatabase, prepareLogin } from "./database";
import {
  type CookieJar,
  type HttpRequestSpec,
  loadTest,
  percentiles,
  request,
  SESSION_COOKIE,
  serverActionBody,
  signIn,
} from "./http";
import { machineInfo, printReport, type RunInfo, type ScenarioResult, summaryLine, writeResults } from "./report";
import { type BenchServer, DIST_DIR, ensureBuild, startServer } from "./server";
import { reportsSuite } from "./reports-suite";
import { explain, openPool, type SqlStatement, type SqlWork, timeSql, utc } from "./sql";

// ───────────────────────────── framework ─────────────────────────────

interface Settings {
  calls: number;
  fresh: boolean;
  durationSeconds: number;
  connections: number;
  sqlReps: number;
  port: number;
  only: string[];
  rebuild: boolean;
  noBuild: boolean;
  serverUrl: string;
}

export interface SuiteContext {
  settings: Settings;
  db: BenchDatabase;
  pool: pg.Pool;
  login: BenchLogin;
  origin: string;
  jar: CookieJar;
  log: (line: string) => void;
}

/** One measured thing: the app side (HTTP or in-process) and the SQL it amounts to. */
export interface Scenario {
  name: string;
  description: string;
  http?: HttpRequestSpec & { cookies?: Record<string, string> };
  /** Signed in as someone else than the suite's default login (e.g. an administrator). */
  jar?: CookieJar;
  /** A domain function called directly (no HTTP, no rendering), sequentially. */
  inProcess?: { target: string; run: () => Promise<void> };
  /** The same work as direct SQL, timed. */
  sql?: { what: string; work: SqlWork };
  /** Statements to EXPLAIN (ANALYZE, BUFFERS). */
  explain?: { label: string; statement: SqlStatement }[];
  /**
   * After the app run: proves the requests did their work (a server action answers 200 even when
   * it refuses the input). Gets the start of the app run and the successful responses (at most
   * `slack` more may have completed on the server after the client stopped counting).
   */
  verify?: (since: Date, succeeded: number, slack: number) => Promise<string | null>;
  notes?: string[];
}

export interface Suite {
  name: string;
  description: string;
  scenarios(ctx: SuiteContext): Promise<Scenario[]>;
  /** Called once after the suite's scenarios ran (e.g. to close an in-process database client). */
  cleanup?(): Promise<void>;
}

// ───────────────────────────── the calls suite ─────────────────────────────

const CALL_LIST_SQL = `SELECT c.id, c."startedAt", c.direction, c.source, c.status, c."fromNumber", c."callerName", c.disposition,
       c."durationSeconds", pl.label AS "lineLabel", u.name AS "loggedByName", rs.name AS "sourceName",
       p.id AS "patientId", p."firstName", p."lastName"
  FROM "Call" c
  LEFT JOIN "PhoneLine" pl ON pl.id = c."phoneLineId"
  LEFT JOIN "User" u ON u.id = c."loggedById"
  LEFT JOIN "ReferralSource" rs ON rs.id = c."referralSourceId"
  LEFT JOIN "Patient" p ON p.id = c."patientId"`;

interface ListFilter {
  from?: Date;
  to?: Date;
  disposition?: string;
  /** Name search: `contains`, case-insensitive, on the caller's and the care recipient's name. */
  name?: string;
  after?: { at: Date; id: string };
  /**
   * The keyset condition. Default ("bounded-or") is what the app runs: `startedAt <= cursor` beside
   * the OR Prisma generates for { OR: [{ startedAt: { lt } }, { startedAt, id: { lt } }] }. "or"
   * (the plain OR, before the fix) and "row" are shown for comparison.
   */
  keyset?: "or" | "row" | "bounded-or";
}

/**
 * The SQL `listCalls` (lib/calls/queries.ts) amounts to: `callWhere(filter)`, newest first,
 * CALLS_PAGE_SIZE + 1 rows, with the four relations the list shows joined in (Prisma fetches them
 * with four small follow-up queries instead).
 */
function callListStatement(filter: ListFilter): SqlStatement {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const and: string[] = [];
  if (filter.from) and.push(`c."startedAt" >= ${param(filter.from)}`);
  if (filter.to) and.push(`c."startedAt" < ${param(filter.to)}`);
  if (filter.disposition) and.push(`c.disposition = ${param(filter.disposition)}::"CallDisposition"`);
  if (filter.name) {
    const like = param(`%${filter.name.replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    and.push(`(c."callerName" ILIKE ${like} OR c."careRecipientName" ILIKE ${like})`);
  }
  if (filter.after) {
    const at = param(filter.after.at);
    const id = param(filter.after.id);
    const or = `(c."startedAt" < ${at} OR (c."startedAt" = ${at} AND c.id < ${id}::uuid))`;
    if (filter.keyset === "row") and.push(`(c."startedAt", c.id) < (${at}, ${id}::uuid)`);
    else if (filter.keyset !== "or")
      and.push(`c."startedAt" <= ${at}`, or); // what the app runs (bounded OR)
    else and.push(or);
  }
  return {
    text: `${CALL_LIST_SQL}${and.length ? `\n WHERE ${and.join(" AND ")}` : ""}\n ORDER BY c."startedAt" DESC, c.id DESC\n LIMIT 51`,
    values,
  };
}

/** The SQL `listCallbacks` amounts to: open CALLBACK tasks by due time, 200, with their relations. */
function callbacksStatement(assigneeId?: string): SqlStatement {
  return {
    text: `SELECT t.id, t."dueAt", t.note, a.id AS "assigneeId", a.name AS "assigneeName",
       c.id AS "callId", c."fromNumber", c."callerName", c."okToLeaveVoicemail" AS "callVoicemail", c."okToNameCenter" AS "callName", c."okToText" AS "callText",
       p.id AS "patientId", p."firstName", p."lastName", p.phone, p."okToLeaveVoicemail", p."okToNameCenter", p."okToText"
  FROM "Task" t
  LEFT JOIN "User" a ON a.id = t."assigneeId"
  LEFT JOIN "Call" c ON c.id = t."callId"
  LEFT JOIN "Patient" p ON p.id = t."patientId"
 WHERE t.kind = 'CALLBACK' AND t.status = 'OPEN'${assigneeId ? ` AND t."assigneeId" = $1::uuid` : ""}
 ORDER BY t."dueAt" ASC, t.id ASC
 LIMIT 200`,
    values: assigneeId ? [assigneeId] : [],
  };
}

/** A fictional number (617-555-0100…0199) per saved call, as different callers would have. */
function benchPhone(): string {
  return `+1617555${String(100 + crypto.randomInt(100)).padStart(4, "0")}`;
}
const BENCH_NOTE = "Benchmark call (scripts/bench): safe to ignore.";

/** The form fields of "Log a call" with only what a quick call needs. */
function logCallFields(): Record<string, string> {
  return {
    clientKey: crypto.randomUUID(),
    fromNumber: benchPhone(), // E.164 input; the form also accepts "(617) 555-0142"
    callerName: "Bench Caller",
    callerRelation: "SELF",
    careFor: "SELF",
    reason: "INFORMATION_ONLY",
    direction: "INBOUND",
    disposition: "INFORMATION_ONLY",
    notes: BENCH_NOTE,
  };
}

/**
 * The statements `logCall` runs for that input, on one connection in one transaction: the
 * double-submit check, the main line, the phone-system call to merge with, the insert, the audit row.
 */
function logCallSql(actor: BenchLogin): SqlWork {
  return {
    kind: "script",
    run: async (client) => {
      const clientKey = crypto.randomUUID();
      const now = new Date();
      const phone = benchPhone();
      await client.query("BEGIN");
      try {
        await client.query(`SELECT id, "patientId" FROM "Call" WHERE "clientKey" = $1 LIMIT 1`, [clientKey]);
        const line = await client.query<{ id: string }>(`SELECT id FROM "PhoneLine" WHERE "isMain" AND active LIMIT 1`);
        const lookup = mergeLookup(now, phone);
        await client.query(
          lookup.text,
          lookup.values?.map((v) => (v instanceof Date ? utc(v) : v)),
        );
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO "Call" (id, direction, source, status, "phoneLineId", "startedAt", "fromNumber", "callerName", "callerRelation", "callerIsPatient",
             reason, "okToLeaveVoicemail", "okToNameCenter", "okToText", "clientKey", disposition, "loggedAt", notes, "loggedById", "updatedAt")
           VALUES (gen_random_uuid(), 'INBOUND', 'MANUAL', 'COMPLETED', $1, $2, $3, 'Bench Caller', 'SELF', true, 'INFORMATION_ONLY', false, false, false, $4,
             'INFORMATION_ONLY', $2, $5, $6, $2) RETURNING id`,
          [line.rows[0]?.id ?? null, utc(now), phone, clientKey, BENCH_NOTE, actor.id],
        );
        await client.query(
          `INSERT INTO "AuditEvent" ("actorId", "actorRole", action, "entityType", "entityId", detail) VALUES ($1, 'COORDINATOR', 'call.log', 'Call', $2, $3)`,
          [actor.id, inserted.rows[0]?.id, JSON.stringify({ disposition: "INFORMATION_ONLY", merged: false })],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
}

/** logCall's search for an unlogged phone-system call from the same number within ±15 minutes. */
function mergeLookup(at: Date, phone: string): SqlStatement {
  return {
    text: `SELECT id, source, disposition, version, "startedAt" FROM "Call"
 WHERE source = 'TELEPHONY' AND disposition IS NULL AND "fromNumber" = $1 AND "startedAt" >= $2 AND "startedAt" <= $3
 ORDER BY "startedAt" DESC LIMIT 1`,
    values: [phone, new Date(at.getTime() - 15 * 60_000), new Date(at.getTime() + 15 * 60_000)],
  };
}

function decodeHtml(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

function minusDays(ymd: string, days: number): string {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function logCallActionId(): string {
  const manifest = path.resolve(import.meta.dirname, "..", "..", DIST_DIR, "server", "server-reference-manifest.json");
  const parsed = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(parsed.node).find(
    ([, v]) => v.exportedName === "logCallAction" && v.filename === "app/(app)/calls/actions.ts",
  );
  if (!found) throw new Error(`logCallAction not found in ${path.relative(process.cwd(), manifest)}`);
  return found[0];
}

let closeInProcessDb: (() => Promise<void>) | undefined;

const callsSuite: Suite = {
  name: "calls",
  description: "Calls list, filters, search, callback queues and saving a call",
  async scenarios(ctx) {
    const { pool, login, origin, jar } = ctx;
    // The app reads DATABASE_URL when its database client first opens (in-process scenario).
    process.env.DATABASE_URL = ctx.db.url;
    const { startOfZonedDay, zonedDay } = await import("@/lib/dates/zone");
    const { nextDay } = await import("@/lib/dates/days");

    // Parameters taken from the data.
    const today = zonedDay(new Date());
    const from = minusDays(today, 30);
    const { rows: mid } = await pool.query<{ startedAt: Date; id: string }>(
      `SELECT "startedAt", id FROM "Call" ORDER BY "startedAt" DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(ctx.db.calls / 2)],
    );
    const deep = mid[0];
    if (!deep) throw new Error("the database has no calls");
    const deepCursor = `${deep.startedAt.getTime()}_${deep.id}`;
    // A last name of median frequency among last month's callers (not the benchmark's own calls): a typical search.
    const { rows: names } = await pool.query<{ last: string }>(
      `SELECT split_part("callerName", ' ', 2) AS last, count(*) AS n FROM "Call"
        WHERE "startedAt" > now() - interval '30 days' AND "callerName" LIKE '% %' AND notes IS DISTINCT FROM $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
      [BENCH_NOTE],
    );
    const searchName = names[Math.floor(names.length / 2)]?.last ?? "Smith";
    const missName = "Qzxwvy"; // a typo: matches nothing, so the whole table is searched

    // Page 2 exactly as a coordinator reaches it: the "Older calls" link of the first page.
    const first = await request(origin, jar, { path: "/calls" });
    const href = /<a[^>]*href="(\/calls\?[^"]*after=[^"]*)"[^>]*>Older calls<\/a>/.exec(first.body)?.[1];
    if (first.status !== 200 || !href)
      throw new Error(`/calls: HTTP ${first.status}, no "Older calls" link in the page`);
    const page2Path = decodeHtml(href);
    const page2Cursor = new URLSearchParams(page2Path.split("?")[1]).get("after") ?? "";
    const [page2Ms, page2Id] = page2Cursor.split("_");
    const page2After = { at: new Date(Number(page2Ms)), id: page2Id ?? "" };

    const listPage = /Calls, newest first/;
    const callbacksPage = /Callback queues/;
    const actionId = logCallActionId();
    const boundary = `----intakebench${crypto.randomBytes(8).toString("hex")}`;

    // In-process: the domain function with the app's own schema, database client and audit.
    const { LogCallSchema } = await import("@/lib/calls/schemas");
    const { logCall } = await import("@/lib/calls/log-call");
    const { closeDb } = await import("@/lib/db/client");
    closeInProcessDb = closeDb;
    const actor = {
      id: login.id,
      role: "COORDINATOR" as const,
      name: login.name,
      email: login.email,
      sessionId: crypto.randomUUID(),
      mustChangePassword: false,
      request: { ip: "127.0.0.1", userAgent: "intake-bench", requestId: null },
    };

    const keysetNote = "the app adds startedAt <= cursor beside the keyset OR, so the index scan starts at the cursor";
    return [
      {
        name: "list",
        description: "GET /calls: the first page, newest first",
        http: { path: "/calls", expectBody: listPage },
        sql: { what: "first page", work: { kind: "query", statement: callListStatement({}) } },
        explain: [{ label: "first page", statement: callListStatement({}) }],
      },
      {
        name: "page-2",
        description: 'GET the first page\'s "Older calls" link',
        http: { path: page2Path, expectBody: listPage },
        sql: { what: "page 2 (keyset)", work: { kind: "query", statement: callListStatement({ after: page2After }) } },
        explain: [{ label: "page 2 (keyset)", statement: callListStatement({ after: page2After }) }],
      },
      {
        name: "deep-page",
        description: `GET /calls?after=<cursor half-way through the table> (call ${Math.floor(ctx.db.calls / 2).toLocaleString("en-US")})`,
        http: { path: `/calls?after=${deepCursor}`, expectBody: listPage },
        sql: {
          what: "deep page (keyset)",
          work: { kind: "query", statement: callListStatement({ after: { at: deep.startedAt, id: deep.id } }) },
        },
        explain: [
          {
            label: "deep page, as the app queries it",
            statement: callListStatement({ after: { at: deep.startedAt, id: deep.id } }),
          },
          {
            label: "deep page, BEFORE the fix (plain OR, not what the app runs now)",
            statement: callListStatement({ after: { at: deep.startedAt, id: deep.id }, keyset: "or" }),
          },
          {
            label: "deep page, ALTERNATIVE (not what the app runs): row comparison (startedAt, id) < (…)",
            statement: callListStatement({ after: { at: deep.startedAt, id: deep.id }, keyset: "row" }),
          },
        ],
        notes: [keysetNote],
      },
      {
        name: "filtered",
        description: `GET /calls?disposition=NO_ANSWER&from=${from}&to=${today}`,
        http: { path: `/calls?disposition=NO_ANSWER&from=${from}&to=${today}`, expectBody: listPage },
        sql: {
          what: "disposition + 30 days",
          work: {
            kind: "query",
            statement: callListStatement({
              disposition: "NO_ANSWER",
              from: startOfZonedDay(from),
              to: startOfZonedDay(nextDay(today)),
            }),
          },
        },
        explain: [
          {
            label: "disposition + 30 days",
            statement: callListStatement({
              disposition: "NO_ANSWER",
              from: startOfZonedDay(from),
              to: startOfZonedDay(nextDay(today)),
            }),
          },
        ],
      },
      {
        name: "search-name",
        description: `GET /calls with the search cookie set to "${searchName}" (a last name of median frequency)`,
        http: { path: "/calls", cookies: { "intake.calls-search": searchName }, expectBody: listPage },
        sql: {
          what: `name contains "${searchName}"`,
          work: { kind: "query", statement: callListStatement({ name: searchName }) },
        },
        explain: [{ label: `name contains "${searchName}"`, statement: callListStatement({ name: searchName }) }],
      },
      {
        name: "search-miss",
        description: `GET /calls with the search cookie set to "${missName}" (matches nothing: the worst case)`,
        http: { path: "/calls", cookies: { "intake.calls-search": missName }, expectBody: /No calls match/ },
        sql: {
          what: `name contains "${missName}"`,
          work: { kind: "query", statement: callListStatement({ name: missName }) },
        },
        explain: [{ label: `name contains "${missName}"`, statement: callListStatement({ name: missName }) }],
        notes: ["name search is ILIKE '%…%' on two columns: no B-tree index can serve it"],
      },
      {
        name: "callbacks-all",
        description: "GET /calls/callbacks?view=all: every open callback by due time",
        http: { path: "/calls/callbacks?view=all", expectBody: callbacksPage },
        sql: { what: "open callbacks", work: { kind: "query", statement: callbacksStatement() } },
        explain: [{ label: "open callbacks", statement: callbacksStatement() }],
      },
      {
        name: "callbacks-mine",
        description: `GET /calls/callbacks?view=mine as ${login.email}`,
        http: { path: "/calls/callbacks?view=mine", expectBody: callbacksPage },
        sql: { what: "my open callbacks", work: { kind: "query", statement: callbacksStatement(login.id) } },
        explain: [{ label: "my open callbacks", statement: callbacksStatement(login.id) }],
      },
      {
        name: "save-http",
        description:
          "POST /calls/new, the logCallAction server action (number, name, reason, disposition); answers with the redirect to the saved call",
        http: {
          path: "/calls/new",
          method: "POST",
          headers: {
            "next-action": actionId,
            accept: "text/x-component",
            origin,
            "content-type": `multipart/form-data; boundary=${boundary}`,
          },
          body: () => serverActionBody(boundary, logCallFields()),
          expectStatus: [200, 303],
          expectBody: /saved=logged/,
        },
        verify: async (since, succeeded, slack) => {
          const { rows } = await pool.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "Call" WHERE "loggedById" = $1 AND notes = $2 AND "createdAt" >= $3 AND "clientKey" IS NOT NULL`,
            [login.id, BENCH_NOTE, utc(since)],
          );
          const saved = rows[0]?.n ?? 0;
          return saved >= succeeded && saved <= succeeded + slack
            ? null
            : `${succeeded} successful responses but ${saved} calls saved`;
        },
        sql: { what: "the transaction logCall runs", work: logCallSql(login) },
        explain: [
          {
            label: "merge lookup (unlogged phone-system call, same number, ±15 min)",
            statement: mergeLookup(new Date(), benchPhone()),
          },
        ],
        notes: ["save-http includes the redirect: Next renders the saved call's page in the same response"],
      },
      {
        name: "save-in-process",
        description:
          "logCall(actor, LogCallSchema.parse(fields)) called directly: validation + domain transaction, no HTTP",
        inProcess: {
          target: "lib/calls/log-call.ts logCall",
          run: async () => {
            const result = await logCall(actor, LogCallSchema.parse(logCallFields()));
            if (result.duplicate) throw new Error("logCall treated a fresh clientKey as a duplicate");
          },
        },
        sql: { what: "the transaction logCall runs", work: logCallSql(login) },
      },
    ];
  },
  async cleanup() {
    await closeInProcessDb?.();
  },
};

/** Every suite `npm run bench` runs, in order. */
const SUITES: Suite[] = [callsSuite, reportsSuite];

// ───────────────────────────── runner ─────────────────────────────

const USAGE =
  "usage: tsx scripts/bench/index.ts [suite…] [--calls N] [--fresh] [--duration S] [--connections C] [--sql-reps N] [--port P] [--only TEXT] [--rebuild | --no-build] [--pg URL]";

function parseArgs(argv: string[]): { suites: Suite[]; settings: Settings } {
  const settings: Settings = {
    calls: 1_000_000,
    fresh: false,
    durationSeconds: 10,
    connections: 10,
    sqlReps: 200,
    port: 3200,
    only: [],
    rebuild: false,
    noBuild: false,
    serverUrl: process.env.BENCH_PG_URL ?? DEFAULT_SERVER_URL,
  };
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inline] = (argv[i] ?? "").split("=", 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const count = (min: number) => {
      const v = value().replace(/[_\s]/g, "");
      if (!/^\d+$/.test(v) || Number(v) < min) throw new Error(`${flag} must be a whole number ≥ ${min}`);
      return Number(v);
    };
    if (flag === "--calls") settings.calls = count(1);
    else if (flag === "--fresh") settings.fresh = true;
    else if (flag === "--duration") settings.durationSeconds = count(1);
    else if (flag === "--connections") settings.connections = count(1);
    else if (flag === "--sql-reps") settings.sqlReps = count(1);
    else if (flag === "--port") settings.port = count(1);
    else if (flag === "--only") settings.only.push(value());
    else if (flag === "--rebuild") settings.rebuild = true;
    else if (flag === "--no-build") settings.noBuild = true;
    else if (flag === "--pg") settings.serverUrl = value();
    else if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    else if (flag.startsWith("-")) throw new Error(`unknown option ${flag}\n${USAGE}`);
    else names.push(flag);
  }
  const suites =
    names.length === 0
      ? SUITES
      : names.map((n) => {
          const suite = SUITES.find((s) => s.name === n);
          if (!suite) throw new Error(`unknown suite ${n} (known: ${SUITES.map((s) => s.name).join(", ")})`);
          return suite;
        });
  return { suites, settings };
}

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

async function main(argv: string[]): Promise<number> {
  const { suites, settings } = parseArgs(argv);
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
    return results.some((r) => r.app?.kind === "http" && r.app.unexpected > 0) ? 1 : 0;
  } catch (error) {
    if (server) log(`server output (last lines):\n${server.tail()}`);
    throw error;
  } finally {
    await server?.stop();
    await pool.end();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
