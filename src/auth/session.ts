import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { groupMembers, profiles, sessions, teamMembers, teams, userGroups, users } from '../db/schema';
import { isPermission, type Permission } from './permissions';
import { queryRows } from '../db/rows';

export const SESSION_COOKIE = 'omni_session';

/** The signed-in user as every guard sees it. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  profile: string;
  permissions: Permission[];
  sessionId: string;
  sessionCreatedAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session for `userId`; returns the cookie token (only its hash is stored). */
export async function createSession(db: Db, userId: number, ttlMinutes: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  await db.insert(sessions).values({ id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

/** Deletes the session behind `token`, if any. */
export async function destroySession(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Db, now = new Date()): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}

/** Effective permissions of a user: their profile's, plus those of their teams and groups. */
export async function effectivePermissions(db: Db, userId: number): Promise<Permission[]> {
  const list = (
    await queryRows<{ p: string }>(
      db,
      sql`
    select unnest(${profiles.permissions}) as p from ${users} join ${profiles} on ${profiles.id} = ${users.profileId} where ${users.id} = ${userId}
    union select unnest(${teams.permissions}) from ${teams} join ${teamMembers} on ${teamMembers.teamId} = ${teams.id} where ${teamMembers.userId} = ${userId}
    union select unnest(${userGroups.permissions}) from ${userGroups} join ${groupMembers} on ${groupMembers.groupId} = ${userGroups.id} where ${groupMembers.userId} = ${userId}`,
    )
  ).map((r) => r.p);
  return [...new Set(list)].filter(isPermission).sort();
}

/** The user behind a session token, or null when the token is unknown, expired, or the user inactive. */
export async function readSession(db: Db, token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token) return null;
  const id = hashToken(token);
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, profile: profiles.name, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(profiles, eq(profiles.id, users.profileId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    profile: row.profile,
    permissions: await effectivePermissions(db, row.userId),
    sessionId: id,
    sessionCreatedAt: row.createdAt,
  };
}
