import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { settle, timed } from './fixtures';
import { seedDemo } from '../src/db/seed/demo';
import { historyPage, type HistoryQuery } from '../src/reports/interaction-history';
import { queryRows } from '../src/db/rows';
import { scopeOf, type Scope } from '../src/auth/scope';

/**
 * The interaction history report over a million events (800,000 attendances and their
 * created/finished events, every finished one tabulated; a tenth with --quick or on PGlite):
 * time of the first page against a page deep in the keyset walk, for an admin (every service)
 * and for a supervisor filtering one service and the batch-finalized tabulation. Keyset pages
 * should cost the same at any depth: the figures are the deep/first ratios.
 */
export const interactionHistoryBenchmark: Benchmark = {
  name: 'interaction-history',
  description: 'report pages at depth vs the first page (keyset pagination)',
  async run(ctx) {
    const h = await ctx.freshDb();
    await seedDemo(h.db, { users: 1000, attendances: ctx.scaled(800_000) });
    // Half of the finished closings are batch closings.
    await h.db.execute(
      sql`update interaction_events set tabulation_id = (select id from tabulations where code = 'batch-finalized') where type = 'finished' and id % 2 = 0`,
    );
    await settle(h.db);
    const [{ n }] = await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from interaction_events`);
    ctx.report('interaction-history.events', Number(n ?? 0), 'rows');
    const walk = async (label: string, q: Omit<HistoryQuery, 'limit' | 'cursor'>, scope: Scope, depth: number) => {
      const first = await timed(() => historyPage(h.db, { ...q, limit: 50 }, scope));
      // Jump deep with big pages, then time one 50-row page there.
      let cursor: string | undefined;
      for (let i = 0; i < depth; i++) cursor = (await historyPage(h.db, { ...q, limit: 500, cursor }, scope)).next ?? cursor;
      const deep = await timed(() => historyPage(h.db, { ...q, limit: 50, cursor }, scope));
      ctx.report(`interaction-history.${label}.first-page.ms`, first * 1000, 'ms');
      ctx.report(`interaction-history.${label}.page-after-${depth * 500}-rows.ms`, deep * 1000, 'ms');
      ctx.report(`interaction-history.${label}.ratio-deep-to-first`, deep / first, 'x');
    };
    await walk('all-services', {}, scopeOf(true, []), ctx.scaled(1600));
    await walk('service+batch-finalized', { serviceId: 2, tabulation: 'batch-finalized' }, scopeOf(false, [2, 3]), ctx.scaled(30));
  },
};
