// Runs `prisma generate` offline. The Prisma CLI wants a native schema engine binary and tries
// to download one; generate never runs it, so we point it at a stub that fails loudly if it is.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const stub = path.resolve("scripts/schema-engine-stub.sh");
fs.chmodSync(stub, 0o755);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
