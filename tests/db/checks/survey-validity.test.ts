import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { surveyValidityCheck as check } from '@/checks/definitions/survey-validity';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';

let h: DbHandle;
let sv: Record<string, number>;
let edge: number;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (surveyId: number, when = now) => {
  const result = await check.run(await checkContext(h.db, when), check.input.parse({ surveyId }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  sv = Object.fromEntries((await h.db.select().from(t.surveys)).map((s) => [s.name, s.id]));
  // Ends on 2026-11-23: in force all of that day in the organization's calendar, over the next.
  const [s] = await h.db.insert(t.surveys).values({ name: 'Termina hoje', startsOn: '2026-11-01', endsOn: '2026-11-23', published: true }).returning();
  edge = s.id;
  await h.db.insert(t.campaigns).values([
    { name: 'Campanha antiga', surveyId: edge, startsOn: '2026-10-01', endsOn: '2026-10-31' },
    { name: 'Campanha atual', surveyId: edge, startsOn: '2026-11-01', endsOn: '2026-11-30' },
  ]);
}, 120_000);
afterAll(async () => h?.close());

describe('surveyValidityCheck', () => {
  test('returns ok for the demo survey in force, published, with its campaign in force', async () => {
    const r = await run(sv['Pesquisa de satisfação (CSAT)']);
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'covers today (Nov 23, 2026)')).toHaveLength(1);
    expect(findingsWith(r, 'Campaign Campanha CSAT contínua is in force')).toHaveLength(1);
    // Names that start with their kind's word are not preceded by it again in Portuguese.
    expect(r.summary['pt-BR']).toBe('Pesquisa de satisfação (CSAT): é enviada hoje.');
    expect(r.summary.en).toBe('Survey Pesquisa de satisfação (CSAT): is sent today.');
    expect(r.findings.filter((f) => f.message['pt-BR'].startsWith('A Campanha CSAT contínua está em vigor'))).toHaveLength(1);
  });

  test("returns fail for the demo's expired survey and for an unpublished one, pointing at the article sections", async () => {
    const expired = await run(sv['NPS trimestral']);
    expect(expired.status).toBe('fail');
    expect(findingsWith(expired, 'The survey ended on Nov 13, 2026')[0].fix).toEqual({
      article: 'surveys/survey-not-sent',
      anchor: { 'pt-BR': '1-vigência-da-pesquisa', en: '1-the-surveys-validity' },
    });
    const campaign = findingsWith(expired, 'Campaign Campanha NPS is outside its dates')[0];
    expect(campaign.status).toBe('fail');
    expect(campaign.fix?.anchor?.en).toBe('2-the-campaigns-dates');
    expect((await run(sv['Pesquisa pós-venda'])).status).toBe('ok');
    await h.db.update(t.surveys).set({ published: false }).where(eq(t.surveys.id, sv['Pesquisa pós-venda']));
    try {
      const draft = await run(sv['Pesquisa pós-venda']);
      expect(draft.status).toBe('fail');
      expect(findingsWith(draft, 'not published')).toHaveLength(1);
    } finally {
      await h.db.update(t.surveys).set({ published: true }).where(eq(t.surveys.id, sv['Pesquisa pós-venda']));
    }
  });

  test('returns warn when the survey ends soon and another campaign is out of its dates', async () => {
    const r = await run(edge);
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'in force until Nov 23, 2026: 0 days left')).toHaveLength(1);
    expect(findingsWith(r, 'Campaign Campanha antiga is outside its dates')[0].status).toBe('warn');
  });

  test('reads "today" in the organization time zone: 23:30 in São Paulo is already tomorrow in Tokyo', async () => {
    const late = new Date('2026-11-24T02:30:00Z'); // 23:30 on the 23rd in São Paulo
    expect((await run(edge, late)).status).toBe('warn');
    await h.db.update(t.organization).set({ timeZone: 'Asia/Tokyo' }).where(eq(t.organization.id, 1));
    try {
      const tokyo = await run(edge, late);
      expect(tokyo.status).toBe('fail');
      expect(findingsWith(tokyo, 'The survey ended on Nov 23, 2026 (today is Nov 24, 2026)')).toHaveLength(1);
    } finally {
      await h.db.update(t.organization).set({ timeZone: 'America/Sao_Paulo' }).where(eq(t.organization.id, 1));
    }
  });

  test('returns fail when no campaign sends the survey', async () => {
    const [s] = await h.db.insert(t.surveys).values({ name: 'Sem campanha', startsOn: '2026-01-01', endsOn: '2026-12-31', published: true }).returning();
    const r = await run(s.id);
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'No campaign sends this survey.')).toHaveLength(1);
  });
});
