// `node scripts/serve.mjs` (npm run preview; npm start after building): serves the built site
// (dist/server/entry.mjs, the Node adapter in standalone mode) and keeps its HTTP server, so that
// SIGTERM can stop taking connections at once and drain the ones in flight (src/server/lifecycle.ts):
// the adapter starts its own server without handing it out, hence ASTRO_NODE_AUTOSTART=disabled
// and startServer() here. Then it opens the database (migrations, jobs) right away through
// GET /api/ready instead of on the first request: a failed start is logged with its reason and
// ends the process with status 1, so a supervisor (systemd) restarts it instead of keeping an
// instance that answers 503.
import { fileURLToPath } from 'node:url';

/** Starts the built server; resolves with its base URL once its database is open. */
export async function serve() {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { startServer } = await import(new URL('../dist/server/entry.mjs', import.meta.url).href);
  const { server } = startServer();
  const http = server.server;
  globalThis[Symbol.for('omni-runbook.http-server')] = http;
  await new Promise((resolve, reject) => {
    if (http.listening) return resolve();
    http.once('listening', resolve);
    http.once('error', reject);
  }).catch((e) => {
    console.error(
      `[startup] could not listen on ${process.env.HOST ?? 'localhost'}:${process.env.PORT ?? 8080}: ${e.code ?? ''} ${e.message}` +
        (e.code === 'EADDRINUSE' ? '\n  hint: another process listens on that port: stop it or set PORT' : ''),
    );
    process.exit(1);
  });
  const { address, family, port } = http.address();
  const host = address === '0.0.0.0' || address === '::' ? (family === 'IPv6' ? '[::1]' : '127.0.0.1') : family === 'IPv6' ? `[${address}]` : address;
  const res = await fetch(`http://${host}:${port}/api/ready`).catch((e) => ({ ok: false, status: String(e) }));
  if (!res.ok) {
    console.error(`[startup] the site is up but its database is not (GET /api/ready answered ${res.status}); the [startup] lines above say why.`);
    process.exit(1);
  }
  return `http://${process.env.HOST ?? 'localhost'}:${port}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve();
