import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { timedCpu } from './cpu';
import type { Db } from '../src/db/client';
import * as t from '../src/db/schema';
import { seedDemo } from '../src/db/seed/demo';
import { encryptSecret } from '../src/security/secrets';
import { registeredChecks } from '../src/checks/registry';
import { runSweep } from '../src/alerts/engine/sweep';
import { runSweepChecks } from '../src/alerts/engine/sweep-runs';
import { alertTargets, type AlertRecordKind } from '../src/alerts/engine/targets';
import { randomBytes } from 'node:crypto';
import { measureFireLatency } from './alert-fire-latency';

/** Rounds measured: one round's wall time moves by ±8 ms on a sweep of about 45 ms (and a mailbox probe can wait 5 s on the network), so the medians need more than a handful. */
const ROUNDS = 21;
/** Sweeps before the measure: more than the rules' flap window (10). */
const WARMUP = 12;
const RULES = 50;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * 50 rules over every check a rule may watch: the check's own result, every record of its kind,
 * and one record at a time (the first records of each kind), with a mix of thresholds, repeats,
 * escalations and a schedule grid, two contacts.
 */
export async function makeRules(db: Db): Promise<number> {
  const key = randomBytes(32);
  const [a, b] = await db
    .insert(t.alertContacts)
    .values([
      { name: 'ops', kind: 'email', targetEnc: encryptSecret('ops@example.com', key), targetHint: 'ops@…example.com' },
      { name: 'lead', kind: 'email', targetEnc: encryptSecret('lead@example.com', key), targetHint: 'lead@…example.com' },
    ])
    .returning({ id: t.alertContacts.id });
  const [grid] = await db.select({ id: t.scheduleGrids.id }).from(t.scheduleGrids).limit(1);
  const ids: Record<AlertRecordKind, number[]> = {
    queue: (await db.select({ id: t.chatQueues.id }).from(t.chatQueues).orderBy(t.chatQueues.id)).map((r) => r.id),
    mailbox: (await db.select({ id: t.mailboxes.id }).from(t.mailboxes).orderBy(t.mailboxes.id)).map((r) => r.id),
    survey: (await db.select({ id: t.surveys.id }).from(t.surveys).orderBy(t.surveys.id)).map((r) => r.id),
    task: (await db.select({ id: t.scheduledTasks.id }).from(t.scheduledTasks).orderBy(t.scheduledTasks.id)).map((r) => r.id),
  };
  const selectors: { checkId: string; record: t.AlertRecordSelector }[] = [];
  for (const def of registeredChecks) {
    const targets = alertTargets(def.id)!;
    if (targets.own) selectors.push({ checkId: def.id, record: { mode: 'own' } });
    for (const kind of targets.kinds) {
      selectors.push({ checkId: def.id, record: { mode: 'every' } });
      for (const id of ids[kind].slice(0, 3)) selectors.push({ checkId: def.id, record: { mode: 'one', kind, id } });
    }
  }
  const rules = Array.from({ length: RULES }, (_, i) => ({
    ...selectors[i % selectors.length],
    name: `bench rule ${i + 1}`,
    minStatus: i % 3 === 0 ? ('warn' as const) : ('fail' as const),
    pendingRuns: 1 + (i % 3),
    recoverRuns: 1 + (i % 2),
    repeatMinutes: i % 2 ? 5 : null,
    maxRepeats: 3,
    contactId: a.id,
    escalateContactId: i % 4 === 0 ? b.id : null,
    escalateAfterMinutes: i % 4 === 0 ? 10 : null,
    onError: i % 2 ? ('bad' as const) : ('keep' as const),
    gridId: i % 5 === 0 && grid ? grid.id : null,
  }));
  await db.insert(t.alertRules).values(rules);
  return new Set(rules.map((r) => r.checkId)).size;
}

/**
 * One alert sweep (every check the dashboard runs, as the system, stored; 50 rules' states
 * advanced, events and deliveries written) against running the same checks directly (the sweep's
 * own check runner, same records, same stored runs, no alert work), alternated in the same run and
 * database, on the demo at scale (100,000 users and 1,000,000 attendances on PostgreSQL; a tenth
 * on PGlite or with --quick). Median of 21 rounds, a sweep a minute on the app clock, after a first
 * sweep that creates the states and 12 more (a running alerter: every state has a full flap window);
 * wall and CPU time (this process plus the database's backends). Target: ratio ≤ 1.2. Then, on the
 * same database, from the sweep that fires to the webhook delivery received by a loopback receiver
 * through a real pg-boss worker (bench/alert-fire-latency.ts), median of 7. Target: ≤ 2 s.
 */
