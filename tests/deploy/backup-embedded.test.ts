import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, test } from 'vitest';
import { freePort, startInstance, stopInstance, untilReady, type Instance } from './helpers/instances';
import { httpCall } from './helpers/nginx';

/**
 * `npm run backup` / `npm run restore` of the embedded database: a backup taken from a running
 * server (over its backup socket) restores into a database that starts and holds the same rows.
 * Needs a build (`npm run build`).
 */
const missing = existsSync('dist/server/entry.mjs') ? '' : 'a build (npm run build)';
const dir = mkdtempSync(join(tmpdir(), 'omni-backup-'));
const running: Instance[] = [];

afterAll(async () => {
  for (const i of running) await stopInstance(i, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Runs one of the npm scripts' files (scripts/backup.ts, scripts/restore.ts) with DATA_DIR set. */
function script(file: string, dataDir: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { env, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Rows per table of a stopped embedded database. */
async function counts(dataDir: string): Promise<Record<string, number>> {
  const db = await PGlite.create(dataDir);
  try {
    const { rows } = await db.query<{ t: string }>(
      `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of rows) out[t] = (await db.query<{ n: number }>(`select count(*)::int as n from "${t}"`)).rows[0].n;
    return out;
  } finally {
    await db.close();
  }
}

const signIn = (port: number) =>
  httpCall(port, '/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify({ email: 'admin@demo.local', password: 'Omni-demo-2026' }),
  });

describe.skipIf(!!missing)(`embedded database backups${missing ? ` (needs ${missing})` : ''}`, () => {
  test('a backup taken from a running server restores to a database that starts and holds the same rows', async () => {
    const original = join(dir, 'data');
    const server = startInstance('P', await freePort(), { DATA_DIR: original, DATABASE_URL: '', SEED_DEMO: '1' });
    running.push(server);
    await untilReady(server);
    // Some writes of its own before the backup: a session and its audit record.
    expect((await signIn(server.port)).status).toBe(200);

    // Taken while it runs: the script cannot open the folder itself (the server owns it), so the server does the dump.
    const file = join(dir, 'omni.tar.gz');
    const backup = script('scripts/backup.ts', original, ['--out', file]);
    expect(backup.status, backup.out).toBe(0);
    expect(backup.out).toContain('from the running server');
    // While the server runs, restoring over its folder is refused with the reason.
    const refused = script('scripts/restore.ts', original, [file]);
    expect(refused.status).toBe(1);
    expect(refused.out).toMatch(/in use by process \d+/);

    expect(await stopInstance(server)).toBe(0);
    // Nothing wrote rows after the backup (no requests; the demo heartbeats only update).
    const before = await counts(original);
    expect(before.users).toBeGreaterThan(60);
    expect(before.sessions).toBeGreaterThanOrEqual(1);

    const copy = join(dir, 'restored');
    const restore = script('scripts/restore.ts', copy, [file]);
    expect(restore.status, restore.out).toBe(0);
    expect(existsSync(join(copy, 'owner.pid'))).toBe(false);
    expect(await counts(copy)).toEqual(before);

    // …and a server starts on it: same accounts, no re-seeding.
    const again = startInstance('Q', await freePort(), { DATA_DIR: copy, DATABASE_URL: '', SEED_DEMO: '1' });
    running.push(again);
    await untilReady(again);
    expect(again.output()).not.toContain('Demo organization created');
    expect((await signIn(again.port)).status).toBe(200);
    expect(await stopInstance(again)).toBe(0);
  });
});
