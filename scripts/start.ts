/**
 * `npm start`: builds on first run (or when sources changed), makes sure a session secret
 * exists, then runs the Next server. The server owns the embedded database, migrates it on
 * start, and refuses to start when another process holds it.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const nextBin = path.join(root, "node_modules", ".bin", "next");

for (const file of [".env.local", ".env"]) {
  const full = path.join(root, file);
  if (fs.existsSync(full)) process.loadEnvFile(full);
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "generated") continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return newest;
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return ["app", "lib", "components", "prisma"].some((d) => newestSourceMtime(path.join(root, d)) > built);
}

/** A per-installation secret, so a fresh checkout runs without configuration and no secret is shared. */
function ensureSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(root, ".data.secret");
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    console.log(`Generated a session secret in ${path.relative(root, file)} (set NEXTAUTH_SECRET in production).`);
  }
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

ensureSecret();
process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT ?? "3000";
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

if (!dev && needsBuild()) {
  console.log("Building the app (first start or changed sources)…");
  const started = Date.now();
  const build = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    console.error("Build failed; see the output above.");
    process.exit(build.status ?? 1);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

console.log(`Starting Intake Desk on http://localhost:${port} …`);
const server = spawn(nextBin, [dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
