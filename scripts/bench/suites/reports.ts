/**
 * The dashboard and reports suite: each page over HTTP as an administrator (rendering
 * included), next to its domain function called in-process — the SQL aggregates plus a little
 * mapping — so the ratio shows what rendering and HTTP add. The reports' SQL lives in
 * lib/reports/*.ts; the in-process figure is the closest honest "SQL alone" for them.
 * (`npm run bench` runs tsx with the react-server condition, so `server-only` imports resolve.)
 */
import { prepareLogin } from "../framework/database";
import { signIn } from "../framework/http";
import { appStatements, type PrismaSql } from "../framework/sql";
import { benchActor, type Scenario, type Suite, type SuiteContext } from "../framework/suite";

const REPORTS = [
  { slug: "call-volume", fn: "callVolumeReport", statements: "callVolumeStatements", file: "call-volume" },
  { slug: "dispositions", fn: "dispositionsReport", statements: "dispositionsStatements", file: "dispositions" },
  { slug: "funnel", fn: "funnelReport", statements: "funnelStatements", file: "funnel" },
  {
    slug: "screening-outcomes",
    fn: "screeningOutcomesReport",
    statements: "screeningOutcomesStatements",
    file: "screening-outcomes",
  },
  { slug: "census", fn: "censusReport", statements: "censusStatements", file: "census" },
  { slug: "continuity", fn: "continuityReport", statements: "continuityStatements", file: "continuity" },
] as const;

type Period = { from: string; to: string };
type ReportFn = (actor: unknown, period: Period) => Promise<unknown>;
type StatementsFn = (period: Period, asOf: string) => Record<string, PrismaSql>;

export const reportsSuite: Suite = {
  name: "reports",
  description: "Dashboard, census and pipeline boards, and the six reports over the last 30 days",
  async scenarios(ctx: SuiteContext): Promise<Scenario[]> {
    process.env.DATABASE_URL = ctx.db.url;
    const admin = await prepareLogin(ctx.db.url, "admin@demo.intake.test");
    const jar = await signIn(ctx.origin, admin);
    const { zonedDay } = await import("@/lib/dates/zone");
    const { presetRange } = await import("@/lib/reports/range");
    const { loadDashboard } = await import("@/lib/reports/dashboard");
    const today = zonedDay(new Date());
    const range = presetRange("30d", today);
    const period = { from: range.from, to: range.to };
    const actor = benchActor(admin, "ADMIN");
    const scenarios: Scenario[] = [
      {
        name: "dashboard-page",
        description: "GET / as an administrator",
        http: { path: "/", expectBody: /Admissions pipeline/ },
        jar,
      },
      {
        name: "dashboard-data",
        description: "loadDashboard(): one round of parallel queries",
        inProcess: { target: "loadDashboard(actor)", run: async () => void (await loadDashboard(actor)) },
      },
    ];
    // The census board, its alert counts (run on every page for the nav badge), the
    // pipeline board and the continuity measure page.
    const { censusAlertCounts, censusAlertCountsStatement } = await import("@/lib/care/alert-queries");
    const { continuityRatesStatement, continuityDischargesStatement, CONTINUITY_PAGE_SIZE } =
      await import("@/lib/care/continuity-queries");
    const { addDays } = await import("@/lib/dates/days");
    const continuityPagePeriod = { from: addDays(today, -89), to: today }; // the page's default
    scenarios.push(
      {
        name: "census-board-page",
        description: "GET /patients/census",
        http: { path: "/patients/census", expectBody: /Census/ },
        jar,
      },
      {
        name: "census-alerts-data",
        description: "censusAlertCounts(): the nav badge's one statement",
        inProcess: { target: "censusAlertCounts(actor)", run: async () => void (await censusAlertCounts(actor)) },
        ...appStatements("alert counts", { counts: censusAlertCountsStatement(today) }),
      },
      {
        name: "pipeline-page",
        description: "GET /patients (pipeline board)",
        http: { path: "/patients", expectBody: /Patients/ },
        jar,
      },
      {
        name: "continuity-measure-page",
        description: "GET /patients/continuity (last 90 days)",
        http: { path: "/patients/continuity", expectBody: /<table|follow-up/i },
        jar,
        ...appStatements("rates + first page", {
          rates: continuityRatesStatement(continuityPagePeriod.from, continuityPagePeriod.to, today),
          discharges: continuityDischargesStatement(
            continuityPagePeriod.from,
            continuityPagePeriod.to,
            CONTINUITY_PAGE_SIZE + 1,
            0,
          ),
        }),
      },
    );
    for (const report of REPORTS) {
      const mod = (await import(`@/lib/reports/${report.file}`)) as Record<string, unknown>;
      const fn = mod[report.fn] as ReportFn | undefined;
      const statements = mod[report.statements] as StatementsFn | undefined;
      if (!fn || !statements) throw new Error(`lib/reports/${report.file} has no ${report.fn} or ${report.statements}`);
      scenarios.push(
        {
          name: `${report.slug}-page`,
          description: `GET /reports/${report.slug} (last 30 days)`,
          http: { path: `/reports/${report.slug}?preset=30d`, expectBody: /<table/ },
          jar,
        },
        {
          name: `${report.slug}-data`,
          description: `${report.fn}() in-process`,
          inProcess: { target: `${report.fn}(actor, 30 days)`, run: async () => void (await fn(actor, period)) },
          ...appStatements(report.statements, statements(period, today)),
        },
      );
    }
    return scenarios;
  },
};
