import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpsRequest, Agent } from 'node:https';
import { request as httpRequest } from 'node:http';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { sleep } from './instances';

export const NGINX = '/usr/sbin/nginx';

/** A self-signed certificate for 127.0.0.1, made by openssl in `dir`. */
export function selfSignedCert(dir: string): { cert: string; key: string; pem: Buffer } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  return { cert, key, pem: readFileSync(cert) };
}

/**
 * Debian's nginx on loopback, terminating TLS on `port` in front of the instances on
 * `upstreamPorts`, with the repository's own proxy rules (deploy/omni-runbook-proxy.conf) and the
 * upstream options of deploy/nginx.conf. Everything it writes stays in `dir`.
 */
export async function startNginx(
  dir: string,
  port: number,
  upstreamPorts: number[],
  tls: { cert: string; key: string },
): Promise<{ child: ChildProcess; stop(): Promise<void>; errors(): string }> {
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d), { recursive: true });
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream omni_runbook {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${tls.cert};
    ssl_certificate_key ${tls.key};
    include ${resolve('deploy/omni-runbook-proxy.conf')};
  }
}
`,
  );
  const test = spawnSync(NGINX, ['-t', '-p', dir, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t refused the configuration:\n${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise((r) => child.once('exit', r));
  // Listening once a TLS handshake succeeds. No request: one would go upstream, and instances not
  // started yet would be marked failed for fail_timeout.
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((r) => {
      const socket = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
        socket.end();
        r(true);
      });
      socket.on('error', () => r(false));
    });
    if (up) break;
    if (child.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${stderr}`);
    await sleep(100);
  }
  return {
    child,
    errors: () => {
      try {
        return readFileSync(join(dir, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
    },
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The loopback address the connection comes from (127.0.0.x), so the server sees a distinct client. */
  localAddress?: string;
  agent?: Agent;
}

/** An HTTPS request to nginx that trusts only the test's certificate. */
export function httpsCall(port: number, ca: Buffer, path: string, o: CallOptions = {}): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port, path, method: o.method ?? 'GET', headers: o.headers, ca, localAddress: o.localAddress, agent: o.agent },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });
}

/** A plain HTTP request straight to an instance. */
export function httpCall(port: number, path: string, o: CallOptions = {}): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: o.method ?? 'GET', headers: o.headers, localAddress: o.localAddress }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(o.body);
  });
}
