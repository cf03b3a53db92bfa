import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { NGINX, selfSignedCert } from './helpers/nginx';

/** The shipped site file (deploy/nginx.conf) is one Debian's nginx accepts as it is, paths aside. */
const dir = mkdtempSync(join(tmpdir(), 'omni-nginx-conf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(NGINX))('deploy/nginx.conf', () => {
  test('nginx -t accepts it with the proxy rules it includes', () => {
    const tls = selfSignedCert(dir);
    const site = readFileSync('deploy/nginx.conf', 'utf8')
      .replace('/etc/nginx/snippets/omni-runbook-proxy.conf', resolve('deploy/omni-runbook-proxy.conf'))
      .replace('/etc/ssl/certs/runbook.example.com.pem', tls.cert)
      .replace('/etc/ssl/private/runbook.example.com.key', tls.key);
    writeFileSync(join(dir, 'site.conf'), site);
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n  include ${join(dir, 'site.conf')};\n}\n`,
    );
    const r = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Every instance of the upstream is one the systemd template unit would run (omni-runbook@<port>).
    expect(site).toMatch(/upstream omni_runbook \{[^}]*server 127\.0\.0\.1:4321[^}]*server 127\.0\.0\.1:4322/);
    expect(readFileSync('deploy/omni-runbook@.service', 'utf8')).toMatch(/ExecStart=.*scripts\/serve\.mjs/);
  });
});
