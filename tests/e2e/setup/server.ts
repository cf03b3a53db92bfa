import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startMailServers } from '../../helpers/mail-servers';
import { freePort } from '../../helpers/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The loopback mail servers the mailbox check talks to (see tests/helpers/mail-servers.ts). */
    mail: { address: string; user: string; password: string; imapTlsPort: number; imapPlainPort: number; smtpStarttlsPort: number; smtpTlsPort: number };
    /** HEALTH_TOKEN of the built server. */
    healthToken: string;
    /** The built server's PostgreSQL database when it runs on one (TEST_DATABASE_URL), else ''. */
    databaseUrl: string;
  }
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The built server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The built server did not answer ${url} within 60 s:\n${log()}`);
}

/** Starts the built site (`node dist/server/entry.mjs`) on a free loopback port for the browser tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'omni-e2e-'));
  const db = await serverDatabase();
  const mail = await startMailServers();
  const healthToken = randomBytes(24).toString('base64url');
  let output = '';
  const child = spawn(process.execPath, ['dist/server/entry.mjs'], {
    // Loopback is allow-listed for the tests only: the mail servers run there.
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      OUTBOUND_ALLOW_LIST: '127.0.0.1',
      MAIL_TLS_CA_FILE: mail.caFile,
      HEALTH_TOKEN: healthToken,
      OMNI_TEST_CLOCK: '1',
      ...(db ? { DATABASE_URL: db.url } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${baseURL}/api/ready`, child, () => output);
  } catch (e) {
    child.kill('SIGTERM');
    await mail.stop();
    await db?.drop();
    throw e;
  }
  project.provide('baseURL', baseURL);
  project.provide('healthToken', healthToken);
  project.provide('databaseUrl', db?.url ?? '');
  project.provide('mail', {
    ...mail.account,
    imapTlsPort: mail.imap.tlsPort,
    imapPlainPort: mail.imap.plainPort,
    smtpStarttlsPort: mail.smtp.starttlsPort,
    smtpTlsPort: mail.smtp.tlsPort,
  });
  return async () => {
    await mail.stop();
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
    await db?.drop();
  };
}

/**
 * With TEST_DATABASE_URL set, the built server runs on a new database of that PostgreSQL server
 * (dropped afterwards); otherwise on the embedded PGlite in a temporary DATA_DIR.
 */
async function serverDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return undefined;
  const admin = postgres(base, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `omni_e2e_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
