import { defineConfig } from "prisma/config";

// The Prisma CLI is used only for `generate` here; migrations run through the schema engine
// compiled to WebAssembly (scripts/db.ts), because the native engine cannot be downloaded offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
