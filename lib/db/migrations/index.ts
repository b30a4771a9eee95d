/**
 * Offline migrations: Prisma's schema engine (WebAssembly) + driver adapters, for PGlite and
 * PostgreSQL. See docs/decisions/0002-offline-migrations.md.
 */
export type { MigrationTarget, ScriptFailure } from "./adapters";
export { checkMigrations, type CheckResult } from "./check";
export {
  createMigration,
  nextMigrationStamp,
  validateMigrationName,
  type CreateMigrationOptions,
  type CreateMigrationResult,
} from "./create";
export { deployMigrations, type DeployOptions } from "./deploy";
export { diffHistoryToSchema, ShadowReplayError, type HistoryDiff } from "./diff";
export { SchemaEngineError } from "./engine";
export { MigrationError, MigrationNameError, type MigrationErrorReason } from "./errors";
export {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MIGRATION_LOCK_TOML,
  migrationChecksum,
  readMigrationHistory,
} from "./history";
export { resolveMigration, type Resolution } from "./resolve";
export { migrationStatus, type FailedMigration, type MigrationRow, type MigrationStatus } from "./status";
