import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { chatDistributionCheck as check } from '@/checks/definitions/chat-distribution';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith, sessionUserFor } from '../../helpers/check-context';
import { addChats, addUser, demoIds } from './fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
let queueId: number;
let a: number;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (id: number, when = now, email = 'admin@demo.local') => {
  const result = await check.run(await checkContext(h.db, when, email), check.input.parse({ queueId: id }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 40, attendances: 0 }, now);
  ids = await demoIds(h.db);
  const [t1, t2] = await h.db
    .insert(t.teams)
    .values([{ name: 'Time Teste Fila' }, { name: 'Time Teste Dois' }])
    .returning();
  const [q] = await h.db.insert(t.chatQueues).values({ name: 'Fila Teste', serviceId: ids.services['Suporte Técnico'] }).returning();
  queueId = q.id;
  await h.db.insert(t.queueTeams).values([
    { queueId, teamId: t1.id },
    { queueId, teamId: t2.id },
  ]);
  const p = ids.profiles.User;
  a = await addUser(h.db, { email: 'a@test.local', profileId: p, teams: [t1.id, t2.id], available: true, maxChats: 2 });
  await addUser(h.db, { email: 'b@test.local', profileId: p, teams: [t1.id], available: false, maxChats: 3 });
  await addUser(h.db, { email: 'c@test.local', profileId: p, teams: [t1.id], available: true, active: false, maxChats: 3 });
  const d = await addUser(h.db, { email: 'd@test.local', profileId: p, teams: [t2.id], available: true, maxChats: 1 });
  await addChats(h.db, a, queueId, 1);
  await addChats(h.db, d, queueId, 1);
  await h.db
    .insert(t.attendances)
    .values({ protocol: 'WAIT-1', channel: 'chat', serviceId: ids.services['Suporte Técnico'], queueId, status: 'queued', customerName: 'Cliente' });
}, 120_000);
afterAll(async () => h?.close());

describe('chatDistributionCheck', () => {
  test('returns ok with members per team, distinct available users, capacity left and an on-time distributor', async () => {
    const r = await run(queueId);
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'Team Time Teste Fila: 3 members, 1 active and available now.')).toHaveLength(1);
    expect(findingsWith(r, 'Team Time Teste Dois: 2 members, 2 active and available now.')).toHaveLength(1);
    // A team named "Time …" is not called "Time Time …" in Portuguese.
    expect(r.findings.filter((f) => f.message['pt-BR'] === 'Time Teste Fila: 3 membros, 1 ativo e disponível agora.')).toHaveLength(1);
    expect(r.findings.some((f) => /\bTime Time\b/.test(f.message['pt-BR']))).toBe(false);
    expect(findingsWith(r, '2 available users add up to 3 simultaneous chats; 2 in attendance, 1 free.')).toHaveLength(1);
    expect(findingsWith(r, 'Attendances waiting in the queue: 1.')).toHaveLength(1);
    expect(findingsWith(r, 'Last distributor heartbeat 3 s ago (every 5 s).')).toHaveLength(1);
  });

  test('returns warn when the available users have no free chat slot', async () => {
    await addChats(h.db, a, queueId, 1);
    const r = await run(queueId);
    expect(r.status).toBe('warn');
    expect(findingsWith(r, '3 in attendance, 0 free')[0].fix?.article).toBe('chat/max-simultaneous-chats');
  });

  test('returns fail when the distributor heartbeat is older than its interval plus grace', async () => {
    const r = await run(queueId, new Date(now.getTime() + 60_000));
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'Last distributor heartbeat 63 s ago; expected every 5 s (overdue after 35 s).')[0].fix?.article).toBe(
      'chat/operator-receives-no-chats',
    );
    expect(r.summary.en).toContain('distributor overdue');
  });

  test('returns fail for a queue with no linked team', async () => {
    const [q] = await h.db.insert(t.chatQueues).values({ name: 'Fila sem time', serviceId: ids.services['Suporte Técnico'], outOfService: true }).returning();
    const r = await run(q.id);
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'No team is linked to the queue')).toHaveLength(1);
    expect(findingsWith(r, 'Out of Service')).toHaveLength(1);
  });

  test('reads at most 1000 available people per team and says the figures are a lower bound', async () => {
    const [big] = await h.db.insert(t.teams).values({ name: 'Time Enorme' }).returning();
    const [q] = await h.db.insert(t.chatQueues).values({ name: 'Fila Enorme', serviceId: ids.services['Suporte Técnico'] }).returning();
    await h.db.insert(t.queueTeams).values({ queueId: q.id, teamId: big.id });
    await h.db.execute(sql`insert into users (name, email, phone, password_hash, profile_id, available, max_chats)
      select 'u' || i, 'big' || i || '@test.local', '0', 'x', ${ids.profiles.User}, true, 2 from generate_series(1, 1001) i`);
    await h.db.execute(sql`insert into team_members (team_id, user_id) select ${big.id}, id from users where email like 'big%'`);
    const r = await run(q.id);
    expect(findingsWith(r, 'Team Time Enorme: 1000+ members, 1000+ active and available now.')).toHaveLength(1);
    expect(findingsWith(r, 'At least 1000 available users add up to 2000 simultaneous chats; 0 in attendance, 2000 free.')).toHaveLength(1);
    expect(r.summary.en).toContain('1000+ available');
  });

  test('lets a supervisor inspect queues of managed services only; an agent lacks the permission', async () => {
    expect((await run(queueId, now, 'supervisor@demo.local')).findings.length).toBeGreaterThan(0);
    const err = await run(ids.queues['Vendas Chat'], now, 'supervisor@demo.local').catch((e) => e);
    expect(err.status).toBe(403);
    expect((await sessionUserFor(h.db, 'agent@demo.local')).permissions).not.toContain(check.permission);
  });
});
