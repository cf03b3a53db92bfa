-- Leave room on each bulk_items page so marking an item applied/failed is a HOT update (no index
-- entries written: state, applied_at and reason are not indexed). Batch-mode jobs mark a
-- thousand items per transaction; this keeps that bookkeeping cheap. Safe to run twice.
ALTER TABLE "bulk_items" SET (fillfactor = 60);
