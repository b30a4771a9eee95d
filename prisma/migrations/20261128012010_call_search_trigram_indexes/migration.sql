-- Hand-written: the trigram operator class the indexes below need (ADR 0011). Prisma's own way
-- to declare it (`extensions = [pg_trgm]` with the deprecated postgresqlExtensions preview feature)
-- is not used: the WebAssembly schema engine drops extensions from the replayed history, so
-- `npm run db:check` would report this extension as missing forever. Without the declaration
-- Prisma's diff does not model extensions, so this statement is not drift and no generated
-- migration drops it. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may
-- create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Call_callerName_trgm_idx" ON "Call" USING GIN ("callerName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Call_careRecipientName_trgm_idx" ON "Call" USING GIN ("careRecipientName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Call_fromNumber_trgm_idx" ON "Call" USING GIN ("fromNumber" gin_trgm_ops);
