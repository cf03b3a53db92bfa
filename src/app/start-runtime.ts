/**
 * How this server starts: opens the database (migrating it), seeds the demo into an empty one, starts
 * the jobs, the bulk workers, the demo's simulated heartbeats and the embedded database's backup
 * socket, and installs the graceful stop. It sits above every domain so that the shared core
 * (src/server/runtime.ts) imports none of them: importing this module provides the factory.
 */
import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { readEnv, type Env } from '../env';
import { provideRuntime, type Runtime } from '../server/runtime';
import { openDatabase, type DbHandle } from '../db/client';
import { users } from '../db/schema';
import { seedDemo, demoAccounts, DEMO_PASSWORD } from '../db/seed/demo';
import { startJobs } from '../jobs/boss';
import { startBulkWorkers } from '../bulk/workers';
import { startSimulatedHeartbeats } from '../demo/simulated-heartbeats';
import { now } from '../server/clock';
import { LOCK_KEYS, withAdvisoryLock } from '../db/advisory-lock';
import { installShutdown } from '../server/lifecycle';
import { backupSocketPath, listenForBackups } from '../db/embedded-backup';

async function createRuntime(): Promise<Runtime> {
  const env = readEnv();
  const handle = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    migrationsDir: resolve(env.MIGRATIONS_DIR),
  });
  // Under a lock: instances starting at once on an empty database would each seed it.
  if (env.SEED_DEMO === '1') await withAdvisoryLock(handle, LOCK_KEYS.seed, () => seedIfEmpty(handle, env));
  const timeoutMs = env.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  const jobs = await startJobs(handle, { stopTimeoutMs: timeoutMs });
  const stopBulk = await startBulkWorkers(handle, jobs.boss, { now });
  const stopDemo = await startSimulatedHeartbeats(handle.db, now);
  const stopJobs = jobs.stop;
  jobs.stop = async () => {
    stopDemo();
    stopBulk();
    await stopJobs();
  };
  const stopBackups = handle.driver === 'pglite' ? await backupSocket(handle, resolve(env.DATA_DIR)) : () => {};
  installShutdown({
    timeoutMs,
    stopWork: () => jobs.stop(),
    close: async () => {
      stopBackups();
      await handle.close();
    },
  });
  return { env, handle, jobs };
}

/** The embedded database's online-backup socket (src/db/embedded-backup.ts); without it the server still runs. */
async function backupSocket(handle: DbHandle, dataDir: string): Promise<() => void> {
  try {
    return await listenForBackups(handle.pglite!, dataDir);
  } catch (e) {
    console.warn(
      `[backup] no online backups: could not listen on ${backupSocketPath(dataDir)} (${(e as NodeJS.ErrnoException).code ?? 'error'}); stop the server to take one with npm run backup.`,
    );
    return () => {};
  }
}

/** Seeds the demo organization into an empty database and prints its accounts. */
async function seedIfEmpty(handle: DbHandle, env: Env): Promise<void> {
  const [{ n }] = await handle.db.select({ n: count() }).from(users);
  if (n === 0) {
    await seedDemo(handle.db, { users: 60, attendances: 400 });
    console.log(
      `\nDemo organization created (${handle.driver === 'pglite' ? 'embedded database in ' + resolve(env.DATA_DIR) : 'PostgreSQL'}).\n` +
        `Demo accounts (password ${DEMO_PASSWORD}):\n` +
        demoAccounts.map((a) => `  ${a.email.padEnd(24)} ${a.role}`).join('\n') +
        '\n',
    );
  }
}

provideRuntime(createRuntime);
