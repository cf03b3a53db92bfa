import type { Server } from 'node:http';

/**
 * Where scripts/serve.mjs leaves the HTTP server it started (the Node adapter keeps its own to
 * itself), so a stopping process can close its listener. A process-wide symbol: the launcher and
 * this bundle share `globalThis`, nothing else.
 */
const HTTP_SERVER = Symbol.for('omni-runbook.http-server');

let draining = false;
let inFlight = 0;
const idleWaiters = new Set<() => void>();

/** True once the process was told to stop: readiness answers 503, event streams end. */
export const isDraining = (): boolean => draining;

/** Counts a request in flight until the returned function is called (the middleware does both). */
export function trackRequest(): () => void {
  inFlight++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    inFlight--;
    if (inFlight === 0) for (const wake of idleWaiters) wake();
  };
}

function httpServer(): Server | undefined {
  return (globalThis as Record<symbol, unknown>)[HTTP_SERVER] as Server | undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/**
 * Stops taking requests and lets the ones in flight finish, within `timeoutMs`. With the server
 * of scripts/serve.mjs: the listener closes at once (a proxy's next connection is refused and goes
 * to another instance), idle keep-alive connections are closed, busy ones as their responses end,
 * and whatever is left at the deadline is cut. Started some other way (`node dist/server/entry.mjs`),
 * the listener stays open: it waits for the requests it counted.
 */
export async function drainHttp(timeoutMs: number): Promise<void> {
  draining = true;
  const deadline = Date.now() + timeoutMs;
  const server = httpServer();
  if (server) {
    const closed = new Promise<void>((r) => server.close(() => r()));
    let ended = false;
    void closed.then(() => (ended = true));
    while (!ended && Date.now() < deadline) {
      // A connection that was busy when close() ran becomes idle once its response ends.
      server.closeIdleConnections();
      await Promise.race([closed, sleep(100)]);
    }
    if (!ended) server.closeAllConnections();
    return;
  }
  while (inFlight > 0 && Date.now() < deadline) {
    await Promise.race([new Promise<void>((r) => idleWaiters.add(r)), sleep(100)]);
    idleWaiters.clear();
  }
}

let stopping = false;

/**
 * On SIGTERM or SIGINT: readiness goes 503, HTTP drains (drainHttp) while `stopWork` stops the
 * jobs (pg-boss lets a running job finish, or fails it back into its queue for another instance,
 * within the same bound), then `close` closes the database and the process exits. A second signal
 * while stopping does nothing more: the bound is what ends a stuck shutdown.
 */
export function installShutdown(opts: { timeoutMs: number; stopWork: () => Promise<void>; close: () => Promise<void> }): void {
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[shutdown] ${signal}: not taking new requests; finishing requests and jobs in flight (at most ${Math.round(opts.timeoutMs / 1000)} s)`);
    let code = signal === 'SIGINT' ? 130 : 0;
    try {
      const [http, work] = await Promise.allSettled([drainHttp(opts.timeoutMs), opts.stopWork()]);
      for (const r of [http, work]) if (r.status === 'rejected') throw r.reason;
      await opts.close();
      console.log('[shutdown] done');
    } catch (e) {
      console.error(`[shutdown] did not finish cleanly: ${(e as Error)?.constructor?.name ?? 'error'}`);
      code = 1;
    } finally {
      process.exit(code);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
