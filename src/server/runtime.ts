import type { Env } from '../env';
import type { DbHandle } from '../db/client';
import type { Jobs } from '../jobs/boss';
import { logStartupError } from './startup-error';

/** Everything a request handler needs, created once per server process. */
export interface Runtime {
  env: Env;
  handle: DbHandle;
  jobs: Jobs;
}

let factory: (() => Promise<Runtime>) | undefined;
let runtime: Promise<Runtime> | undefined;

/** Names how the runtime is created (src/app/start-runtime.ts, imported by the middleware). */
export function provideRuntime(create: () => Promise<Runtime>): void {
  factory = create;
}

/** The process's runtime, opening the database (and migrating, seeding, starting jobs) on first use. */
export function getRuntime(): Promise<Runtime> {
  if (!factory) return Promise.reject(new Error('No runtime factory: import src/app/start-runtime.ts first (the middleware does).'));
  const create = factory;
  runtime ??= create().catch((e) => {
    runtime = undefined;
    logStartupError(e);
    throw e;
  });
  return runtime;
}
