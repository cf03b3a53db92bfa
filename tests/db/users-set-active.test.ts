import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit } from '@/audit/record';
import { createSession, readSession } from '@/auth/session';
import type { DbHandle } from '@/db/client';
import { auditRecords, sessions, users } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { setUserActive } from '@/operations/users/set-active';
import type { OperationContext } from '@/server/operation';
import { sessionUserFor } from '../helpers/check-context';
import { getTestDb } from '../helpers/db';

let h: DbHandle;
let agentId = 0;
let otherId = 0;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  const id = async (e: string) => (await h.db.select().from(users).where(eq(users.email, e)))[0].id;
  agentId = await id('agent@demo.local');
  otherId = await id('supervisor@demo.local');
}, 60_000);
afterAll(async () => h?.close());

/** Runs the operation's handler as the demo administrator, with the context both doors build. */
async function setActive(userId: number, active: boolean) {
  const admin = await sessionUserFor(h.db, 'admin@demo.local');
  const c = {
    user: admin,
    db: h.db,
    input: { userId, active },
    audit: (e: Parameters<typeof audit>[1]) => audit(h.db, { ...e, actor: admin }),
  } as unknown as OperationContext<{ userId: number; active: boolean }>;
  return setUserActive.handler(c);
}

const sessionsOf = async (userId: number) => (await h.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

describe('users.set-active', () => {
  test('deactivating a user ends their sessions, so the cookie is refused after reactivation too', async () => {
    const first = await createSession(h.db, agentId, 60);
    const second = await createSession(h.db, agentId, 60);
    const bystander = await createSession(h.db, otherId, 60);
    expect((await readSession(h.db, first.token))?.id).toBe(agentId);

    await setActive(agentId, false);
    expect(await sessionsOf(agentId)).toBe(0);
    expect(await readSession(h.db, first.token)).toBeNull();

    await setActive(agentId, true);
    expect((await h.db.select().from(users).where(eq(users.id, agentId)))[0].active).toBe(true);
    expect(await readSession(h.db, first.token)).toBeNull();
    expect(await readSession(h.db, second.token)).toBeNull();
    // Only that user's sessions end.
    expect((await readSession(h.db, bystander.token))?.id).toBe(otherId);

    const records = await h.db
      .select()
      .from(auditRecords)
      .where(eq(auditRecords.target, `user:${agentId}`));
    expect(records.find((r) => r.action === 'users.set-active' && (r.inputs as { active: boolean }).active === false)).toMatchObject({
      outcome: 'ok',
      details: { sessionsEnded: 2 },
    });
  });

  test('activating an active user leaves their sessions alone', async () => {
    const s = await createSession(h.db, agentId, 60);
    await setActive(agentId, true);
    expect((await readSession(h.db, s.token))?.id).toBe(agentId);
  });
});
