// `npm run backup [-- --out <file>]`: a backup of the embedded database (DATA_DIR) as a gzipped
// tar (PGlite's dumpDataDir). With the server running it asks that server over its backup socket
// (src/db/embedded-backup.ts: consistent, online); with the server stopped it opens the database
// itself. On PostgreSQL (DATABASE_URL) use pg_dump instead: see README › Deploying › Backups.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { readEnv } from '../src/env';
import { claimDataDir } from '../src/db/lock';
import { dumpEmbedded, requestBackup } from '../src/db/embedded-backup';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const env = readEnv();
  if (env.DATABASE_URL)
    throw new Error('DATABASE_URL is set: back PostgreSQL up with pg_dump (README › Deploying › Backups); npm run backup is for the embedded database.');
  const dataDir = resolve(env.DATA_DIR);
  const out = resolve(values.out ?? `backups/omni-runbook-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`);

  let bytes: Uint8Array | undefined = await requestBackup(dataDir);
  const how = bytes ? 'from the running server' : 'with the server stopped';
  if (!bytes) {
    // Throws "in use by process N" when a server owns the folder but does not answer on the socket.
    const release = claimDataDir(dataDir);
    try {
      const pglite = await PGlite.create(dataDir);
      try {
        bytes = await dumpEmbedded(pglite);
      } finally {
        await pglite.close();
      }
    } finally {
      release();
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.partial`, bytes);
  renameSync(`${out}.partial`, out);
  console.log(`Backup of ${dataDir} (${how}): ${out} (${(bytes.length / 1024 / 1024).toFixed(1)} MB). Restore it with: npm run restore -- ${out}`);
}

main().catch((e: unknown) => {
  console.error(`backup: ${(e as Error).message}`);
  process.exit(1);
});
