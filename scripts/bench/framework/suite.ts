/**
 * What a suite hands the framework: scenarios, each an app side (HTTP or in-process) next to the
 * SQL it amounts to. Suites live in scripts/bench/suites/ and import from here; the framework
 * never imports a suite.
 */
import crypto from "node:crypto";
import type pg from "pg";
import type { BenchDatabase, BenchLogin } from "./database";
import type { CookieJar, HttpRequestSpec } from "./http";
import type { SqlStatement, SqlWork } from "./sql";

export interface Settings {
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

/** The Actor a domain function receives, for a benchmark login called in-process. */
export function benchActor<R extends string>(login: BenchLogin, role: R) {
  return {
    id: login.id,
    role,
    name: login.name,
    email: login.email,
    sessionId: crypto.randomUUID(),
    mustChangePassword: false,
    request: { ip: "127.0.0.1", userAgent: "intake-bench", requestId: null },
  };
}
