import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { drainHttp, isDraining } from '@/server/lifecycle';

const get = (port: number, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

let server: Server;
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('omni-runbook.http-server')];
  server?.closeAllConnections();
});

describe('draining the HTTP server on SIGTERM (scripts/serve.mjs hands it over)', () => {
  test('the listener closes at once, the request in flight finishes, then drain resolves', async () => {
    server = createServer((req, res) => {
      if (req.url === '/slow') setTimeout(() => res.end('finished'), 400);
      else res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    (globalThis as Record<symbol, unknown>)[Symbol.for('omni-runbook.http-server')] = server;

    expect(isDraining()).toBe(false);
    const inFlight = get(port, '/slow');
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const drained = drainHttp(5000);
    expect(isDraining()).toBe(true);
    // A new connection is refused: a proxy sends it to another instance.
    await expect(get(port, '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(await inFlight).toEqual({ status: 200, body: 'finished' });
    await drained;
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
