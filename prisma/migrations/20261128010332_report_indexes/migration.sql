-- CreateIndex
CREATE INDEX "CareEpisode_startDate_idx" ON "CareEpisode"("startDate");

-- CreateIndex
CREATE INDEX "CareEpisode_endDate_idx" ON "CareEpisode"("endDate");

-- CreateIndex
CREATE INDEX "SafetyFlag_raisedAt_idx" ON "SafetyFlag"("raisedAt");

-- An episode never ends before it starts (lib/care/invariants.ts "episode-ends-before-start").
-- The census report's running sum (admissions minus discharges) is exact only under this rule,
-- so it is a database guarantee, not only an application check (hand-written; Prisma does not
-- model CHECK constraints).
ALTER TABLE "CareEpisode" ADD CONSTRAINT "CareEpisode_dates_check" CHECK (
  "endDate" IS NULL OR "endDate" >= "startDate"
);
