-- AlterTable
ALTER TABLE "CareEpisode" ADD COLUMN     "followUpPlan" TEXT;

-- AlterTable
ALTER TABLE "Transition" ADD COLUMN     "activeForEpisodeId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Transition_activeForEpisodeId_key" ON "Transition"("activeForEpisodeId");

-- One active (PLANNED or CONFIRMED) transition per episode: the marker column is set exactly
-- while the transition is active (hand-written; Prisma does not model CHECK constraints).
ALTER TABLE "Transition" ADD CONSTRAINT "Transition_active_marker_check" CHECK (
  ("status" IN ('PLANNED', 'CONFIRMED') AND "activeForEpisodeId" = "fromEpisodeId")
  OR ("status" NOT IN ('PLANNED', 'CONFIRMED') AND "activeForEpisodeId" IS NULL)
);
