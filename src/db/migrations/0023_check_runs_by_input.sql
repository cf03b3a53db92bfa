-- /metrics (issue 20) exposes the latest stored run of every record the dashboard sweeps: for each
-- check and exact input (`{"queueId": 3}`, or the no-input check's own `{}`), the newest run. This
-- index answers each of those lookups with one backward index scan, however many runs the sweep has
-- stored; the input is indexed by its digest so that a large input never exceeds a B-tree entry.
-- Safe to run twice.
CREATE INDEX IF NOT EXISTS "check_runs_check_input_at_idx" ON "check_runs" USING btree ("check_id", md5("input"::text), "at");
