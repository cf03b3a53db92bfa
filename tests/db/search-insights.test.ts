import { readFileSync } from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@/db/client';
import { searchQueries, searchQueryRefusals } from '@/db/schema';
import { runSearchPurge, SEARCH_PURGE } from '@/jobs/search-insights-purge';
import { scheduledTasks } from '@/db/schema';
import { recordOpen } from '@/search/insights/record-open';
import { recordSearch } from '@/search/insights/record-search';
import { insightsReport } from '@/search/insights/report';
import { MAX_NEW_QUERIES_PER_DAY } from '@/search/insights/retention';
import { getTestDb } from '../helpers/db';
import { queryRows } from '@/db/rows';

let h: DbHandle;
beforeAll(async () => {
  h = await getTestDb();
}, 60_000);
afterAll(async () => h?.close());

const day1 = new Date('2026-11-20T10:00:00Z');
const day2 = new Date('2026-11-21T09:00:00Z');
const rows = (query: string) => h.db.select().from(searchQueries).where(eq(searchQueries.query, query)).orderBy(searchQueries.day, searchQueries.lang);

describe('recordSearch', () => {
  test('keeps one row per day, language and query, counting searches and the last result count', async () => {
    await recordSearch(h.db, { query: 'acabaram as licencas', lang: 'pt-BR', results: 3, strong: 3 }, day1);
    await recordSearch(h.db, { query: 'acabaram as licencas', lang: 'pt-BR', results: 5, strong: 5 }, new Date(day1.getTime() + 60_000));
    await recordSearch(h.db, { query: 'acabaram as licencas', lang: 'en', results: 2, strong: 2 }, day1);
    await recordSearch(h.db, { query: 'acabaram as licencas', lang: 'pt-BR', results: 4, strong: 4 }, day2);
    const r = await rows('acabaram as licencas');
    expect(r.map((x) => [x.day, x.lang, x.searches, x.results, x.opens])).toEqual([
      ['2026-11-20', 'en', 1, 2, 0],
      ['2026-11-20', 'pt-BR', 2, 5, 0],
      ['2026-11-21', 'pt-BR', 1, 4, 0],
    ]);
  });

  test('takes no new query once a day holds the maximum, but still counts known ones, and counts every refusal', async () => {
    const day = new Date('2026-10-01T12:00:00Z');
    await h.db.execute(
      sql`insert into search_queries (day, lang, query, results) select '2026-10-01', 'en', 'q' || g, 1 from generate_series(1, ${MAX_NEW_QUERIES_PER_DAY}) g`,
    );
    expect(await recordSearch(h.db, { query: 'one too many', lang: 'en', results: 0, strong: 0 }, day)).toBe('refused');
    expect(await recordSearch(h.db, { query: 'q7', lang: 'en', results: 9, strong: 9 }, day)).toBe('recorded');
    expect(await recordSearch(h.db, { query: 'one too many', lang: 'pt-BR', results: 0, strong: 0 }, day)).toBe('recorded');
    expect(
      await h.db
        .select()
        .from(searchQueries)
        .where(and(eq(searchQueries.query, 'one too many'), eq(searchQueries.lang, 'en'))),
    ).toEqual([]);
    const [q7] = await h.db
      .select()
      .from(searchQueries)
      .where(and(eq(searchQueries.query, 'q7'), eq(searchQueries.day, '2026-10-01')));
    expect([q7!.searches, q7!.results]).toEqual([2, 9]);
    const [refusals] = await h.db.select().from(searchQueryRefusals).where(eq(searchQueryRefusals.day, '2026-10-01'));
    expect([refusals!.lang, refusals!.refused]).toEqual(['en', 1]);
    await h.db.delete(searchQueries).where(eq(searchQueries.day, '2026-10-01'));
    await h.db.delete(searchQueryRefusals).where(eq(searchQueryRefusals.day, '2026-10-01'));
  });

  test('a flood of invented queries is bounded and never silent: the day keeps its maximum, each refused search is counted and reported', async () => {
    const day = new Date('2026-10-02T08:00:00Z');
    const outcomes = { recorded: 0, refused: 0 };
    for (let i = 0; i < 60; i++) outcomes[await recordSearch(h.db, { query: `invented ${i}`, lang: 'pt-BR', results: 0, strong: 0 }, day, 40)]++;
    expect(outcomes).toEqual({ recorded: 40, refused: 20 });
    // A real query after the flood is refused too, but the refusal is there for an admin to see.
    expect(await recordSearch(h.db, { query: 'fila nao abre', lang: 'pt-BR', results: 0, strong: 0 }, day, 40)).toBe('refused');
    const report = await insightsReport(h.db, { limit: 10 }, day);
    expect(report.refused).toEqual([{ day: '2026-10-02', lang: 'pt-BR', refused: 21 }]);
    const [count] = await queryRows<{ n: number }>(h.db, sql`select count(*)::int as n from search_queries where day = '2026-10-02'`);
    expect(Number(count!.n)).toBe(40);
    await h.db.delete(searchQueries).where(eq(searchQueries.day, '2026-10-02'));
    await h.db.delete(searchQueryRefusals).where(eq(searchQueryRefusals.day, '2026-10-02'));
  });

  test('a search with results of which none answers it is a gap, listed with the ones that found nothing', async () => {
    const day = new Date('2026-11-22T08:00:00Z');
    await recordSearch(h.db, { query: 'impressora nao imprime', lang: 'pt-BR', results: 3, strong: 0 }, day);
    const r = await insightsReport(h.db, { lang: 'pt-BR', limit: 10 }, day);
    expect(r.zero.find((x) => x.query === 'impressora nao imprime')).toMatchObject({ results: 3, strong: 0 });
    expect(r.unopened.find((x) => x.query === 'impressora nao imprime')).toBeUndefined();
    await h.db.delete(searchQueries).where(eq(searchQueries.query, 'impressora nao imprime'));
  });
});

