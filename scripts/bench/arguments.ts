/**
 * The benchmark's command line: `[suite…]` and the options documented in docs/benchmarks.md.
 */
import { DEFAULT_SERVER_URL } from "./framework/database";
import type { Settings } from "./framework/suite";

export const USAGE =
  "usage: npm run bench -- [suite…] [--calls N] [--fresh] [--duration S] [--connections C] [--sql-reps N] [--port P] [--only TEXT] [--rebuild | --no-build] [--pg URL]";

/** The suites to run (all of `known` when none is named, in the order given otherwise) and the settings. */
export function parseArguments(
  argv: readonly string[],
  known: readonly string[],
  env: Record<string, string | undefined> = process.env,
): { suites: string[]; settings: Settings } {
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
    serverUrl: env.BENCH_PG_URL ?? DEFAULT_SERVER_URL,
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
    else if (!known.includes(flag)) throw new Error(`unknown suite ${flag} (known: ${known.join(", ")})`);
    else names.push(flag);
  }
  return { suites: names.length === 0 ? [...known] : names, settings };
}
