import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { queueAvailabilityCheck as check } from '@/checks/definitions/queue-availability';
import { CheckRefusal } from '@/checks/lib/errors';
import { readInputMessage } from '@/server/input-message';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';

let h: DbHandle;
let night: number; // Mondays 22:00–06:00, Wednesdays 08:00–12:00 and 13:00–18:00
let empty: number; // a grid without intervals
const now = new Date('2026-11-22T15:00:00Z'); // a Sunday

const run = async (queueId: number, at?: string, when = now) => {
  const ctx = await checkContext(h.db, when);
  const result = await check.run(ctx, check.input.parse({ queueId, at }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 20, attendances: 50 }, now);
  const [svc] = await h.db.select().from(t.services).limit(1);
  const [g1, g2] = await h.db
    .insert(t.scheduleGrids)
    .values([{ name: 'Teste noturno' }, { name: 'Teste vazia' }])
    .returning();
  await h.db.insert(t.gridIntervals).values([
    { gridId: g1.id, weekday: 1, startsAt: '22:00', endsAt: '06:00' },
    { gridId: g1.id, weekday: 3, startsAt: '08:00', endsAt: '12:00' },
    { gridId: g1.id, weekday: 3, startsAt: '13:00', endsAt: '18:00' },
  ]);
  // Monday 2026-11-30 and Tuesday 2026-12-08 are holidays of this grid.
  const hol = await h.db
    .insert(t.holidays)
    .values([
      { name: 'Feriado de teste', date: '2026-11-30' },
      { name: 'Feriado de terça', date: '2026-12-08' },
    ])
    .returning();
  await h.db.insert(t.gridHolidays).values(hol.map((x) => ({ gridId: g1.id, holidayId: x.id })));
  const [q1, q2] = await h.db
    .insert(t.chatQueues)
    .values([
      { name: 'Fila noturna', serviceId: svc.id, gridId: g1.id },
      { name: 'Fila sem horário', serviceId: svc.id, gridId: g2.id },
    ])
    .returning();
  night = q1.id;
  empty = q2.id;
}, 120_000);
afterAll(async () => h?.close());

