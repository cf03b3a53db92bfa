import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';
import { attendances, auditRecords, bulkItems, bulkRequests, interactionEvents, serviceManagers, services, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { runBulkRequest } from '@/bulk';
import { listInAttendance } from '@/bulk/attendance-transfer/list';
import { agentsWithLoad } from '@/bulk/attendance-transfer/agents';
import { previewTransfer } from '@/bulk/attendance-transfer/preview';
import { notInService, requestTransfer } from '@/bulk/attendance-transfer/confirm';
import { queryRows } from '@/db/rows';

let h: DbHandle;
let supervisorId: number;
let serviceId: number;
let agents: number[];

const now = new Date();
const hour = 3_600_000;

/** An attendance in attendance with `agentId`. */
async function inAttendance(tag: string, agentId: number, opts: { expired?: boolean; channel?: 'chat' | 'email'; ageMin?: number } = {}) {
  const [r] = await h.db
    .insert(attendances)
    .values({
      protocol: tag,
      channel: opts.channel ?? 'chat',
      serviceId,
      status: 'in_attendance',
      agentId,
      customerName: 'Cliente',
      createdAt: new Date(now.getTime() - (opts.ageMin ?? 5) * 60_000),
      expiresAt: new Date(now.getTime() + (opts.expired ? -hour : hour)),
    })
    .returning();
  return r.id;
}

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 30, attendances: 0 });
  supervisorId = (await h.db.select().from(users).where(eq(users.email, 'supervisor@demo.local')))[0].id;
  serviceId = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisorId)))[0].serviceId;
  const linked = await h.db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userServiceLinks, eq(userServiceLinks.userId, users.id))
    .where(and(eq(userServiceLinks.serviceId, serviceId), eq(users.active, true)));
  agents = linked.map((r) => r.id).sort((a, b) => a - b);
  expect(agents.length).toBeGreaterThanOrEqual(4);
});
afterAll(async () => h?.close());

describe('listInAttendance', () => {
  test('pages by keyset and filters by agent, age and channel', async () => {
    for (let i = 0; i < 7; i++) await inAttendance(`list-${i}`, agents[0], { channel: i % 2 ? 'email' : 'chat', ageMin: i * 10 });
    const p1 = await listInAttendance(h.db, { serviceId, agentId: agents[0], limit: 3 }, now);
    expect(p1.total).toBe(7);
    expect(p1.attendances).toHaveLength(3);
    const p2 = await listInAttendance(h.db, { serviceId, agentId: agents[0], limit: 3, after: p1.next! }, now);
    expect(p2.attendances[0].id).toBeGreaterThan(p1.attendances[2].id);
    expect((await listInAttendance(h.db, { serviceId, agentId: agents[0], channel: 'email', limit: 50 }, now)).total).toBe(3);
    expect((await listInAttendance(h.db, { serviceId, agentId: agents[0], minAgeMinutes: 35, limit: 50 }, now)).total).toBe(3);
  });
});

describe('agentsWithLoad', () => {
  test('shows current attendances and capacity of the service’s active agents', async () => {
    const list = await agentsWithLoad(h.db, serviceId);
    const a0 = list.find((a) => a.id === agents[0])!;
    expect(a0.current).toBe(7);
    expect(a0.currentChats).toBe(4);
    expect(typeof a0.maxAttend).toBe('number');
  });
});

