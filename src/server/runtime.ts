import { resolve } from 'node:path';
import { count } from 'drizzle-orm';
import { readEnv, type Env } from '../env';
import { openDatabase, type DbHandle } from '../db/client';
import { users } from '../db/schema';
import { seedDemo, demoAccounts, DEMO_PASSWORD } from '../db/seed/demo';
import { startJobs, type Jobs } from '../jobs/boss';
import { startBulkWorkers } from '../bulk/workers';
import { startSimulatedHeartbeats } from '../demo/simulated-heartbeats';
import { now } from './clock';

/** Everything a request handler needs, created once per server process. */
export interface Runtime {
  env: Env;
  handle: DbHandle;
  jobs: Jobs;
}

let runtime: Promise<Runtime> | undefined;
let shuttingDown = false;

async function create(): Promise<Runtime> {
  const env = readEnv();
  const handle = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: resolve(env.DATA_DIR),
    migrationsDir: resolve(env.MIGRATIONS_DIR),
  });
  if (env.SEED_DEMO === '1') {
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
  const jobs = await startJobs(handle);
  const stopBulk = await startBulkWorkers(handle, jobs.boss, { now });
  const stopDemo = await startSimulatedHeartbeats(handle.db, now);
  const stopJobs = jobs.stop;
  jobs.stop = async () => {
    stopDemo();
    stopBulk();
    await stopJobs();
  };
  installShutdown();
  return { env, handle, jobs };
}

function installShutdown() {
  const stop = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    try {
      await closeRuntime();
    } finally {
      process.exit(signal === 'SIGINT' ? 130 : 0);
    }
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** The process's runtime, opening the database (and migrating, seeding, starting jobs) on first use. */
export function getRuntime(): Promise<Runtime> {
  runtime ??= create().catch((e) => {
    runtime = undefined;
    throw e;
  });
  return runtime;
}

/** Stops the jobs and closes the database; the embedded one has exactly one owner, this process. */
export async function closeRuntime(): Promise<void> {
  if (!runtime) return;
  const rt = await runtime.catch(() => undefined);
  runtime = undefined;
  if (!rt) return;
  await rt.jobs.stop();
  await rt.handle.close();
}
