-- AlterTable
ALTER TABLE "Screening" ADD COLUMN     "cssrsReask" JSONB,
ADD COLUMN     "cssrsReaskedAt" TIMESTAMP(3),
ADD COLUMN     "cssrsReaskedById" UUID;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_cssrsReaskedById_fkey" FOREIGN KEY ("cssrsReaskedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
