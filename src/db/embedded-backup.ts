import { createConnection, createServer, type Server } from 'node:net';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Online backups of the embedded database. PGlite has exactly one owner process (src/db/lock.ts),
 * so a backup of a running server has to be taken by that process: it listens on a Unix socket
 * beside DATA_DIR (`<DATA_DIR>.backup.sock`, mode 0600, not inside it: PGlite's dump walks that
 * folder and fails on a socket), and `npm run backup` asks it there. The socket, not an HTTP
 * route: a whole database (password hashes, encrypted secrets, the generated secret.key) never
 * leaves over the network, and only the operating-system user who could read DATA_DIR anyway may
 * connect. The dump is PGlite's own (`dumpDataDir`, a gzipped tar of the data folder) taken after
 * a CHECKPOINT, while no query or transaction runs (PGlite's transaction lock), so it restores to
 * a database that starts and holds every row committed before it.
 */

/** The socket path of the embedded database in `dataDir` (an absolute path). */
export const backupSocketPath = (dataDir: string): string => `${dataDir.replace(/\/+$/, '')}.backup.sock`;

/** A gzipped tar of the data folder, taken consistently (see above). */
export async function dumpEmbedded(pglite: PGlite): Promise<Uint8Array> {
  await pglite.exec('checkpoint');
  const blob = await pglite._runExclusiveTransaction(() => pglite.dumpDataDir('gzip'));
  return new Uint8Array(await blob.arrayBuffer());
}

/** Serves backups on the socket until the returned function is called. */
export async function listenForBackups(pglite: PGlite, dataDir: string): Promise<() => void> {
  const path = backupSocketPath(dataDir);
  // A socket file left by a process that died: this process owns DATA_DIR now (claimDataDir).
  if (existsSync(path)) rmSync(path);
  const server: Server = createServer((socket) => {
    socket.on('error', () => {});
    dumpEmbedded(pglite).then(
      (bytes) => socket.end(Buffer.from(bytes)),
      (e: unknown) => {
        console.error(`[backup] the dump failed: ${(e as Error)?.constructor?.name ?? 'error'}`);
        socket.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return () => {
    server.close();
    if (existsSync(path)) rmSync(path, { force: true });
  };
}

/** Asks the running server for a backup; undefined when none listens on the socket. */
export function requestBackup(dataDir: string): Promise<Buffer | undefined> {
  const path = backupSocketPath(dataDir);
  if (!existsSync(path)) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = createConnection(path);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () =>
      chunks.length
        ? resolve(Buffer.concat(chunks))
        : reject(new Error('The running server closed the backup socket without sending a backup; its log says why.')),
    );
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNREFUSED' || e.code === 'ENOENT' ? resolve(undefined) : reject(e)));
  });
}
