import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { freePort, startInstance, stopInstance, type Instance } from './helpers/instances';

/**
 * A server that cannot start says why, and how to fix it, then exits 1 (so systemd restarts it):
 * before, the log said only "the messages above say why", with nothing above. Needs a build.
 */
const missing = existsSync('dist/server/entry.mjs') ? '' : 'a build (npm run build)';
const dir = mkdtempSync(join(tmpdir(), 'omni-startup-'));
const started: Instance[] = [];

afterAll(async () => {
  for (const i of started) await stopInstance(i, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function failedStart(env: Record<string, string>): Promise<string> {
  const i = startInstance('E', await freePort(), { SEED_DEMO: '0', ...env });
  started.push(i);
  expect(await i.exited).toBe(1);
  return i.output();
}

describe.skipIf(!!missing)(`a failed start is explained${missing ? ` (needs ${missing})` : ''}`, () => {
  test('a DATABASE_URL nothing listens on: the message, the cause and the hint, without the password', async () => {
    const out = await failedStart({ DATABASE_URL: `postgres://omni:s3cret-pw@127.0.0.1:${await freePort()}/omni` });
    expect(out).toContain('[startup] the server could not open its database');
    expect(out).toMatch(/Could not connect to the PostgreSQL server in DATABASE_URL \(postgres:\/\/omni:\*\*\*@127\.0\.0\.1:\d+\/omni\)/);
    expect(out).toContain('ECONNREFUSED');
    expect(out).toContain('hint: nothing listens at that host and port');
    expect(out).not.toContain('s3cret-pw');
    expect(out).not.toContain('the messages above say why');
  });

  test('an embedded database owned by another live process names that process', async () => {
    const data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    // This test's own process stands for the other server.
    writeFileSync(join(data, 'owner.pid'), String(process.pid));
    const out = await failedStart({ DATA_DIR: data, DATABASE_URL: '' });
    expect(out).toContain(`is in use by process ${process.pid}. Stop that process first`);
  });

  test('an invalid TRUST_PROXY names the entry to fix', async () => {
    const out = await failedStart({ DATA_DIR: join(dir, 'other'), DATABASE_URL: '', TRUST_PROXY: '127.0.0.1,proxy.internal' });
    expect(out).toContain('TRUST_PROXY: "proxy.internal" is not an IP address or CIDR range');
  });
});
