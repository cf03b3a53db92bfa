// `npm run restore -- <backup.tar.gz>`: puts a backup made by `npm run backup` in place as the
// embedded database (DATA_DIR). The server must be stopped. An existing DATA_DIR is moved aside to
// `<DATA_DIR>.before-restore-<time>` (never deleted); the restored one is opened once to check
// that it starts, and the server applies any newer migrations at its next start.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { readEnv } from '../src/env';
import { claimDataDir } from '../src/db/lock';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const env = readEnv();
  if (env.DATABASE_URL)
    throw new Error('DATABASE_URL is set: restore PostgreSQL with pg_restore (README › Deploying › Backups); npm run restore is for the embedded database.');
  const file = positionals[0];
  if (!file || !existsSync(file)) throw new Error('usage: npm run restore -- <backup.tar.gz> (a file made by npm run backup).');
  const dataDir = resolve(env.DATA_DIR);
  const bytes = readFileSync(file);

  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    // Throws "in use by process N" while a server runs on it.
    claimDataDir(dataDir)();
    const aside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, aside);
    console.log(`The current database was moved to ${aside}.`);
  }
  mkdirSync(dataDir, { recursive: true });
  const release = claimDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([bytes]) });
    try {
      const { rows } = await pglite.query<{ n: number }>('select count(*)::int as n from users');
      console.log(`Restored ${file} into ${dataDir}: ${rows[0]?.n ?? 0} users. Start the server (npm start).`);
    } finally {
      await pglite.close();
    }
  } finally {
    // The backup carries the pid file of the server it was taken from: that process does not own this copy.
    release();
    rmSync(join(dataDir, 'owner.pid'), { force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`restore: ${(e as Error).message}`);
  process.exit(1);
});
