-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "careRecipientName" TEXT,
ADD COLUMN     "clientKey" TEXT,
ADD COLUMN     "okToLeaveVoicemail" BOOLEAN,
ADD COLUMN     "okToNameCenter" BOOLEAN,
ADD COLUMN     "okToText" BOOLEAN;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "resultCallId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Call_clientKey_key" ON "Call"("clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Task_resultCallId_key" ON "Task"("resultCallId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_resultCallId_fkey" FOREIGN KEY ("resultCallId") REFERENCES "Call"("id") ON DELETE SET NULL ON UPDATE CASCADE;
