-- Range-based bulk requests (issue 25: the mass queue closure records its range, not its items).
-- The highest key the request's committed batches reached: each batch advances it in the same
-- transaction as its writes and its counts, so a resumed job continues right after it. Null for
-- item-based requests and for a range request before its first batch. Safe to run twice.
ALTER TABLE "bulk_requests" ADD COLUMN IF NOT EXISTS "high_water_mark" bigint;
--> statement-breakpoint
-- A closure requested before this migration and not yet ended snapshotted its ids into bulk_items:
-- give it the range those ids span and, when it already ran batches, the mark they reached (items
-- were applied in id order), so it resumes as a range. Ended ones keep their items (listed as before).
UPDATE "bulk_requests" r SET "input" = jsonb_set(r."input", '{upToId}', to_jsonb(s.up_to)),
       "high_water_mark" = coalesce(r."high_water_mark", s.mark)
FROM (SELECT i."request_id", max(i."item_key"::bigint) AS up_to, max(i."item_key"::bigint) FILTER (WHERE i."state" <> 'pending') AS mark
      FROM "bulk_items" i JOIN "bulk_requests" o ON o."id" = i."request_id"
      WHERE o."kind" = 'queue-closure' AND o."state" IN ('waiting', 'running')
      GROUP BY i."request_id") s
WHERE s."request_id" = r."id" AND r."kind" = 'queue-closure' AND r."state" IN ('waiting', 'running') AND NOT (r."input" ? 'upToId');