describe('attendance transfer', () => {
  test('moves the attendances still held by the agent seen at preview and reports expired, finished, moved and target problems', async () => {
    const ok1 = await inAttendance('tr-ok1', agents[1]);
    const ok2 = await inAttendance('tr-ok2', agents[1]);
    const expired = await inAttendance('tr-expired', agents[1], { expired: true });
    const finished = await inAttendance('tr-finished', agents[1]);
    const moved = await inAttendance('tr-moved', agents[1]);
    const target = agents[2];
    const preview = await previewTransfer(
      h.db,
      { filter: { serviceId }, selection: { ids: [ok1, ok2, expired, finished, moved] }, targetAgentId: target },
      'en',
      now,
    );
    expect(preview.items).toHaveLength(5);
    expect(preview.problems.map((p) => p.protocol)).toEqual(['tr-expired']);
    expect(preview.target?.id).toBe(target);
    // Nothing written by the preview.
    expect(await h.db.select().from(interactionEvents).where(eq(interactionEvents.attendanceId, ok1))).toHaveLength(0);
    const req = await requestTransfer(h.db, undefined, { userId: supervisorId, lang: 'en', body: { serviceId, targetAgentId: target, items: preview.items } });
    // Meanwhile: one is finished, another moved by someone else.
    await h.db.update(attendances).set({ status: 'finished' }).where(eq(attendances.id, finished));
    await h.db.update(attendances).set({ agentId: agents[3] }).where(eq(attendances.id, moved));
    const done = await runBulkRequest(h.db, req.id, { now: () => now });
    expect(done).toMatchObject({ state: 'done', processed: 5, failed: 3 });
    const rows = new Map(
      (
        await h.db
          .select()
          .from(attendances)
          .where(sql`${attendances.protocol} like 'tr-%'`)
      ).map((a) => [a.protocol, a]),
    );
    expect(rows.get('tr-ok1')!.agentId).toBe(target);
    expect(rows.get('tr-ok2')!.agentId).toBe(target);
    expect(rows.get('tr-expired')!.agentId).toBe(agents[1]);
    expect(rows.get('tr-moved')!.agentId).toBe(agents[3]);
    const items = new Map((await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, req.id))).map((i) => [i.label, i]));
    expect((items.get('tr-expired')!.reason as { en: string }).en).toMatch(/^Expired/);
    expect((items.get('tr-expired')!.reason as { 'pt-BR': string })['pt-BR']).toMatch(/^Atendimento expirado/);
    expect((items.get('tr-finished')!.reason as { en: string }).en).toMatch(/already finished/);
    expect((items.get('tr-moved')!.reason as { en: string }).en).toMatch(/someone else/);
    const events = await h.db.select().from(interactionEvents).where(eq(interactionEvents.requestId, req.id));
    expect(events.map((e) => e.attendanceId).sort()).toEqual([ok1, ok2].sort());
    expect(events[0]).toMatchObject({ type: 'transferred', fromAgentId: agents[1], toAgentId: target, byUserId: supervisorId });
    const audit = await h.db
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.target, `bulk-request:${req.id}`));
    expect(audit[0]).toMatchObject({ action: 'bulk.attendance-transfer', outcome: 'partial' });
  });

  test('reports a target agent who became inactive or is not in the service', async () => {
    const a = await inAttendance('tr-inactive', agents[1]);
    const b = await inAttendance('tr-outside', agents[1]);
    const target = agents[3];
    const r1 = await requestTransfer(h.db, undefined, {
      userId: supervisorId,
      lang: 'pt-BR',
      body: { serviceId, targetAgentId: target, items: [{ attendanceId: a, fromAgentId: agents[1] }] },
    });
    await h.db.update(users).set({ active: false }).where(eq(users.id, target));
    await runBulkRequest(h.db, r1.id, { now: () => now });
    await h.db.update(users).set({ active: true }).where(eq(users.id, target));
    const outsider = (
      await h.db
        .select({ id: users.id })
        .from(users)
        .where(sql`${users.id} not in (select user_id from user_service_links where service_id = ${serviceId}) and ${users.active}`)
        .limit(1)
    )[0].id;
    const r2 = await requestTransfer(h.db, undefined, {
      userId: supervisorId,
      lang: 'pt-BR',
      body: { serviceId, targetAgentId: outsider, items: [{ attendanceId: b, fromAgentId: agents[1] }] },
    });
    await runBulkRequest(h.db, r2.id, { now: () => now });
    const [i1] = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, r1.id));
    const [i2] = await h.db.select().from(bulkItems).where(eq(bulkItems.requestId, r2.id));
    expect((i1.reason as { en: string }).en).toMatch(/inactive/);
    expect((i2.reason as { en: string }).en).toMatch(/not associated/);
    const rows = await h.db
      .select()
      .from(attendances)
      .where(sql`${attendances.id} in (${a}, ${b})`);
    expect(rows.every((r) => r.agentId === agents[1])).toBe(true);
  });

  test('moves a request larger than a batch in batches of 1,000 and resumes after a crash between batches without moving any twice', async () => {
    const from = agents[1];
    const target = agents[2];
    const inserted = await queryRows<{ id: number | string }>(
      h.db,
      sql`insert into attendances (protocol, channel, service_id, status, agent_id, customer_name, created_at, expires_at)
        select 'tb-' || i, 'chat', ${serviceId}, 'in_attendance', ${from}, 'Cliente ' || i, ${now.toISOString()}::timestamptz, ${new Date(now.getTime() + hour).toISOString()}::timestamptz
        from generate_series(1, 2300) i returning id`,
    );
    const attendanceIds = inserted.map((r) => Number(r.id)).sort((a, b) => a - b);
    const req = await requestTransfer(h.db, undefined, {
      userId: supervisorId,
      lang: 'en',
      body: { serviceId, targetAgentId: target, items: attendanceIds.map((attendanceId) => ({ attendanceId, fromAgentId: from })) },
    });
    // Meanwhile, one in each batch expires, is finished or is taken by someone else.
    const [exp1, exp2, fin, took] = [attendanceIds[10], attendanceIds[1500], attendanceIds[2200], attendanceIds[999]];
    await h.db
      .update(attendances)
      .set({ expiresAt: new Date(now.getTime() - hour) })
      .where(sql`${attendances.id} in (${exp1}, ${exp2})`);
    await h.db.update(attendances).set({ status: 'finished' }).where(eq(attendances.id, fin));
    await h.db.update(attendances).set({ agentId: agents[3] }).where(eq(attendances.id, took));
    let batches = 0;
    await expect(
      runBulkRequest(h.db, req.id, {
        now: () => now,
        afterItem: () => {
          if (++batches === 1) throw new Error('simulated crash');
        },
      }),
    ).rejects.toThrow('simulated crash');
    const [mid] = await h.db.select().from(bulkRequests).where(eq(bulkRequests.id, req.id));
    expect(mid).toMatchObject({ state: 'running', processed: 1000, failed: 2 });
    const done = await runBulkRequest(h.db, req.id, { now: () => now });
    expect(done).toMatchObject({ state: 'done', processed: 2300, failed: 4 });
    const events = await h.db.select().from(interactionEvents).where(eq(interactionEvents.requestId, req.id));
    expect(events).toHaveLength(2296);
    expect(new Set(events.map((e) => e.attendanceId)).size).toBe(2296);
    expect(events.every((e) => e.type === 'transferred' && e.fromAgentId === from && e.toAgentId === target)).toBe(true);
    const [{ n }] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(attendances)
      .where(and(sql`${attendances.protocol} like 'tb-%'`, eq(attendances.agentId, target)));
    expect(Number(n)).toBe(2296);
    const failed = new Map(
      (
        await h.db
          .select()
          .from(bulkItems)
          .where(and(eq(bulkItems.requestId, req.id), eq(bulkItems.state, 'failed')))
      ).map((i) => [Number(i.itemKey), (i.reason as { en: string }).en]),
    );
    expect([...failed.keys()].sort((a, b) => a - b)).toEqual([exp1, took, exp2, fin]);
    expect(failed.get(exp1)).toMatch(/^Expired/);
    expect(failed.get(exp2)).toMatch(/^Expired/);
    expect(failed.get(fin)).toMatch(/already finished/);
    expect(failed.get(took)).toMatch(/someone else/);
  });

  test('selects everything the filter matches across pages, and the confirm refuses attendances of another service', async () => {
    const preview = await previewTransfer(
      h.db,
      { filter: { serviceId, agentId: agents[0] }, selection: { all: true, exclude: [] }, targetAgentId: agents[2] },
      'pt-BR',
      now,
    );
    expect(preview.items).toHaveLength(7);
    expect(preview.items.every((i) => i.fromAgentId === agents[0])).toBe(true);
    const [otherService] = await h.db
      .select({ id: services.id })
      .from(services)
      .where(sql`${services.id} <> ${serviceId}`)
      .limit(1);
    const [other] = await h.db
      .insert(attendances)
      .values({
        protocol: 'tr-other-service',
        channel: 'chat',
        serviceId: otherService.id,
        status: 'in_attendance',
        agentId: agents[0],
        customerName: 'Cliente',
        expiresAt: new Date(now.getTime() + hour),
      })
      .returning({ id: attendances.id });
    expect(await notInService(h.db, serviceId, [preview.items[0].attendanceId, other.id])).toEqual([other.id]);
    expect(
      await notInService(
        h.db,
        serviceId,
        preview.items.map((i) => i.attendanceId),
      ),
    ).toEqual([]);
  });
});
