import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bulkChanges } from '@/audit/bulk-changes';
import { auditNames } from '@/audit/names';
import { auditPage } from '@/audit/query';
import { scopeOf } from '@/auth/scope';
import type { DbHandle } from '@/db/client';
import { auditRecords, bulkRequests, mailboxes, scheduledTasks, serviceManagers, services, userServiceLinks, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { getTestDb } from '../helpers/db';

let h: DbHandle;
let managed: number[] = [];
let unmanaged = 0;
const ids = { admin: 0, agent: 0, outsider: 0, sac: 0, task: 0 };
const mine = '1eb6a46b-0000-4000-8000-000000000001';
const theirs = '2fc7b57c-0000-4000-8000-000000000002';

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const u = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0];
  const supervisor = await u('supervisor@demo.local');
  managed = (await h.db.select().from(serviceManagers).where(eq(serviceManagers.userId, supervisor.id))).map((m) => m.serviceId);
  unmanaged = (await h.db.select().from(services)).find((s) => !managed.includes(s.id))!.id;
  const [outsider] = await h.db
    .insert(users)
    .values({
      name: 'Pessoa de Vendas',
      email: 'outsider@demo.local',
      phone: '11900000002',
      passwordHash: 'x',
      profileId: (await u('agent@demo.local')).profileId,
    })
    .returning();
  await h.db.insert(userServiceLinks).values({ userId: outsider.id, serviceId: unmanaged });
  await h.db.insert(bulkRequests).values([
    { id: mine, kind: 'user-migration', serviceId: managed[0] },
    { id: theirs, kind: 'attendance-transfer', serviceId: unmanaged },
  ]);
  const [sac] = await h.db.select().from(mailboxes).where(eq(mailboxes.name, 'SAC'));
  const [task] = await h.db.select().from(scheduledTasks).limit(1);
  Object.assign(ids, { admin: (await u('admin@demo.local')).id, agent: (await u('agent@demo.local')).id, outsider: outsider.id, sac: sac.id, task: task.id });
});
afterAll(async () => h?.close());

const records = () => [
  { actorId: ids.admin, target: `user:${ids.agent}` },
  { actorId: ids.admin, target: `user:${ids.outsider}` },
  { actorId: null, target: `bulk-request:${mine}` },
  { actorId: null, target: `bulk-request:${theirs}` },
  { actorId: null, target: `mailbox:${ids.sac}` },
  { actorId: null, target: `scheduled-task:${ids.task}` },
  { actorId: null, target: 'check:license-count' },
  { actorId: null, target: 'user:not-a-number' },
  { actorId: null, target: null },
];

describe('auditNames', () => {
  test('an administrator reads every actor and target by name; a request by its kind, linking to its page', async () => {
    const n = await auditNames(h.db, scopeOf(true, []), 'pt-BR', records());
    expect(n[0]).toEqual({ actorName: 'Administradora Demo <admin@demo.local>', targetName: 'Agente Demo <agent@demo.local>', targetHref: null });
    expect(n[1].targetName).toBe('Pessoa de Vendas <outsider@demo.local>');
    expect(n[2]).toMatchObject({ targetName: 'Solicitação de migração 1eb6a46b', targetHref: `/bulk/request/?id=${mine}` });
    expect(n[3].targetName).toBe('Solicitação de transferência 2fc7b57c');
    expect(n[4].targetName).toBe('Caixa SAC');
    expect(n[5].targetName).toMatch(/^Tarefa .+/);
    expect(n[6].targetName).toBe('Contagem de licenças');
    expect(n.slice(7).map((x) => x.targetName)).toEqual([null, null]);
    const en = await auditNames(h.db, scopeOf(true, []), 'en', records());
    expect(en[2]).toMatchObject({ targetName: 'Migration request 1eb6a46b', targetHref: `/en/bulk/request/?id=${mine}` });
  });

  test('a supervisor learns no name outside its services: the record keeps its id', async () => {
    const n = await auditNames(h.db, scopeOf(false, managed), 'pt-BR', records());
    expect(n[0].targetName).toBe('Agente Demo <agent@demo.local>');
    // The administrator belongs to no managed service: its e-mail stays on the record, no name is added.
    expect(n[0].actorName).toBeNull();
    expect(n[1].targetName).toBeNull();
    expect(n[2].targetName).toBe('Solicitação de migração 1eb6a46b');
    expect(n[3]).toEqual({ actorName: null, targetName: null, targetHref: null });
    // A caller with no service at all learns nothing.
    const none = await auditNames(h.db, scopeOf(false, []), 'pt-BR', records());
    expect(none.slice(0, 5).every((x) => x.targetName === null && x.actorName === null)).toBe(true);
  });
});

describe('auditPage and check runs', () => {
  test('the default view leaves check runs out; the toggle or the action filter shows them', async () => {
    // The demo seed already ran a check (its example escalation attaches a run): count from there.
    const before = (await auditPage(h.db, { action: 'check.run' }, 'UTC', { limit: 200 })).records.length;
    await h.db
      .insert(auditRecords)
      .values([
        { action: 'mailbox.update', target: `mailbox:${ids.sac}`, outcome: 'ok' },
        ...Array.from({ length: 30 }, () => ({ action: 'check.run', target: 'check:license-count', outcome: 'warn' })),
      ]);
    const first = await auditPage(h.db, {}, 'UTC', { limit: 10 });
    expect(first.records.some((r) => r.action === 'check.run')).toBe(false);
    expect(first.records[0].action).toBe('mailbox.update');
    expect((await auditPage(h.db, { checks: true }, 'UTC', { limit: 10 })).records.every((r) => r.action === 'check.run')).toBe(true);
    expect((await auditPage(h.db, { action: 'check.run' }, 'UTC', { limit: 200 })).records).toHaveLength(before + 30);
  });
});

describe('bulkChanges', () => {
  test('a migration records its services from → to, a transfer the agent it gave the attendances to; other kinds nothing', async () => {
    const [from, to] = [managed[0], unmanaged];
    const names = Object.fromEntries((await h.db.select().from(services)).map((s) => [s.id, s.name]));
    expect(await bulkChanges(h.db, { kind: 'user-migration', input: { originServiceId: from, destinationServiceId: to, mode: 'temporary' } })).toEqual([
      { field: 'service', before: names[from], after: names[to] },
    ]);
    expect(await bulkChanges(h.db, { kind: 'attendance-transfer', input: { serviceId: from, targetAgentId: ids.agent, count: 2 } })).toEqual([
      { field: 'assignedTo', after: 'Agente Demo <agent@demo.local>' },
    ]);
    expect(await bulkChanges(h.db, { kind: 'queue-closure', input: { serviceId: from } })).toEqual([]);
    expect(await bulkChanges(h.db, { kind: 'user-migration', input: { originServiceId: 'x' } })).toEqual([]);
  });
});
