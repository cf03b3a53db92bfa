import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { attendances, interactionEvents, organization, services } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { historyPage, historyQuery } from '@/reports/interaction-history';
import { scopeOf } from '@/auth/scope';

let h: DbHandle;
let serviceId: number;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 5, attendances: 0 });
  serviceId = (await h.db.select().from(services).limit(1))[0].id;
  const [a] = await h.db.insert(attendances).values({ protocol: 'days-1', channel: 'phone', serviceId, status: 'queued', customerName: 'Cliente' }).returning();
  // 02:00 UTC on the 28th is 23:00 on the 27th in São Paulo.
  await h.db.insert(interactionEvents).values({ attendanceId: a.id, type: 'created', at: new Date('2026-11-28T02:00:00Z') });
});
afterAll(async () => h?.close());

const protocolsOn = async (from: string, to: string) =>
  (await historyPage(h.db, { ...historyQuery.parse({ from, to, protocol: 'days-1' }) }, scopeOf(false, [serviceId]))).rows.map((r) => r.protocol);

describe('historyPage day filters', () => {
  test('read bare days in the organization’s time zone', async () => {
    expect((await h.db.select().from(organization).where(eq(organization.id, 1)))[0].timeZone).toBe('America/Sao_Paulo');
    expect(await protocolsOn('2026-11-27', '2026-11-27')).toEqual(['days-1']);
    expect(await protocolsOn('2026-11-28', '2026-11-28')).toEqual([]);
    // An exact instant is taken as written.
    expect(await protocolsOn('2026-11-28T01:00:00Z', '2026-11-28T03:00:00Z')).toEqual(['days-1']);
  });

  test('an inverted range is refused on the `to` field', () => {
    const r = historyQuery.safeParse({ from: '2026-11-28', to: '2026-11-27' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['to']);
    expect(historyQuery.safeParse({ from: '2026-11-28', to: '2026-11-28' }).success).toBe(true);
  });
});
