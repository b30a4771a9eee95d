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
 * The parts: arguments.ts (this command line), framework/ (database, build and server, HTTP
 * load runs, SQL timing and plans, the report, the runner), suites/ (what is measured). Adding a
 * suite: write a `Suite` (framework/suite.ts) in suites/ and add it to SUITES below.
 */
import { parseArguments } from "./arguments";
import { runBench } from "./framework/run";
import type { Suite } from "./framework/suite";
import { callsSuite } from "./suites/calls";
import { reportsSuite } from "./suites/reports";

/** Every suite `npm run bench` runs, in order. */
const SUITES: Suite[] = [callsSuite, reportsSuite];

async function main(argv: string[]): Promise<number> {
  const { suites: names, settings } = parseArguments(
    argv,
    SUITES.map((s) => s.name),
  );
  const suites = names.map((name) => SUITES.find((s) => s.name === name)).filter((s) => s !== undefined);
  const failed = await runBench(suites, settings);
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
