import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
export { freePort } from '../../helpers/free-port';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a truthy value; throws with `what` after `ms`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | false | undefined | null>, ms: number, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(every);
  }
}

/** A new PostgreSQL database on the server of `base`, dropped by `drop()`. */
export async function freshDatabase(base: string): Promise<{ url: string; name: string; sql: postgres.Sql; drop(): Promise<void> }> {
  const admin = postgres(base, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `omni_deploy_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  return {
    url: url.toString(),
    name,
    sql,
    drop: async () => {
      await sql.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** One app instance: the built server through scripts/serve.mjs, on its own port. */
export interface Instance {
  name: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or the signal) once it ended. */
  exited: Promise<number | string>;
}

/**
 * Starts an instance (`node scripts/serve.mjs`, which loads dist/server/entry.mjs) with its own
 * PGAPPNAME, so the test can tell its database sessions apart in pg_stat_activity.
 */
export function startInstance(name: string, port: number, env: Record<string, string>): Instance {
  let out = '';
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    PGAPPNAME: `omni-${name}`,
    ASTRO_NODE_LOGGING: 'disabled',
    ...env,
  };
  // An empty value unsets the variable (DATABASE_URL: '' for the embedded database).
  for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((r) => child.once('exit', (code, signal) => r(code ?? signal ?? -1)));
  return { name, port, child, output: () => out, exited };
}

/** Resolves once the instance answers 200 on /api/ready; throws with its output if it exits first. */
export async function untilReady(i: Instance, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (i.child.exitCode !== null || i.child.signalCode !== null)
      throw new Error(`instance ${i.name} exited (${i.child.exitCode ?? i.child.signalCode}) before it was ready:\n${i.output()}`);
    const ok = await fetch(`http://127.0.0.1:${i.port}/api/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(150);
  }
  throw new Error(`instance ${i.name} was not ready within ${ms} ms:\n${i.output()}`);
}

/** Sends `signal` and waits for the exit; resolves with the exit code or signal. */
export async function stopInstance(i: Instance, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
  if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill(signal);
  return i.exited;
}
