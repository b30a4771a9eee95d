/**
 * Run as a child process by db-client-modules.test.ts: opens the app's database client on
 * DATABASE_URL the way a server does, runs one query, closes it, and prints every module the
 * process loaded meanwhile as JSON: ES modules (through a load hook) and CommonJS ones
 * (require.cache).
 */
import fs from "node:fs";
import { createRequire, register } from "node:module";

const logFile = process.env.MODULE_LOG_FILE;
if (!logFile) throw new Error("MODULE_LOG_FILE is not set");
fs.writeFileSync(logFile, "");
register("./module-load-recorder.mjs", import.meta.url, { data: { logFile } });

const { closeDb, connectDb } = await import("@/lib/db/client");
const { db, target } = await connectDb();
await db.$queryRaw`SELECT 1`;
await closeDb();

const esm = fs.readFileSync(logFile, "utf8").split("\n").filter(Boolean);
const cjs = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(JSON.stringify({ target: target.kind, modules: [...esm, ...cjs] }));
