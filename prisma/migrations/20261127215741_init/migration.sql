-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'CLINICIAN');

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "CallSource" AS ENUM ('MANUAL', 'TELEPHONY');

-- CreateEnum
CREATE TYPE "CallStatus" AS ENUM ('RINGING', 'IN_PROGRESS', 'COMPLETED', 'BUSY', 'NO_ANSWER', 'FAILED', 'CANCELED');

-- CreateEnum
CREATE TYPE "CallerRelation" AS ENUM ('SELF', 'FAMILY_OR_FRIEND', 'PROFESSIONAL_REFERRER', 'OTHER');

-- CreateEnum
CREATE TYPE "CallReason" AS ENUM ('SUBSTANCE_USE', 'MENTAL_HEALTH', 'BOTH', 'INFORMATION_ONLY');

-- CreateEnum
CREATE TYPE "CallDisposition" AS ENUM ('SCREENING_STARTED', 'ASSESSMENT_SCHEDULED', 'CALLBACK_REQUESTED', 'REFERRED_OUT', 'NOT_A_FIT', 'INFORMATION_ONLY', 'VOICEMAIL_LEFT', 'NO_ANSWER', 'WRONG_NUMBER_OR_SPAM');

-- CreateEnum
CREATE TYPE "ReferralSourceType" AS ENUM ('HOSPITAL', 'THERAPIST', 'PHYSICIAN', 'COURT_OR_LEGAL', 'EMPLOYER_OR_EAP', 'ALUMNI', 'FAMILY_OR_FRIEND', 'WEB_SEARCH', 'SOCIAL_MEDIA', 'INSURANCE', 'OTHER');

-- CreateEnum
CREATE TYPE "PipelineStatus" AS ENUM ('INQUIRY', 'SCREENING', 'AWAITING_CLINICAL_DECISION', 'APPROVED', 'INSURANCE_VERIFIED', 'ADMITTED', 'NOT_ADMITTED', 'REFERRED_OUT');

