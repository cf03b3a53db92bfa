-- The audit trail's default view leaves check runs out (each stays in its check's history): a
-- partial index over the other records keeps its keyset pages an index scan however many runs the
-- dashboard writes.
CREATE INDEX IF NOT EXISTS "audit_records_changes_id_idx" ON "audit_records" USING btree ("id") WHERE "action" <> 'check.run';
