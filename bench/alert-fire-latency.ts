import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { PgBoss, fromPglite } from 'pg-boss';
import type { DbHandle } from '../src/db/client';
import * as t from '../src/db/schema';
import { deliverySettings } from '../src/alerts/delivery/settings';
import { registerAlertDelivery } from '../src/alerts/delivery/worker';
import { runSweep } from '../src/alerts/engine/sweep';
import { encryptSecret } from '../src/security/secrets';

/** Rounds of break → sweep (fires) → received, each followed by a fix → sweep (resolves) → received. */
const ROUNDS = 7;
/** Longest wait for one delivery before the benchmark gives up. */
const WAIT_MS = 60_000;

export interface FireLatency {
  /** Seconds from the start of the sweep that fires to the webhook request's arrival at the receiver, one per round. */
  fromSweepStart: number[];
  /** Seconds from the end of that sweep (its firing committed, its delivery job sent) to the arrival. */
  fromSweepEnd: number[];
  /** Seconds the firing sweeps took. */
  sweep: number[];
}

/**
 * From the sweep that fires to the delivery received, on the benchmark's database at scale: a real
 * pg-boss worker of the `alert-deliver` queue (the server's, registerAlertDelivery, polling every
 * second) and a `node:http` receiver on loopback answering 204. A scheduled task of its own and a
 * rule on it (scheduler-status, that one task, one bad run fires, one good run resolves; never
 * flapping) with a signed JSON webhook contact. Each round makes the task overdue on the app clock,
 * runs one whole sweep (every check, every rule) and waits for the `alert.fired` request; then
 * fixes it and waits for the `alert.resolved`, so the next round starts with an idle queue.
 * `tick` moves the app clock one sweep on and returns it.
 */
export async function measureFireLatency(h: DbHandle, tick: () => Date): Promise<FireLatency> {
  const arrivals: { type: string; at: number }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      let type = '';
      try {
        type = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string }).type;
      } catch {
        // not a JSON body: recorded without a type
      }
      arrivals.push({ type, at });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const savedAllow = process.env.OUTBOUND_ALLOW_LIST;
  process.env.OUTBOUND_ALLOW_LIST = '127.0.0.1'; // the guard reads it on each call: the receiver is on loopback
  const boss =
    h.driver === 'pglite'
      ? new PgBoss({ db: fromPglite(h.pglite!), backend: 'pglite' } as ConstructorParameters<typeof PgBoss>[0])
      : new PgBoss({ connectionString: h.url!, max: 4 });
  boss.on('error', () => {});
  try {
    await boss.start();
    // One attempt each: the other rules' e-mail contacts (no SMTP server here) fail at once instead of retrying.
    await registerAlertDelivery(boss, h.db, { settings: () => ({ ...deliverySettings(), retryLimit: 0, retryDelaySeconds: 0, timeoutMs: 5_000 }) });
    const [contact] = await h.db
      .insert(t.alertContacts)
      .values({
        name: 'bench receiver',
        kind: 'webhook',
        format: 'json',
        targetEnc: encryptSecret(`http://127.0.0.1:${port}/hook`),
        targetHint: `127.0.0.1:${port}/…hook`,
        signingSecretEnc: encryptSecret(`whsec_${randomBytes(24).toString('base64')}`),
        lang: 'en',
      })
      .returning({ id: t.alertContacts.id });
    let at = tick();
    const [task] = await h.db
      .insert(t.scheduledTasks)
      .values({ name: 'bench - latency probe', source: 'external', automatic: true, intervalSec: 60, lastRunAt: at })
      .returning({ id: t.scheduledTasks.id });
    await h.db.insert(t.alertRules).values({
      name: 'bench latency',
      checkId: 'scheduler-status',
      record: { mode: 'one', kind: 'task', id: task.id },
      minStatus: 'fail',
      pendingRuns: 1,
      recoverRuns: 1,
      contactId: contact.id,
      flapWindow: 2,
      flapTransitions: 100,
    });
    await runSweep(h.db, at, { boss }); // creates the rule's state, green
    const received = async (type: string, n: number) => {
      const deadline = performance.now() + WAIT_MS;
      for (;;) {
        const hits = arrivals.filter((a) => a.type === type);
        if (hits.length >= n) return hits[n - 1].at;
        if (performance.now() > deadline) throw new Error(`no ${type} delivery ${n} within ${WAIT_MS / 1000} s`);
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const out: FireLatency = { fromSweepStart: [], fromSweepEnd: [], sweep: [] };
    for (let i = 1; i <= ROUNDS; i++) {
      // A random pause (0–1 s, the worker's polling interval), so the rounds do not lock onto its polling phase.
      await new Promise((r) => setTimeout(r, Math.random() * 1_000));
      at = tick();
      // Break: the task last ran a day before this sweep's moment (overdue).
      await h.db
        .update(t.scheduledTasks)
        .set({ lastRunAt: new Date(at.getTime() - 86_400_000) })
        .where(eq(t.scheduledTasks.id, task.id));
      const start = performance.now();
      await runSweep(h.db, at, { boss });
      const end = performance.now();
      const got = await received('alert.fired', i);
      out.fromSweepStart.push((got - start) / 1000);
      out.fromSweepEnd.push((got - end) / 1000);
      out.sweep.push((end - start) / 1000);
      // Fix: it ran at this sweep's moment; the resolved delivery arrives before the next round.
      at = tick();
      await h.db.update(t.scheduledTasks).set({ lastRunAt: at }).where(eq(t.scheduledTasks.id, task.id));
      await runSweep(h.db, at, { boss });
      await received('alert.resolved', i);
    }
    return out;
  } finally {
    await boss.stop({ graceful: true, timeout: 5_000 }).catch(() => {});
    await new Promise<void>((r) => server.close(() => r()));
    if (savedAllow === undefined) delete process.env.OUTBOUND_ALLOW_LIST;
    else process.env.OUTBOUND_ALLOW_LIST = savedAllow;
  }
}
