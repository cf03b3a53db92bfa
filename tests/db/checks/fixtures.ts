import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import * as t from '@/db/schema';

/** Ids of the demo organization's named records, read back from the database. */
export async function demoIds(db: Db) {
  const byName = async <T extends { id: number; name: string }>(rows: Promise<T[]>) =>
    Object.fromEntries((await rows).map((r) => [r.name, r.id])) as Record<string, number>;
  return {
    teams: await byName(db.select({ id: t.teams.id, name: t.teams.name }).from(t.teams)),
    groups: await byName(db.select({ id: t.userGroups.id, name: t.userGroups.name }).from(t.userGroups)),
    queues: await byName(db.select({ id: t.chatQueues.id, name: t.chatQueues.name }).from(t.chatQueues)),
    mailboxes: await byName(db.select({ id: t.mailboxes.id, name: t.mailboxes.name }).from(t.mailboxes)),
    services: await byName(db.select({ id: t.services.id, name: t.services.name }).from(t.services)),
    profiles: await byName(db.select({ id: t.profiles.id, name: t.profiles.name }).from(t.profiles)),
  };
}

/** Inserts a user with the given teams and groups; returns its id. */
export async function addUser(
  db: Db,
  u: { email: string; profileId: number; teams?: number[]; groups?: number[]; services?: number[]; followupRecipient?: boolean } & Partial<
    typeof t.users.$inferInsert
  >,
): Promise<number> {
  const { teams = [], groups = [], services = [], followupRecipient = false, ...rest } = u;
  const [row] = await db
    .insert(t.users)
    .values({ name: u.email.split('@')[0], phone: '+55 11 90000-0000', passwordHash: 'x', ...rest })
    .returning({ id: t.users.id });
  if (teams.length) await db.insert(t.teamMembers).values(teams.map((teamId) => ({ teamId, userId: row.id, followupRecipient })));
  if (groups.length) await db.insert(t.groupMembers).values(groups.map((groupId) => ({ groupId, userId: row.id })));
  if (services.length) await db.insert(t.userServiceLinks).values(services.map((serviceId) => ({ serviceId, userId: row.id })));
  return row.id;
}

let protocol = 0;
/** Inserts `n` chat attendances in attendance for an agent on a queue. */
export async function addChats(db: Db, agentId: number, queueId: number, n: number): Promise<void> {
  const [q] = await db.select({ serviceId: t.chatQueues.serviceId }).from(t.chatQueues).where(eq(t.chatQueues.id, queueId));
  for (let i = 0; i < n; i++) {
    await db.insert(t.attendances).values({
      protocol: `TEST-${agentId}-${++protocol}`,
      channel: 'chat',
      serviceId: q.serviceId,
      queueId,
      status: 'in_attendance',
      agentId,
      customerName: 'Cliente Teste',
    });
  }
}

/** Id of the user with this e-mail. */
export async function userIdOf(db: Db, email: string): Promise<number> {
  const [row] = await db.select({ id: t.users.id }).from(t.users).where(eq(t.users.email, email));
  return row.id;
}
