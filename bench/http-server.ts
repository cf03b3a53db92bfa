import { spawn } from 'node:child_process';
import { request, Agent } from 'node:http';
import { freePort } from '../tests/helpers/free-port';

/** A running built server (`node dist/server/entry.mjs`) on a loopback port. */
export interface BenchServer {
  base: string;
  /** One HTTP request over a single kept-alive connection; returns status and body. */
  send(
    method: 'GET' | 'POST',
    path: string,
    opts?: { cookie?: string; body?: string },
  ): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>;
  stop(): Promise<void>;
}

/** Starts the built server with the given environment and waits for /api/ready. */
export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, ['dist/server/entry.mjs'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), SEED_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const base = `http://127.0.0.1:${port}`;
  const send: BenchServer['send'] = (method, path, opts = {}) =>
    new Promise((resolve, reject) => {
      const req = request(
        `${base}${path}`,
        {
          method,
          agent,
          headers: {
            ...(opts.cookie ? { cookie: opts.cookie } : {}),
            ...(opts.body !== undefined ? { 'content-type': 'application/json', origin: base } : {}),
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The built server exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await send('GET', '/api/ready')).status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The built server did not become ready within 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    send,
    async stop() {
      agent.destroy();
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}