export const alertSweepBenchmark: Benchmark = {
  name: 'alert-sweep',
  description:
    'one alert sweep with 50 rules vs the same checks run directly, median ratio (target ≤ 1.2); sweep that fires → delivery received on loopback, median (target ≤ 2 s)',
  async run(ctx) {
    const size = { users: ctx.scaled(100_000), attendances: ctx.scaled(1_000_000) };
    const h = await ctx.freshDb();
    const t0 = performance.now();
    await seedDemo(h.db, size);
    await h.db.execute(sql`vacuum analyze`);
    ctx.report('alert-sweep.seed.seconds', (performance.now() - t0) / 1000, 's', `${size.users}u-${size.attendances}a`);
    const checks = await makeRules(h.db);
    const rules = await h.db.select().from(t.alertRules);
    let now = new Date();
    const tick = () => (now = new Date(now.getTime() + 60_000));

    const first = await timedCpu(h.db, () => runSweep(h.db, tick()));
    ctx.report('alert-sweep.first-sweep.seconds', first.wall, 's', 'creates every state');
    // A running alerter: the states have seen a full flap window of sweeps (one a minute) before the measure.
    for (let i = 0; i < WARMUP; i++) await runSweep(h.db, tick());
    const sweeps: { wall: number; cpu: number }[] = [];
    const direct: { wall: number; cpu: number }[] = [];
    const total = { runs: 0, advanced: 0, quiet: 0, events: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      direct.push(await timedCpu(h.db, () => runSweepChecks(h.db, rules, now))); // the sweeps alone move the clock: one a minute
      sweeps.push(
        await timedCpu(h.db, async () => {
          const r = await runSweep(h.db, tick());
          total.runs += r.runs;
          total.advanced += r.advanced;
          total.quiet += r.quiet;
          total.events += r.events;
        }),
      );
    }
    const [states] = await h.db.select({ n: sql<number>`count(*)::int` }).from(t.alertStates);
    const [firing] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(t.alertStates)
      .where(sql`state <> 'normal'`);
    const note = `${RULES} rules on ${checks} checks, ${states.n} states (${firing.n} not normal), ${total.runs / ROUNDS} runs a sweep; over ${ROUNDS} sweeps ${total.advanced} states written with an event, ${total.quiet} without, ${total.events} events`;
    const sw = { wall: median(sweeps.map((s) => s.wall)), cpu: median(sweeps.map((s) => s.cpu)) };
    const di = { wall: median(direct.map((s) => s.wall)), cpu: median(direct.map((s) => s.cpu)) };
    ctx.report('alert-sweep.sweep.seconds', sw.wall, 's', note);
    ctx.report('alert-sweep.checks-directly.seconds', di.wall, 's');
    ctx.report('alert-sweep.ratio', sw.wall / di.wall, 'x', 'target ≤ 1.2');
    ctx.report('alert-sweep.sweep.cpu-seconds', sw.cpu, 's');
    ctx.report('alert-sweep.checks-directly.cpu-seconds', di.cpu, 's');
    ctx.report('alert-sweep.ratio-cpu', sw.cpu / di.cpu, 'x', 'CPU in 10 ms ticks: a rough figure');
    // From the sweep that fires to the delivery received: a real pg-boss worker and a loopback receiver.
    const lat = await measureFireLatency(h, tick);
    const n = `median of ${lat.sweep.length}, max ${Math.max(...lat.fromSweepStart).toFixed(2)} s`;
    ctx.report('alert-sweep.fire-to-received.seconds', median(lat.fromSweepStart), 's', `from the start of the sweep that fires; ${n}; target ≤ 2 s`);
    ctx.report('alert-sweep.sweep-end-to-received.seconds', median(lat.fromSweepEnd), 's', 'from the end of that sweep (firing committed, job sent)');
    ctx.report('alert-sweep.firing-sweep.seconds', median(lat.sweep), 's', 'the firing sweeps themselves');
  },
};
