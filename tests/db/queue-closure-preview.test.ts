import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { attendances, bulkItems, serviceManagers, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { previewClosure } from '@/bulk/queue-closure/preview-closure';
import { requestClosure } from '@/bulk/queue-closure/request-closure';

let h: DbHandle;
let supervisorId: number;
let serviceId: number;

async function queue(n: number, tag: string, createdAt: Date): Promise<number[]> {
  const rows = await h.db
    .insert(attendances)
    .values(
      Array.from({ length: n }, (_, i) => ({
        protocol: `${tag}-${i}`,
        channel: 'whatsapp' as const,
        serviceId,
        status: 'queued' as const,
        customerName: `Cliente ${i}`,
        createdAt,
      })),
    )
    .returning({ id: attendances.id });
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 100 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
});
afterAll(async () => h?.close());

describe('previewClosure', () => {
  test('returns the count, the oldest and newest arrival and the oldest few, writing nothing', async () => {
    await queue(3, 'preview-old', new Date('2000-01-02T03:04:05Z'));
    const p = await previewClosure(h.db, serviceId, 'America/Sao_Paulo');
    expect(p.queued).toBeGreaterThanOrEqual(3);
    expect(p.oldest).toBe('2000-01-02T03:04:05.000Z');
    expect(p.sample.length).toBe(5);
    expect(p.sample[0]).toMatchObject({ protocol: 'preview-old-0', channel: 'whatsapp', createdAt: '2000-01-02T03:04:05.000Z' });
    expect(p.timeZone).toBe('America/Sao_Paulo');
    expect((await previewClosure(h.db, serviceId, 'UTC')).queued).toBe(p.queued);
  });

  test('a confirm carrying the preview’s upToId closes nothing that joined the queue after it', async () => {
    const p = await previewClosure(h.db, serviceId, 'UTC');
    const late = await queue(4, 'preview-late', new Date());
    const req = await requestClosure(h.db, undefined, { userId: supervisorId, lang: 'en', input: { serviceId, tabulate: true, upToId: p.upToId! } });
    expect(req.total).toBe(p.queued);
    const keys = (await h.db.select({ k: bulkItems.itemKey }).from(bulkItems).where(eq(bulkItems.requestId, req.id))).map((r) => Number(r.k));
    for (const id of late) expect(keys).not.toContain(id);
  });
});
