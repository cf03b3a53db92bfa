import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { emailSearchWindowCheck as check } from '@/checks/definitions/email-search-window';
import { readInputMessage } from '@/server/input-message';
import { searchWindows } from '@/checks/lib/search-windows';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';

let h: DbHandle;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (from: string, to: string, when = now) => {
  const result = await check.run(await checkContext(h.db, when), check.input.parse({ from, to }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 0, attendances: 0 }, now);
}, 120_000);
afterAll(async () => h?.close());

describe('searchWindows', () => {
  test('splits the article example (90 days of 2026) into the three windows it names', () => {
    expect(searchWindows('2026-01-01', '2026-03-31')).toEqual([
      { from: '2026-01-01', to: '2026-01-30', days: 30 },
      { from: '2026-01-31', to: '2026-03-01', days: 30 },
      { from: '2026-03-02', to: '2026-03-31', days: 30 },
    ]);
  });
});

describe('emailSearchWindowCheck', () => {
  test('returns ok for exactly 30 days counting both ends, and for a single day', async () => {
    const r = await run('2026-01-01', '2026-01-30');
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'Jan 1, 2026 to Jan 30, 2026 is 30 days, both ends counted: it fits one search.')).toHaveLength(1);
    expect((await run('2026-05-05', '2026-05-05')).summary.en).toBe('1 day: one search.');
  });

  test('returns warn for 31 days, with the consecutive windows in order', async () => {
    const r = await run('2026-01-01', '2026-01-31');
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'is 31 days, both ends counted: more than 30. Run 2 searches')[0].fix?.article).toBe('email/email-search-no-results');
    expect(r.findings.slice(1).map((f) => f.message.en)).toEqual([
      'Search 1: Jan 1, 2026 to Jan 30, 2026 (30 days).',
      'Search 2: Jan 31, 2026 to Jan 31, 2026 (1 day).',
    ]);
    expect(r.findings[1].message['pt-BR']).toBe('Busca 1: 01/01/2026 a 30/01/2026 (30 dias).');
  });

  test('warns when the period runs past today and fails when it is all in the future, in the organization calendar', async () => {
    expect(findingsWith(await run('2026-11-01', '2026-11-30'), 'ends after today (Nov 23, 2026)')[0].status).toBe('warn');
    const future = await run('2026-11-24', '2026-11-30');
    expect(future.status).toBe('fail');
    // 23:30 on the 23rd in São Paulo is already the 24th in Tokyo: the same period is no longer all future.
    const late = new Date('2026-11-24T02:30:00Z');
    expect((await run('2026-11-24', '2026-11-30', late)).status).toBe('fail');
    await h.db.update(t.organization).set({ timeZone: 'Asia/Tokyo' }).where(eq(t.organization.id, 1));
    try {
      expect((await run('2026-11-24', '2026-11-30', late)).status).toBe('warn');
    } finally {
      await h.db.update(t.organization).set({ timeZone: 'America/Sao_Paulo' }).where(eq(t.organization.id, 1));
    }
  });

  test('rejects an end before the start, a malformed or impossible date and a huge period, in both languages', () => {
    const swapped = check.input.safeParse({ from: '2026-03-10', to: '2026-03-01' });
    expect(swapped.success).toBe(false);
    expect(swapped.error!.issues[0].path).toEqual(['to']);
    expect(readInputMessage(swapped.error!.issues[0].message)).toEqual({
      'pt-BR': 'A data final é anterior à inicial: troque as duas de lugar.',
      en: 'The end date is before the start date: swap them.',
    });
    expect(readInputMessage(check.input.safeParse({ from: '01/03/2026', to: '2026-03-01' }).error!.issues[0].message)?.en).toBe(
      'The start date must look like YYYY-MM-DD.',
    );
    expect(readInputMessage(check.input.safeParse({ from: '2026-02-30', to: '2026-03-01' }).error!.issues[0].message)?.en).toBe(
      'The start date does not exist in the calendar.',
    );
    expect(readInputMessage(check.input.safeParse({ from: '2020-01-01', to: '2026-03-01' }).error!.issues[0].message)?.en).toContain('longer than 1098 days');
  });
});
