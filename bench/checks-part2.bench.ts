import { eq, sql } from 'drizzle-orm';
import { type Benchmark, percentile } from './harness';
import type { Db } from '../src/db/client';
import * as t from '../src/db/schema';
import { seedDemo } from '../src/db/seed/demo';
import { effectivePermissions } from '../src/auth/session';
import { part2Checks } from '../src/checks/part2';
import type { CheckContext } from '../src/checks/types';
import type { CheckId } from '../src/checks/catalog';

const RUNS = 200;
const WARMUP = 20;

async function time(n: number, f: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await f();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    out.push(performance.now() - t0);
  }
  return out;
}

const idOf = async (
  db: Db,
  table: typeof t.chatQueues | typeof t.mailboxes | typeof t.surveys | typeof t.occurrenceReasons | typeof t.documents,
  name: string,
) => (await db.select({ id: table.id }).from(table).where(eq(table.name, name)))[0].id;

/** Inputs that make each check read the biggest records of the demo (the busiest queue, a team of a quarter of all users). */
async function inputs(db: Db): Promise<Record<CheckId, unknown>> {
  const queueId = await idOf(db, t.chatQueues, 'Suporte Chat');
  const [{ id: userId }] = await db
    .select({ id: t.users.id })
    .from(t.users)
    .where(sql`${t.users.active} and ${t.users.id} % 4 = 1`)
    .orderBy(sql`abs(${t.users.id} - (select max(id) / 2 from users))`)
    .limit(1);
  return {
    'queue-availability': { queueId },
    'operator-readiness': { userId, queueId },
    'chat-distribution': { queueId },
    'mailbox-rules': { mailboxId: await idOf(db, t.mailboxes, 'SAC') },
    'survey-validity': { surveyId: await idOf(db, t.surveys, 'Pesquisa de satisfação (CSAT)') },
    'followup-automation': { reasonId: await idOf(db, t.occurrenceReasons, 'Cobrança indevida') },
    'document-availability': { documentId: await idOf(db, t.documents, 'Política de trocas e devoluções'), userId, module: 'chat' },
    'module-access': { userId, module: 'report-builder' },
    'chat-attachments': { queueId, fileName: 'comprovante.PDF' },
    'email-search-window': { from: '2026-01-01', to: '2026-03-31' },
  } as Record<CheckId, unknown>;
}

/**
 * Each part-2 check's run() called directly on the demo organization at scale (100,000 users and
 * 1,000,000 attendances on PostgreSQL; a tenth on PGlite or with --quick), p50 and p95 over 200 runs
 * after 20 warm-up runs. Baseline, same run and database: a `select 1` round trip.
 */
export const checksPart2Benchmark: Benchmark = {
  name: 'checks-part2',
  description: 'run() of each part-2 live check on the seeded demo at scale; p95 ratio to a select-1 round trip',
  async run(ctx) {
    const size = { users: ctx.scaled(100_000), attendances: ctx.scaled(1_000_000) };
    const h = await ctx.freshDb();
    const t0 = performance.now();
    await seedDemo(h.db, size);
    // The steady state autovacuum reaches on a live database: statistics and visibility map.
    await h.db.execute(sql`vacuum analyze`);
    ctx.report('checks-part2.seed.seconds', (performance.now() - t0) / 1000, 's', `${size.users}u-${size.attendances}a`);

    const [admin] = await h.db.select().from(t.users).where(eq(t.users.email, 'admin@demo.local'));
    const [org] = await h.db.select().from(t.organization);
    const checkCtx: CheckContext = {
      db: h.db,
      now: new Date(),
      timeZone: org.timeZone,
      user: {
        id: admin.id,
        email: admin.email,
        name: admin.name,
        profile: 'Administrator',
        permissions: await effectivePermissions(h.db, admin.id),
        sessionId: 'bench',
        sessionCreatedAt: new Date(),
      },
      signal: new AbortController().signal,
    };
    const base = await time(RUNS, () => h.db.execute(sql`select 1`));
    const baseP95 = percentile(base, 95);
    ctx.report('checks-part2.baseline-select-1.p50', percentile(base, 50), 'ms');
    ctx.report('checks-part2.baseline-select-1.p95', baseP95, 'ms');
    const given = await inputs(h.db);
    for (const check of part2Checks) {
      const input = check.input.parse(given[check.id]);
      const xs = await time(RUNS, () => check.run(checkCtx, input));
      ctx.report(`checks-part2.${check.id}.p50`, percentile(xs, 50), 'ms');
      ctx.report(`checks-part2.${check.id}.p95`, percentile(xs, 95), 'ms', `${(percentile(xs, 95) / baseP95).toFixed(1)}x baseline`);
    }
  },
};
