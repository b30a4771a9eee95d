/**
 * The production server under test: `next build` into its own folder (NEXT_DIST_DIR=.next-bench,
 * so it never collides with the e2e build in .next), then `next start` on a port of its own,
 * stopped by its own process id when the run ends (or is interrupted).
 */
import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", ".bin", "next");
export const DIST_DIR = ".next-bench";

type Log = (line: string) => void;

/** What goes into the server bundle; tests and the seeder do not. */
const SOURCE_DIRS = ["app", "lib", "components"];
const SOURCE_FILES = [
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "prisma/schema.prisma",
  "package-lock.json",
  "tsconfig.json",
];

function newestSource(): { mtimeMs: number; file: string } {
  let newest = { mtimeMs: 0, file: "" };
  const consider = (full: string) => {
    const { mtimeMs } = fs.statSync(full);
    if (mtimeMs > newest.mtimeMs) newest = { mtimeMs, file: path.relative(ROOT, full) };
  };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) consider(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (fs.existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  for (const file of SOURCE_FILES) if (fs.existsSync(path.join(ROOT, file))) consider(path.join(ROOT, file));
  return newest;
}

/** Why a build is needed, or null when .next-bench is current. */
export function buildReason(): string | null {
  const buildId = path.join(ROOT, DIST_DIR, "BUILD_ID");
  if (!fs.existsSync(buildId)) return `no build in ${DIST_DIR}`;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const newest = newestSource();
  return newest.mtimeMs > builtAt ? `${newest.file} changed since the last build` : null;
}

/**
 * `next build` rewrites tsconfig.json (adds `.next-bench/types/**` to "include", reformats) and
 * next-env.d.ts (imports `.next-bench/types/…`). The benchmark build must leave the tree as it
 * found it, so both are put back byte for byte afterwards.
 */
const REWRITTEN_BY_BUILD = ["tsconfig.json", "next-env.d.ts"];

type Snapshot = Map<string, { content: Buffer; atime: Date; mtime: Date } | null>;

function snapshot(): Snapshot {
  return new Map(
    REWRITTEN_BY_BUILD.map((f) => {
      const full = path.join(ROOT, f);
      if (!fs.existsSync(full)) return [f, null];
      const { atime, mtime } = fs.statSync(full);
      return [f, { content: fs.readFileSync(full), atime, mtime }];
    }),
  );
}

/** Puts the files back, with their old modification times (so they do not look newer than the build). */
function restore(saved: Snapshot): void {
  for (const [file, before] of saved) {
    const full = path.join(ROOT, file);
    if (before === null) {
      if (fs.existsSync(full)) fs.rmSync(full);
    } else if (!fs.existsSync(full) || !fs.readFileSync(full).equals(before.content)) {
      fs.writeFileSync(full, before.content);
      fs.utimesSync(full, before.atime, before.mtime);
    }
  }
}

/** Set while a build runs, so an interrupted run stops it and still restores the files. */
let restorePending: (() => void) | undefined;
let building: ChildProcess | undefined;

/** Builds into .next-bench when missing or older than the sources. Returns seconds spent (0: up to date). */
export async function ensureBuild(options: { force: boolean; skip: boolean; log: Log }): Promise<number> {
  const { log } = options;
  const reason = options.force ? "--rebuild" : buildReason();
  if (!reason) {
    log(`build: ${DIST_DIR} is up to date`);
    return 0;
  }
  if (options.skip) {
    if (!fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID")))
      throw new Error(`--no-build, but there is no build in ${DIST_DIR}`);
    log(`build: ${reason}, but --no-build: using the existing ${DIST_DIR}`);
    return 0;
  }
  log(`build: next build into ${DIST_DIR} (${reason}); 1–3 minutes on 2 cores`);
  const started = performance.now();
  const output: string[] = [];
  const saved = snapshot();
  restorePending = () => restore(saved);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(NEXT_BIN, ["build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    building = child;
    const keep = (chunk: Buffer) => output.push(chunk.toString("utf8"));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`next build failed (exit ${code}):\n${output.join("").split("\n").slice(-40).join("\n")}`));
    });
  }).finally(() => {
    building = undefined;
    restore(saved);
    restorePending = undefined;
  });
  const seconds = (performance.now() - started) / 1000;
  log(`build: done in ${seconds.toFixed(0)} s`);
  return seconds;
}

export interface BenchServer {
  origin: string;
  pid: number;
  /** The last lines the server printed (for error messages). */
  tail(): string;
  stop(): Promise<void>;
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function answers(origin: string): Promise<boolean> {
  try {
    const response = await fetch(origin, { signal: AbortSignal.timeout(1_000), redirect: "manual" });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

const running = new Set<ChildProcess>();

/** Kill the process group of a server we started (next start runs in its own group). */
function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

// An interrupted run (Ctrl-C, an exception) must not leave the server behind.
process.once("exit", () => {
  for (const child of running) kill(child, "SIGKILL");
  if (building?.pid !== undefined && building.exitCode === null) building.kill("SIGKILL");
  restorePending?.();
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) kill(child, "SIGTERM");
    process.exit(130);
  });
}

export async function startServer(options: { port: number; databaseUrl: string; log: Log }): Promise<BenchServer> {
  const { port, log } = options;
  const origin = `http://localhost:${port}`;
  if (await answers(origin)) throw new Error(`something already answers on port ${port}; choose another with --port`);

  const lines: string[] = [];
  const child = spawn(NEXT_BIN, ["start", "-p", String(port)], {
    cwd: ROOT,
    detached: true, // its own process group, so stop() ends it and any worker it forks
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: crypto.randomBytes(48).toString("base64url"),
      LOGIN_IP_MAX_FAILURES: "100000",
      LOGIN_MAX_FAILURES: "1000",
      // A long run must not end its own session.
      SESSION_IDLE_MINUTES: "120",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("next start did not start");
  running.add(child);
  const keep = (chunk: Buffer) => {
    lines.push(
      ...chunk
        .toString("utf8")
        .split("\n")
        .filter((l) => l.trim() !== ""),
    );
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      if (running.has(child)) lines.push(`[bench] next start exited unexpectedly (${signal ?? `exit ${code}`})`);
      resolve();
    }),
  );
  const tail = () => lines.slice(-30).join("\n");

  const stop = async () => {
    if (!running.has(child)) return;
    kill(child, "SIGTERM");
    const timer = setTimeout(() => kill(child, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
    log(`server: stopped (pid ${child.pid})`);
  };

  const started = performance.now();
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(`next start exited (${child.signalCode ?? `exit ${child.exitCode}`}):\n${tail()}`);
    }
    if (await healthy(origin)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not become healthy within 60 s:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(
    `server: next start on ${origin} (pid ${child.pid}) healthy after ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { origin, pid: child.pid, tail, stop };
}
