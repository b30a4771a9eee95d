import { describe, expect, it } from "vitest";
import { parseArguments } from "./arguments";

const KNOWN = ["calls", "reports"];
const parse = (...argv: string[]) => parseArguments(argv, KNOWN, {});

describe("the benchmark's command line (docs/benchmarks.md)", () => {
  it("runs every suite with the documented defaults", () => {
    expect(parse()).toEqual({
      suites: ["calls", "reports"],
      settings: {
        calls: 1_000_000,
        fresh: false,
        durationSeconds: 10,
        connections: 10,
        sqlReps: 200,
        port: 3200,
        only: [],
        rebuild: false,
        noBuild: false,
        serverUrl: "postgresql://postgres@127.0.0.1:5432/postgres",
      },
    });
  });

  it("takes suites by name and every option, as `--flag value` or `--flag=value`", () => {
    const { suites, settings } = parse(
      "reports",
      "calls",
      "--calls",
      "100_000",
      "--fresh",
      "--duration=5",
      "--connections",
      "4",
      "--sql-reps",
      "20",
      "--port",
      "3203",
      "--only",
      "search",
      "--only=page",
      "--no-build",
      "--pg",
      "postgresql://postgres@127.0.0.1:5433/postgres",
    );
    expect(suites).toEqual(["reports", "calls"]);
    expect(settings).toEqual({
      calls: 100_000,
      fresh: true,
      durationSeconds: 5,
      connections: 4,
      sqlReps: 20,
      port: 3203,
      only: ["search", "page"],
      rebuild: false,
      noBuild: true,
      serverUrl: "postgresql://postgres@127.0.0.1:5433/postgres",
    });
    expect(parse("--rebuild").settings.rebuild).toBe(true);
  });

  it("takes the PostgreSQL server from BENCH_PG_URL unless --pg names one", () => {
    const url = "postgresql://bench@db.internal:5432/postgres";
    expect(parseArguments([], KNOWN, { BENCH_PG_URL: url }).settings.serverUrl).toBe(url);
  });

  it.each([
    [["--calls"], /--calls needs a value/],
    [["--calls", "--fresh"], /--calls needs a value/],
    [["--calls", "0"], /--calls must be a whole number ≥ 1/],
    [["--duration", "1.5"], /--duration must be a whole number/],
    [["--verbose"], /unknown option --verbose/],
    [["dashboard"], /unknown suite dashboard \(known: calls, reports\)/],
    [["--help"], /^usage: npm run bench/],
  ])("refuses %j", (argv, message) => {
    expect(() => parse(...argv)).toThrow(message);
  });
});
