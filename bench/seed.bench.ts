import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { seedDemo } from '../src/db/seed/demo';

/**
 * Seeding the demo organization at scale (100,000 users and 1,000,000 attendances on PostgreSQL;
 * a tenth of that on PGlite or with --quick). Baseline, in the same run and database: one bare
 * `insert … select generate_series` writing the same number of attendance-sized rows into a plain
 * table, the floor for any seeding.
 */
export const seedBenchmark: Benchmark = {
  name: 'seed',
  description: 'seed the demo organization at scale; ratio to a bare set-based insert of the same row count',
  async run(ctx) {
    const size = { users: ctx.scaled(100_000), attendances: ctx.scaled(1_000_000) };
    const h = await ctx.freshDb();
    const rows = size.attendances * 2 + size.users; // attendances + their events + users
    let t = performance.now();
    await h.db.execute(sql`create unlogged table bench_floor (id bigint, a text, b text, c timestamptz)`);
    await h.db.execute(sql`insert into bench_floor select i, 'protocol-' || i, 'Nome Sobrenome', now() from generate_series(1, ${rows}::int) i`);
    const floor = (performance.now() - t) / 1000;
    await h.db.execute(sql`drop table bench_floor`);
    t = performance.now();
    await seedDemo(h.db, size);
    const seconds = (performance.now() - t) / 1000;
    ctx.report(`seed.${size.users}u-${size.attendances}a.seconds`, seconds, 's', ctx.driver);
    ctx.report('seed.baseline-bare-insert.seconds', floor, 's', `${rows} rows`);
    ctx.report('seed.ratio-to-baseline', seconds / floor, 'x');
  },
};
