/**
 * The calls suite: the calls list (first page, keyset pages, filters, name search), the callback
 * queues and saving a call. The SQL side of each page is the app's own statement, built by
 * lib/calls/queries.ts (and lib/telephony/unlogged-match.ts for the save's merge lookup), so the
 * benchmark times and explains exactly what the app sends.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { CallFilter } from "@/lib/calls/schemas";
import { request, serverActionBody } from "../framework/http";
import { DIST_DIR } from "../framework/server";
import { appStatement, utc } from "../framework/sql";
import { benchActor, type Scenario, type Suite } from "../framework/suite";

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
  const manifest = path.resolve(
    import.meta.dirname,
    "..",
    "..",
    "..",
    DIST_DIR,
    "server",
    "server-reference-manifest.json",
  );
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

export const callsSuite: Suite = {
  name: "calls",
  description: "Calls list, filters, search, callback queues and saving a call",
  async scenarios(ctx): Promise<Scenario[]> {
    const { pool, login, origin, jar } = ctx;
    // The app reads DATABASE_URL (and the rest of its configuration) once, on first use: set it
    // before any app module runs.
    process.env.DATABASE_URL = ctx.db.url;
    const { zonedDay } = await import("@/lib/dates/zone");
    const { callbacksStatement, callListStatement, cursorOf } = await import("@/lib/calls/queries");
    const { unloggedMatchStatement } = await import("@/lib/telephony/unlogged-match");
    const list = (what: string, filter: CallFilter) => appStatement(what, callListStatement(filter));

    // Parameters taken from the data.
    const today = zonedDay(new Date());
    const from = minusDays(today, 30);
    const { rows: mid } = await pool.query<{ startedAt: Date; id: string }>(
      `SELECT "startedAt", id FROM "Call" ORDER BY "startedAt" DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(ctx.db.calls / 2)],
    );
    const deep = mid[0];
    if (!deep) throw new Error("the database has no calls");
    const deepCursor = cursorOf(deep);
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
    const page2Cursor = new URLSearchParams(page2Path.split("?")[1]).get("after") ?? undefined;

    const listPage = /Calls, newest first/;
    const callbacksPage = /Callback queues/;
    const actionId = logCallActionId();
    const boundary = `----intakebench${crypto.randomBytes(8).toString("hex")}`;

    // In-process: the domain function with the app's own schema, database client and audit.
    const { LogCallSchema } = await import("@/lib/calls/schemas");
    const { logCall } = await import("@/lib/calls/log-call");
    const { closeDb } = await import("@/lib/db/client");
    closeInProcessDb = closeDb;
    const actor = benchActor(login, "COORDINATOR");
    // logCall's search for an unlogged phone-system call from the same number within ±15 minutes.
    const mergeLookup = appStatement(
      "merge lookup (unlogged phone-system call, same number, ±15 min)",
      unloggedMatchStatement({ fromNumber: benchPhone(), around: new Date() }),
    ).explain;
    const keysetNote = "the app adds startedAt <= cursor beside the keyset OR, so the index scan starts at the cursor";

    return [
      {
        name: "list",
        description: "GET /calls: the first page, newest first",
        http: { path: "/calls", expectBody: listPage },
        ...list("first page", {}),
      },
      {
        name: "page-2",
        description: 'GET the first page\'s "Older calls" link',
        http: { path: page2Path, expectBody: listPage },
        ...list("page 2 (keyset)", { after: page2Cursor }),
      },
      {
        name: "deep-page",
        description: `GET /calls?after=<cursor half-way through the table> (call ${Math.floor(ctx.db.calls / 2).toLocaleString("en-US")})`,
        http: { path: `/calls?after=${deepCursor}`, expectBody: listPage },
        ...list("deep page (keyset)", { after: deepCursor }),
        notes: [keysetNote],
      },
      {
        name: "filtered",
        description: `GET /calls?disposition=NO_ANSWER&from=${from}&to=${today}`,
        http: { path: `/calls?disposition=NO_ANSWER&from=${from}&to=${today}`, expectBody: listPage },
        ...list("disposition + 30 days", { disposition: "NO_ANSWER", from, to: today }),
      },
      {
        name: "search-name",
        description: `GET /calls with the search cookie set to "${searchName}" (a last name of median frequency)`,
        http: { path: "/calls", cookies: { "intake.calls-search": searchName }, expectBody: listPage },
        ...list(`name contains "${searchName}"`, { q: searchName }),
      },
      {
        name: "search-miss",
        description: `GET /calls with the search cookie set to "${missName}" (matches nothing: the worst case)`,
        http: { path: "/calls", cookies: { "intake.calls-search": missName }, expectBody: /No calls match/ },
        ...list(`name contains "${missName}"`, { q: missName }),
        notes: ["name search is ILIKE '%…%' on two columns, served by their trigram indexes (ADR 0011)"],
      },
      {
        name: "callbacks-all",
        description: "GET /calls/callbacks?view=all: the most urgent open callbacks by due time",
        http: { path: "/calls/callbacks?view=all", expectBody: callbacksPage },
        ...appStatement("open callbacks", callbacksStatement({})),
      },
      {
        name: "callbacks-mine",
        description: `GET /calls/callbacks?view=mine as ${login.email}`,
        http: { path: "/calls/callbacks?view=mine", expectBody: callbacksPage },
        ...appStatement("my open callbacks", callbacksStatement({ assigneeId: login.id })),
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
        explain: mergeLookup,
        notes: [
          "save-http includes the redirect: Next renders the saved call's page in the same response",
          "no SQL column: logCall's transaction is Prisma's, not one statement; save-in-process is its floor",
        ],
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
      },
    ];
  },
  async cleanup() {
    await closeInProcessDb?.();
  },
};