describe('queueAvailabilityCheck', () => {
  test('returns ok at 23:30 on Monday, inside the overnight interval that started at 22:00', async () => {
    const r = await run(night, '2026-11-23T23:30');
    expect(r.status).toBe('ok');
    expect(r.summary.en).toContain(': open.');
    expect(findingsWith(r, 'interval 22:00–06:00')).toHaveLength(1);
    expect(findingsWith(r, 'until Tue, 2026-11-24 06:00')).toHaveLength(1);
  });

  test('returns ok at 00:30 on Tuesday: the overnight interval belongs to Monday and continues', async () => {
    const r = await run(night, '2026-11-24T00:30');
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'interval 22:00–06:00')).toHaveLength(1);
  });

  test('returns warn outside the grid with the next opening, skipping to the next day with intervals', async () => {
    const r = await run(night, '2026-11-24T06:00');
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'outside the intervals')[0].fix?.article).toBe('chat/queue-ignores-hours');
    expect(findingsWith(r, 'opens next on Wed, 2026-11-25 08:00')).toHaveLength(1);
  });

  test('finds the next opening between two intervals of the same day', async () => {
    const r = await run(night, '2026-11-25T12:30');
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'opens next on Wed, 2026-11-25 13:00 (America/Sao_Paulo) (interval 13:00–18:00)')).toHaveLength(1);
  });

  test('returns warn on a holiday: closed all day, and the next opening skips it', async () => {
    const r = await run(night, '2026-11-30T23:30');
    expect(r.status).toBe('warn');
    expect(r.summary.en).toContain('closed (holiday)');
    expect(findingsWith(r, 'holiday "Feriado de teste"')).toHaveLength(1);
    expect(findingsWith(r, 'opens next on Wed, 2026-12-02 08:00')).toHaveLength(1);
  });

  test('does not run the hours after midnight of an interval that started on a holiday', async () => {
    const r = await run(night, '2026-12-01T00:30');
    expect(r.status).toBe('warn');
    expect(r.summary.en).toContain('outside the grid');
  });

  test('stops an overnight interval at midnight when the next day is a holiday', async () => {
    const before = await run(night, '2026-12-07T23:30');
    expect(before.status).toBe('ok');
    expect(findingsWith(before, 'until Tue, 2026-12-08 00:00')).toHaveLength(1);
    const after = await run(night, '2026-12-08T00:30');
    expect(after.summary.en).toContain('closed (holiday)');
  });

  test('evaluates "now" in the organization time zone: the same instant is open in São Paulo and closed in Tokyo', async () => {
    const instant = new Date('2026-11-24T02:30:00Z'); // 23:30 Monday in São Paulo, 11:30 Tuesday in Tokyo
    expect((await run(night, undefined, instant)).status).toBe('ok');
    await h.db.update(t.organization).set({ timeZone: 'Asia/Tokyo' }).where(eq(t.organization.id, 1));
    try {
      const tokyo = await run(night, undefined, instant);
      expect(tokyo.status).toBe('warn');
      expect(tokyo.summary.en).toContain('Tue, 2026-11-24 11:30 (Asia/Tokyo)');
      expect(findingsWith(tokyo, 'opens next on Wed, 2026-11-25 08:00 (Asia/Tokyo)')).toHaveLength(1);
    } finally {
      await h.db.update(t.organization).set({ timeZone: 'America/Sao_Paulo' }).where(eq(t.organization.id, 1));
    }
  });

  test('reads an input moment with an offset as that instant, converted to the organization time zone', async () => {
    await h.db.update(t.organization).set({ timeZone: 'America/Manaus' }).where(eq(t.organization.id, 1));
    try {
      const r = await run(night, '2026-11-24T02:30:00Z'); // 22:30 Monday in Manaus
      expect(r.status).toBe('ok');
      expect(r.summary.en).toContain('Mon, 2026-11-23 22:30 (America/Manaus)');
    } finally {
      await h.db.update(t.organization).set({ timeZone: 'America/Sao_Paulo' }).where(eq(t.organization.id, 1));
    }
  });

  test('returns fail for an out-of-service queue, whatever the hour', async () => {
    const [svc] = await h.db.select().from(t.services).limit(1);
    const [q] = await h.db.insert(t.chatQueues).values({ name: 'Fila fora de serviço', serviceId: svc.id, gridId: night, outOfService: true }).returning();
    const r = await run(q.id, '2026-11-25T10:00');
    expect(r.status).toBe('fail');
    expect(r.summary.en).toContain('closed (out of service)');
    expect(findingsWith(r, 'Out of Service flag is set')[0].record).toEqual({ kind: 'chat-queue', id: q.id, label: 'Fila fora de serviço' });
  });

  test('returns warn for the demo queue whose grid has the municipal holiday on the seeding day and the next', async () => {
    const [q] = await h.db.select().from(t.chatQueues).where(eq(t.chatQueues.name, 'Ouvidoria Chat'));
    const today = await run(q.id);
    expect(today.status).toBe('warn');
    expect(today.summary.en).toContain('closed (holiday)');
    const holiday = findingsWith(today, 'is the holiday "Aniversário da cidade (feriado municipal)", linked to grid Ouvidoria 24 horas')[0];
    expect(holiday.fix).toEqual({ article: 'chat/queue-ignores-hours', anchor: { 'pt-BR': 'passo-a-passo', en: 'steps' } });
    expect((await run(q.id, '2026-11-23T12:00')).summary.en).toContain('closed (holiday)');
    expect((await run(q.id, '2026-11-24T00:30')).status).toBe('ok');
    const [open] = await h.db.select().from(t.chatQueues).where(eq(t.chatQueues.name, 'Suporte Chat'));
    expect((await run(open.id, '2026-11-22T03:00')).status).toBe('ok');
  });

  test('returns fail when the grid does not open in the next 14 days', async () => {
    const r = await run(empty, '2026-11-25T10:00');
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'does not open in the next 14 days')).toHaveLength(1);
  });

  test('refuses an unknown queue with 404', async () => {
    const ctx = await checkContext(h.db, now);
    const err = await check.run(ctx, { queueId: 999_999 }).catch((e) => e);
    expect(err).toBeInstanceOf(CheckRefusal);
    expect(err.status).toBe(404);
  });

  test('rejects a malformed moment and a missing queue with messages in both languages', () => {
    const bad = check.input.safeParse({ queueId: night, at: 'amanhã às 10' });
    expect(bad.success).toBe(false);
    expect(readInputMessage(bad.error!.issues[0].message)?.['pt-BR']).toContain('2026-11-23T23:30');
    const none = check.input.safeParse({});
    expect(none.success).toBe(false);
    expect(readInputMessage(none.error!.issues[0].message)?.en).toBe('Pick a chat queue.');
  });
});
