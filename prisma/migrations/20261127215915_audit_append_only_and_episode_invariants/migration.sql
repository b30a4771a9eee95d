-- Hand-written: invariants Prisma's schema language cannot express. Prisma's diff does not model
-- triggers, functions or CHECK constraints, so `npm run db:check` does not report them as drift.

-- AuditEvent is append-only: the audit trail must not be rewritten or erased, not even by a bug or
-- a console session using the application's role. Rows can only be inserted.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent rows are append-only'
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events can be inserted, never updated, deleted or truncated.';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();

-- Row triggers do not fire on TRUNCATE; a statement trigger does.
CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_append_only"();

-- A care episode is open exactly when it holds the patient's "one open episode" slot:
-- openPatientId (unique) equals patientId while OPEN and is cleared on discharge. This makes
-- "at most one open episode per patient" a database guarantee rather than an application habit.
ALTER TABLE "CareEpisode" ADD CONSTRAINT "CareEpisode_open_slot_check" CHECK (
  ("status" = 'OPEN' AND "openPatientId" = "patientId")
  OR ("status" <> 'OPEN' AND "openPatientId" IS NULL)
);