describe('recordOpen', () => {
  test('counts an opened result on the query of that day and never adds a row', async () => {
    expect(await recordOpen(h.db, { query: 'acabaram as licencas', lang: 'pt-BR' }, day2)).toBe(true);
    expect(await recordOpen(h.db, { query: 'never searched', lang: 'pt-BR' }, day2)).toBe(false);
    expect((await rows('acabaram as licencas')).find((x) => x.day === '2026-11-21')!.opens).toBe(1);
    expect(await rows('never searched')).toEqual([]);
  });
});

describe('insightsReport', () => {
  test('lists queries that found nothing and queries whose results nobody opened, most searched first', async () => {
    for (let i = 0; i < 3; i++) await recordSearch(h.db, { query: 'ura nao transfere', lang: 'pt-BR', results: 0, strong: 0 }, day2);
    await recordSearch(h.db, { query: 'grade horario', lang: 'pt-BR', results: 4, strong: 4 }, day1);
    await recordSearch(h.db, { query: 'grade horario', lang: 'pt-BR', results: 4, strong: 4 }, day2);
    await recordSearch(h.db, { query: 'webhook', lang: 'en', results: 0, strong: 0 }, day2);
    const r = await insightsReport(h.db, { limit: 10 }, day2);
    expect(r.zero.map((x) => [x.query, x.lang, x.searches])).toEqual([
      ['ura nao transfere', 'pt-BR', 3],
      ['webhook', 'en', 1],
    ]);
    expect(r.unopened.map((x) => [x.query, x.lang, x.searches, x.results])).toEqual([
      ['grade horario', 'pt-BR', 2, 4],
      ['acabaram as licencas', 'en', 1, 2],
    ]);
    const pt = await insightsReport(h.db, { lang: 'pt-BR', limit: 10 }, day2);
    expect(pt.zero.map((x) => x.query)).toEqual(['ura nao transfere']);
  });

  test('leaves out the days older than the retention period', async () => {
    const later = new Date('2027-02-18T09:00:00Z'); // day2 is the 90th day back, the oldest kept; day1 is out
    const r = await insightsReport(h.db, { limit: 10 }, later);
    expect(r.unopened.find((x) => x.query === 'grade horario')!.searches).toBe(1);
    expect(r.unopened.find((x) => x.query === 'acabaram as licencas' && x.lang === 'en')).toBeUndefined();
  });
});

describe('runSearchPurge', () => {
  test('deletes the days older than 90 days and records the run on its scheduled task', async () => {
    await h.db.insert(scheduledTasks).values({ name: SEARCH_PURGE, source: 'internal', automatic: true, intervalSec: 86_400 });
    const later = new Date('2027-02-18T03:17:00Z');
    const before = await h.db.select().from(searchQueries);
    const n = await runSearchPurge(h.db, later);
    const after = await h.db.select().from(searchQueries);
    expect(n).toBe(before.filter((r) => r.day < '2026-11-21').length);
    expect(n).toBeGreaterThan(0);
    expect(after.every((r) => r.day >= '2026-11-21')).toBe(true);
    const [task] = await h.db.select().from(scheduledTasks).where(eq(scheduledTasks.name, SEARCH_PURGE));
    expect(task!.lastRunAt?.toISOString()).toBe(later.toISOString());
  });
});

describe('migration 0009', () => {
  test('runs twice, and its checks refuse an unknown language, an empty or too long query', async () => {
    const migration = readFileSync('src/db/migrations/0009_search_queries.sql', 'utf8').split('--> statement-breakpoint');
    for (let i = 0; i < 2; i++) for (const stmt of migration) await h.db.execute(sql.raw(stmt));
    for (const [lang, query] of [
      ['fr', 'x'],
      ['en', ''],
      ['en', 'x'.repeat(201)],
    ]) {
      await expect(h.db.execute(sql`insert into search_queries (day, lang, query, results) values ('2026-11-22', ${lang}, ${query}, 0)`)).rejects.toThrow();
    }
  });
});
