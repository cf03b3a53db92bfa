-- The audit trail is append-only: UPDATE and DELETE raise an error. Safe to run twice.
CREATE OR REPLACE FUNCTION audit_records_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_records is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_records_append_only ON audit_records;
--> statement-breakpoint
CREATE TRIGGER audit_records_append_only
  BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change();
--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_records_no_truncate ON audit_records;
--> statement-breakpoint
CREATE TRIGGER audit_records_no_truncate
  BEFORE TRUNCATE ON audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change();
