import { PgBoss, fromPglite } from 'pg-boss';
import type { DbHandle } from '../db/client';
import { registerSessionPurge } from './session-purge';
import { registerBulkPayloadPurge } from './bulk-payload-purge';
import { logError } from '../server/log-error';
import { registerSearchPurge } from './search-insights-purge';
import { registerCheckRunsPurge } from './check-runs-purge';
import { registerAlertDelivery } from '../alerts/delivery/worker';
import { registerBulkEndedNotice } from '../alerts/delivery/bulk-notice';
import { registerAlertSweep } from './alert-sweep';
import { readEnv } from '../env';

/** The pg-boss instance of this process and how to stop it. */
export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the same database as the app: on PGlite through its adapter, on PostgreSQL
 * through its own small pool. Queues and workers are registered by the features that own them.
 * pg-boss creates or migrates its schema under its own advisory lock, so instances starting at
 * once on a fresh database wait for each other (tests/deploy/deploy-nginx.test.ts starts three).
 */
export async function startJobs(handle: DbHandle, opts: { stopTimeoutMs?: number; alertSweepSeconds?: number } = {}): Promise<Jobs> {
  const boss =
    handle.driver === 'pglite'
      ? new PgBoss({ db: fromPglite(handle.pglite!), backend: 'pglite' } as ConstructorParameters<typeof PgBoss>[0])
      : new PgBoss({ connectionString: handle.url!, max: 4 });
  boss.on('error', (e: unknown) => logError('jobs', e));
  await boss.start();
  await registerSessionPurge(boss, handle.db);
  await registerBulkPayloadPurge(boss, handle.db);
  await registerSearchPurge(boss, handle.db);
  await registerCheckRunsPurge(boss, handle.db);
  await registerAlertDelivery(boss, handle.db);
  await registerBulkEndedNotice(boss, handle.db);
  await registerAlertSweep(boss, handle.db, opts.alertSweepSeconds ?? readEnv().ALERT_SWEEP_SECONDS);
  return {
    boss,
    // Graceful: workers stop fetching at once; a running job gets up to the timeout to finish,
    // then pg-boss fails it back into retry (another instance resumes it: bulk runs are resumable).
    stop: async () => {
      await boss.stop({ graceful: true, timeout: opts.stopTimeoutMs ?? 10_000 });
    },
  };
}
