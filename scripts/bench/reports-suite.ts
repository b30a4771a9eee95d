/**
 * The dashboard and reports suite (issue 6): each page over HTTP as an administrator (rendering
 * included), next to its domain function called in-process — the SQL aggregates plus a little
 * mapping — so the ratio shows what rendering and HTTP add. The reports' SQL lives in
 * lib/reports/*.ts; the in-process figure is the closest honest "SQL alone" for them.
 * (`npm run bench` runs tsx with the react-server condition, so `server-only` imports resolve.)
 */
import crypto from "node:crypto";
import type { Scenario, Suite, SuiteContext } from "./index";
import { prepareLogin } from "./database";
import { signIn } from "./http";

const REPORTS = [
  { slug: "call-volume", fn: "callVolumeReport", file: "call-volume" },
  { slug: "dispositions", fn: "dispositionsReport", file: "dispositions" },
  { slug: "funnel", fn: "funnelReport", file: "funnel" },
  { slug: "screening-outcomes", fn: "screeningOutcomesReport", file: "screening-outcomes" },
  { slug: "census", fn: "censusReport", file: "census" },
  { slug: "continuity", fn: "continuityReport", file: "continuity" },
] as const;

type ReportFn = (actor: unknown, period: { from: string; to: string }) => Promise<unknown>;

export const reportsSuite: Suite = {
  name: "reports",
  description: "Dashboard, census and pipeline boards, and the six reports over the last 30 days (issues 5 and 6)",
  async scenarios(ctx: SuiteContext): Promise<Scenario[]> {
    process.env.DATABASE_URL = ctx.db.url;
    const admin = await prepareLogin(ctx.db.url, "admin@demo.intake.test");
    const jar = await signIn(ctx.origin, admin);
    const { zonedDay } = await import("@/lib/time");
    const { presetRange } = await import("@/lib/reports/range");
    const { loadDashboard } = await import("@/lib/reports/dashboard");
    const range = presetRange("30d", zonedDay(new Date()));
    const period = { from: range.from, to: range.to };
    const actor = {
      id: admin.id, role: "ADMIN" as const, name: admin.name, email: admin.email, sessionId: crypto.randomUUID(), mustChangePassword: false,
      request: { ip: "127.0.0.1", userAgent: "intake-bench", requestId: null },
    };
    const scenarios: Scenario[] = [
      { name: "dashboard-page", description: "GET / as an administrator", http: { path: "/", expectBody: /Admissions pipeline/ }, jar },
      { name: "dashboard-data", description: "loadDashboard(): one round of parallel queries", inProcess: { target: "loadDashboard(actor)", run: async () => void (await loadDashboard(actor)) } },
    ];
    // Issue 5: the census board, its alert counts (run on every page for the nav badge), the
    // pipeline board and the continuity measure page.
    const { censusAlertCounts } = await import("@/lib/patients/alert-queries");
    scenarios.push(
      { name: "census-board-page", description: "GET /patients/census", http: { path: "/patients/census", expectBody: /Census/ }, jar },
      { name: "census-alerts-data", description: "censusAlertCounts(): the nav badge's one statement", inProcess: { target: "censusAlertCounts(actor)", run: async () => void (await censusAlertCounts(actor)) } },
      { name: "pipeline-page", description: "GET /patients (pipeline board)", http: { path: "/patients", expectBody: /Patients/ }, jar },
      { name: "continuity-page", description: "GET /patients/continuity", http: { path: "/patients/continuity", expectBody: /<table|follow-up/i }, jar },
    );
    for (const report of REPORTS) {
      const mod = (await import(`@/lib/reports/${report.file}`)) as Record<string, ReportFn>;
      const fn = mod[report.fn];
      if (!fn) throw new Error(`lib/reports/${report.file} has no ${report.fn}`);
      scenarios.push(
        { name: `${report.slug}-page`, description: `GET /reports/${report.slug} (last 30 days)`, http: { path: `/reports/${report.slug}?preset=30d`, expectBody: /<table/ }, jar },
        { name: `${report.slug}-data`, description: `${report.fn}() in-process`, inProcess: { target: `${report.fn}(actor, 30 days)`, run: async () => void (await fn(actor, period)) } },
      );
    }
    return scenarios;
  },
};