-- CreateEnum
CREATE TYPE "SexAtBirth" AS ENUM ('FEMALE', 'MALE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "RecommendedLevel" AS ENUM ('EMERGENCY', 'WITHDRAWAL_MANAGEMENT', 'RESIDENTIAL', 'PHP', 'IOP', 'OUTPATIENT', 'REFER_OUT');

-- CreateEnum
CREATE TYPE "CareLevel" AS ENUM ('WITHDRAWAL_MANAGEMENT', 'RESIDENTIAL', 'PHP', 'IOP', 'OUTPATIENT');

-- CreateEnum
CREATE TYPE "ScreeningStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REVIEWED', 'AMENDED');

-- CreateEnum
CREATE TYPE "SafetyRisk" AS ENUM ('NONE', 'LOW', 'MODERATE', 'HIGH');

-- CreateEnum
CREATE TYPE "SafetyFlagStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "EpisodeStatus" AS ENUM ('OPEN', 'DISCHARGED');

-- CreateEnum
CREATE TYPE "DischargeReason" AS ENUM ('COMPLETED', 'STEPPED_DOWN', 'STEPPED_UP', 'LEFT_AGAINST_ADVICE', 'ADMINISTRATIVE', 'TRANSFERRED_OUT');

-- CreateEnum
CREATE TYPE "TransitionKind" AS ENUM ('STEP_DOWN', 'STEP_UP');

-- CreateEnum
CREATE TYPE "TransitionStatus" AS ENUM ('PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "ProgramTrack" AS ENUM ('DAY', 'EVENING');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('CALLBACK', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mfaSecret" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "resultJson" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PhoneLine" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "forwardTo" TEXT,
    "isMain" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PhoneLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralSource" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "ReferralSourceType" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ReferralSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "level" "CareLevel" NOT NULL,
    "expectedLengthDays" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" UUID NOT NULL,
    "direction" "CallDirection" NOT NULL DEFAULT 'INBOUND',
    "source" "CallSource" NOT NULL DEFAULT 'MANUAL',
    "status" "CallStatus" NOT NULL DEFAULT 'COMPLETED',
    "phoneLineId" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationSeconds" INTEGER,
    "fromNumber" TEXT NOT NULL,
    "callerName" TEXT,
    "callerRelation" "CallerRelation",
    "callerIsPatient" BOOLEAN NOT NULL DEFAULT true,
    "reason" "CallReason",
    "referralSourceId" UUID,
    "insurancePayer" TEXT,
    "insuranceMemberId" TEXT,
    "disposition" "CallDisposition",
    "loggedAt" TIMESTAMP(3),
    "notes" TEXT,
    "patientId" UUID,
    "loggedById" UUID,
    "telephonySid" TEXT,
    "telephonySeq" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Patient" (
    "id" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT,
    "preferredName" TEXT,
    "dateOfBirth" DATE,
    "sexAtBirth" "SexAtBirth" NOT NULL DEFAULT 'UNKNOWN',
    "phone" TEXT,
    "email" TEXT,
    "okToLeaveVoicemail" BOOLEAN NOT NULL DEFAULT false,
    "okToNameCenter" BOOLEAN NOT NULL DEFAULT false,
    "okToText" BOOLEAN NOT NULL DEFAULT false,
    "insurancePayer" TEXT,
    "insuranceMemberId" TEXT,
    "pipelineStatus" "PipelineStatus" NOT NULL DEFAULT 'INQUIRY',
    "pipelineChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notAdmittedReason" TEXT,
    "referredOutTo" TEXT,
    "referralSourceId" UUID,
    "mrn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Patient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineEvent" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "fromStatus" "PipelineStatus",
    "toStatus" "PipelineStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "note" TEXT,

    CONSTRAINT "PipelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Screening" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "callId" UUID,
    "instrumentSetVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "scores" JSONB,
    "safetyRisk" "SafetyRisk" NOT NULL DEFAULT 'NONE',
    "safetyActionTaken" TEXT,
    "recommendedLevel" "RecommendedLevel",
    "recommendationReasons" JSONB,
    "finalLevel" "RecommendedLevel",
    "overrideReason" TEXT,
    "asamRatings" JSONB,
    "status" "ScreeningStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "amendsId" UUID,
    "amendmentReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Screening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SafetyFlag" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "screeningId" UUID,
    "risk" "SafetyRisk" NOT NULL,
    "source" TEXT NOT NULL,
    "status" "SafetyFlagStatus" NOT NULL DEFAULT 'OPEN',
    "actionTaken" TEXT,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" UUID,
    "resolution" TEXT,

    CONSTRAINT "SafetyFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CareEpisode" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "openPatientId" UUID,
    "level" "CareLevel" NOT NULL,
    "programId" UUID NOT NULL,
    "status" "EpisodeStatus" NOT NULL DEFAULT 'OPEN',
    "startDate" DATE NOT NULL,
    "expectedEndDate" DATE NOT NULL,
    "endDate" DATE,
    "dischargeReason" "DischargeReason",
    "aftercarePlan" TEXT,
    "admittedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CareEpisode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transition" (
    "id" UUID NOT NULL,
    "kind" "TransitionKind" NOT NULL,
    "fromEpisodeId" UUID NOT NULL,
    "toLevel" "CareLevel" NOT NULL,
    "toProgramId" UUID,
    "plannedDate" DATE NOT NULL,
    "scheduleDays" TEXT[],
    "track" "ProgramTrack",
    "status" "TransitionStatus" NOT NULL DEFAULT 'PLANNED',
    "statusReason" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "firstAttendedDate" DATE,
    "resultEpisodeId" UUID,
    "plannedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttendedSession" (
    "id" UUID NOT NULL,
    "patientId" UUID NOT NULL,
    "episodeId" UUID,
    "level" "CareLevel" NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AttendedSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "kind" "TaskKind" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" UUID,
    "callId" UUID,
    "patientId" UUID,
    "note" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "patientId" UUID,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'SUCCESS',
    "ip" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "UserSession_userId_endedAt_idx" ON "UserSession"("userId", "endedAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PhoneLine_number_key" ON "PhoneLine"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralSource_name_key" ON "ReferralSource"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Program_name_key" ON "Program"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Call_telephonySid_key" ON "Call"("telephonySid");

-- CreateIndex
CREATE INDEX "Call_startedAt_id_idx" ON "Call"("startedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Call_fromNumber_startedAt_idx" ON "Call"("fromNumber", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_phoneLineId_startedAt_idx" ON "Call"("phoneLineId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_disposition_startedAt_idx" ON "Call"("disposition", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_loggedById_startedAt_idx" ON "Call"("loggedById", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_referralSourceId_startedAt_idx" ON "Call"("referralSourceId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_patientId_startedAt_idx" ON "Call"("patientId", "startedAt" DESC);

-- CreateIndex
CREATE INDEX "Call_loggedAt_startedAt_idx" ON "Call"("loggedAt", "startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Patient_mrn_key" ON "Patient"("mrn");

-- CreateIndex
CREATE INDEX "Patient_pipelineStatus_lastActivityAt_idx" ON "Patient"("pipelineStatus", "lastActivityAt");

-- CreateIndex
CREATE INDEX "Patient_phone_idx" ON "Patient"("phone");

-- CreateIndex
CREATE INDEX "Patient_lastName_firstName_idx" ON "Patient"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Patient_referralSourceId_createdAt_idx" ON "Patient"("referralSourceId", "createdAt");

-- CreateIndex
CREATE INDEX "Patient_createdAt_idx" ON "Patient"("createdAt");

-- CreateIndex
CREATE INDEX "PipelineEvent_patientId_at_idx" ON "PipelineEvent"("patientId", "at");

-- CreateIndex
CREATE INDEX "PipelineEvent_toStatus_at_idx" ON "PipelineEvent"("toStatus", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Screening_amendsId_key" ON "Screening"("amendsId");

-- CreateIndex
CREATE INDEX "Screening_status_safetyRisk_submittedAt_idx" ON "Screening"("status", "safetyRisk", "submittedAt");

-- CreateIndex
CREATE INDEX "Screening_patientId_createdAt_idx" ON "Screening"("patientId", "createdAt");

-- CreateIndex
CREATE INDEX "Screening_createdAt_idx" ON "Screening"("createdAt");

-- CreateIndex
CREATE INDEX "SafetyFlag_status_raisedAt_idx" ON "SafetyFlag"("status", "raisedAt");

-- CreateIndex
CREATE INDEX "SafetyFlag_patientId_status_idx" ON "SafetyFlag"("patientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CareEpisode_openPatientId_key" ON "CareEpisode"("openPatientId");

-- CreateIndex
CREATE INDEX "CareEpisode_status_level_startDate_idx" ON "CareEpisode"("status", "level", "startDate");

-- CreateIndex
CREATE INDEX "CareEpisode_patientId_startDate_idx" ON "CareEpisode"("patientId", "startDate");

-- CreateIndex
CREATE INDEX "CareEpisode_level_endDate_idx" ON "CareEpisode"("level", "endDate");

-- CreateIndex
CREATE INDEX "CareEpisode_programId_status_idx" ON "CareEpisode"("programId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Transition_resultEpisodeId_key" ON "Transition"("resultEpisodeId");

-- CreateIndex
CREATE INDEX "Transition_status_plannedDate_idx" ON "Transition"("status", "plannedDate");

-- CreateIndex
CREATE INDEX "Transition_fromEpisodeId_idx" ON "Transition"("fromEpisodeId");

-- CreateIndex
CREATE INDEX "AttendedSession_episodeId_date_idx" ON "AttendedSession"("episodeId", "date");

-- CreateIndex
CREATE INDEX "AttendedSession_date_idx" ON "AttendedSession"("date");

-- CreateIndex
CREATE UNIQUE INDEX "AttendedSession_patientId_date_level_key" ON "AttendedSession"("patientId", "date", "level");

-- CreateIndex
CREATE INDEX "Task_status_dueAt_idx" ON "Task"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_assigneeId_status_dueAt_idx" ON "Task"("assigneeId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Task_patientId_status_idx" ON "Task"("patientId", "status");

-- CreateIndex
CREATE INDEX "Task_callId_idx" ON "Task"("callId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_id_idx" ON "AuditEvent"("actorId", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_action_id_idx" ON "AuditEvent"("action", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_id_idx" ON "AuditEvent"("entityType", "entityId", "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_patientId_id_idx" ON "AuditEvent"("patientId", "id" DESC);

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_phoneLineId_fkey" FOREIGN KEY ("phoneLineId") REFERENCES "PhoneLine"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_referralSourceId_fkey" FOREIGN KEY ("referralSourceId") REFERENCES "ReferralSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Patient" ADD CONSTRAINT "Patient_referralSourceId_fkey" FOREIGN KEY ("referralSourceId") REFERENCES "ReferralSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEvent" ADD CONSTRAINT "PipelineEvent_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Screening"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyFlag" ADD CONSTRAINT "SafetyFlag_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyFlag" ADD CONSTRAINT "SafetyFlag_screeningId_fkey" FOREIGN KEY ("screeningId") REFERENCES "Screening"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SafetyFlag" ADD CONSTRAINT "SafetyFlag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareEpisode" ADD CONSTRAINT "CareEpisode_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareEpisode" ADD CONSTRAINT "CareEpisode_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CareEpisode" ADD CONSTRAINT "CareEpisode_admittedById_fkey" FOREIGN KEY ("admittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transition" ADD CONSTRAINT "Transition_fromEpisodeId_fkey" FOREIGN KEY ("fromEpisodeId") REFERENCES "CareEpisode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transition" ADD CONSTRAINT "Transition_toProgramId_fkey" FOREIGN KEY ("toProgramId") REFERENCES "Program"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transition" ADD CONSTRAINT "Transition_resultEpisodeId_fkey" FOREIGN KEY ("resultEpisodeId") REFERENCES "CareEpisode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transition" ADD CONSTRAINT "Transition_plannedById_fkey" FOREIGN KEY ("plannedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendedSession" ADD CONSTRAINT "AttendedSession_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttendedSession" ADD CONSTRAINT "AttendedSession_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "CareEpisode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
