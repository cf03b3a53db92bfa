import type { PgBoss } from 'pg-boss';
import type { DbHandle } from '@/db/client';
import { organization } from '@/db/schema';
import { revertDueMigrations } from './revert';

/** Queue of the nightly return of temporary migrations. */
export const REVERT_QUEUE = 'user-migration-revert';

/**
 * Schedules the return of temporary migrations at 00:00 in the organization's time zone (a
 * pg-boss cron, one run across instances, `missed: 'once'`), and catches up at start-up for the
 * midnights the server was down. `now` is injectable for tests.
 */
export async function startMigrationReverts(handle: DbHandle, boss: PgBoss, now: () => Date): Promise<void> {
  if (!(await boss.getQueue(REVERT_QUEUE))) await boss.createQueue(REVERT_QUEUE, { policy: 'singleton', retryLimit: 5, retryDelay: 30 });
  const [org] = await handle.db.select({ tz: organization.timeZone }).from(organization);
  await boss.schedule(REVERT_QUEUE, '0 0 * * *', null, { tz: org?.tz ?? 'America/Sao_Paulo', missed: 'once' });
  await boss.work(REVERT_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await revertDueMigrations(handle.db, now());
  });
  // Catch-up: midnights missed while the server was down.
  await revertDueMigrations(handle.db, now());
}
