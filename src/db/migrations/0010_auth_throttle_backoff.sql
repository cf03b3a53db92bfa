-- Sign-in throttle per account+address with backoff (src/auth/throttle.ts): the time before which
-- no attempt is allowed. The old per-account (`email:`) and per-address (`ip:`) counters are gone.
ALTER TABLE "auth_throttle" ADD COLUMN IF NOT EXISTS "blocked_until" timestamp with time zone;
--> statement-breakpoint
DELETE FROM "auth_throttle" WHERE "key" LIKE 'email:%' OR "key" LIKE 'ip:%';
