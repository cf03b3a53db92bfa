import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { operatorReadinessCheck as check } from '@/checks/definitions/operator-readiness';
import { CheckRefusal } from '@/checks/lib/errors';
import { readInputMessage } from '@/server/input-message';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';
import { addChats, addUser, demoIds, userIdOf } from './fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
const now = new Date('2026-11-23T15:00:00Z');
const hoursAgo = (n: number) => new Date(now.getTime() - n * 3_600_000);
const u: Record<string, number> = {};

const run = async (input: Record<string, unknown>, email = 'admin@demo.local') => {
  const result = await check.run(await checkContext(h.db, now, email), check.input.parse(input));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 20, attendances: 0 }, now);
  ids = await demoIds(h.db);
  const chatTeam = ids.teams['Time Suporte Chat'];
  const base = {
    profileId: ids.profiles.User,
    teams: [chatTeam],
    groups: [ids.groups['Grupo Atendimento']],
    available: true,
    maxChats: 2,
    lastLoginAt: hoursAgo(1),
  };
  u.ready = await addUser(h.db, { ...base, email: 'ready@test.local', limitsChangedAt: hoursAgo(2), services: [ids.services['Suporte Técnico']] });
  u.full = await addUser(h.db, { ...base, email: 'full@test.local' });
  u.relogin = await addUser(h.db, { ...base, email: 'relogin@test.local', limitsChangedAt: hoursAgo(0.5) });
  u.bare = await addUser(h.db, {
    email: 'bare@test.local',
    profileId: ids.profiles.User,
    maxChats: 0,
    lastLoginAt: hoursAgo(1),
    services: [ids.services['Atendimento Geral']],
  });
  u.inactive = await addUser(h.db, { ...base, email: 'inactive@test.local', active: false });
  await addChats(h.db, u.ready, ids.queues['Suporte Chat'], 1);
  await addChats(h.db, u.full, ids.queues['Suporte Chat'], 2);
}, 120_000);
afterAll(async () => h?.close());

describe('operatorReadinessCheck', () => {
  test('returns ok for an operator ready for the queue, with the load against capacity', async () => {
    const r = await run({ userId: u.ready, queueId: ids.queues['Suporte Chat'] });
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'Load: 1 of 2 simultaneous chats')).toHaveLength(1);
    expect(findingsWith(r, 'Is in a team linked to the queue: Time Suporte Chat')).toHaveLength(1);
    expect(findingsWith(r, 'comes from: team Time Suporte Chat')).toHaveLength(1);
  });

  test('returns warn when the operator is at capacity', async () => {
    const r = await run({ userId: u.full, queueId: ids.queues['Suporte Chat'] });
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'Full: 2 chats in attendance for a limit of 2')[0].fix?.article).toBe('chat/max-simultaneous-chats');
  });

  test('returns warn when the limits changed after the last sign-in', async () => {
    const r = await run({ userId: u.relogin, queueId: ids.queues['Suporte Chat'] });
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'must sign out and in again')).toHaveLength(1);
  });

  test('returns fail with every missing piece for a bare user: no license, module, team or chat limit', async () => {
    const r = await run({ userId: u.bare, queueId: ids.queues['Suporte Chat'] });
    expect(r.status).toBe('fail');
    const fails = r.findings.filter((f) => f.status === 'fail').map((f) => f.fix?.article);
    expect(fails).toEqual([
      'licenses/no-licenses-available',
      'chat/operator-receives-no-chats',
      'chat/operator-receives-no-chats',
      'chat/max-simultaneous-chats',
    ]);
    expect(findingsWith(r, 'Is in no team linked to the queue (Time Suporte Chat)')).toHaveLength(1);
  });

  test('returns fail for an inactive user', async () => {
    const r = await run({ userId: u.inactive, queueId: ids.queues['Suporte Chat'] });
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'The user is inactive')).toHaveLength(1);
  });

  test('checks the responder team and group of a mailbox', async () => {
    const ok = await run({ userId: await userIdOf(h.db, 'agent@demo.local'), mailboxId: ids.mailboxes.SAC });
    expect(ok.status).toBe('ok');
    expect(findingsWith(ok, "Is in the mailbox's responder team (Time SAC E-mail)")).toHaveLength(1);
    const bad = await run({ userId: u.bare, mailboxId: ids.mailboxes.SAC });
    expect(bad.status).toBe('fail');
    expect(findingsWith(bad, "Is not in the mailbox's responder group (Grupo Atendimento)")[0].fix?.article).toBe('email/mailbox-access-denied');
  });

  test('lets a supervisor check queues of the services they manage and refuses others with 403', async () => {
    const r = await run({ userId: u.ready, queueId: ids.queues['Suporte Chat'] }, 'supervisor@demo.local');
    expect(r.status).toBe('ok');
    const err = await run({ userId: u.ready, queueId: ids.queues['Vendas Chat'] }, 'supervisor@demo.local').catch((e) => e);
    expect(err).toBeInstanceOf(CheckRefusal);
    expect(err.status).toBe(403);
    const mbx = await run({ userId: u.bare, mailboxId: ids.mailboxes.SAC }, 'supervisor@demo.local').catch((e) => e);
    expect(mbx.status).toBe(403);
  });

  test('refuses an unknown user with 404 and asks for exactly one of queue or mailbox', async () => {
    const err = await run({ userId: 999_999, queueId: ids.queues['Suporte Chat'] }).catch((e) => e);
    expect(err.status).toBe(404);
    for (const bad of [{ userId: u.ready }, { userId: u.ready, queueId: 1, mailboxId: 1 }]) {
      const p = check.input.safeParse(bad);
      expect(p.success).toBe(false);
      expect(readInputMessage(p.error!.issues[0].message)?.en).toBe('Pick a chat queue or a mailbox (only one).');
    }
  });
});
