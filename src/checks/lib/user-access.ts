import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { groupMembers, profiles, teamMembers, teams, userGroups, users } from '@/db/schema';
import { levels, type Level, type OmniModule } from '@/auth/permissions';
import { queryRows } from '@/db/rows';
import { checkEngineStrings } from '@/i18n/check-engine';
import { perLang, type Localized } from '@/i18n/localized';

export type GrantSource = { kind: 'profile' | 'team' | 'group'; name: string };

/** A user with their profile, teams and groups: what every access check starts from. */
export async function loadUserAccess(db: Db, userId: number) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      available: users.available,
      maxChats: users.maxChats,
      lastLoginAt: users.lastLoginAt,
      limitsChangedAt: users.limitsChangedAt,
      profile: profiles.name,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.id, users.profileId))
    .where(eq(users.id, userId));
  if (!user) return null;
  const [teamRows, groupRows] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, followupRecipient: teamMembers.followupRecipient })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(eq(teamMembers.userId, userId)),
    db
      .select({ id: userGroups.id, name: userGroups.name })
      .from(groupMembers)
      .innerJoin(userGroups, eq(userGroups.id, groupMembers.groupId))
      .where(eq(groupMembers.userId, userId)),
  ]);
  return { ...user, teams: teamRows, groups: groupRows };
}

export type UserAccess = NonNullable<Awaited<ReturnType<typeof loadUserAccess>>>;

/**
 * Where each level of `module` comes from for a user: their profile, each team and each group that
 * grants it (the same union `effectivePermissions` reads, keeping the source).
 */
export async function moduleGrantSources(db: Db, userId: number, module: OmniModule): Promise<Map<Level, GrantSource[]>> {
  const prefix = `module:${module}:%`;
  const rows = await queryRows<{ kind: GrantSource['kind']; name: string; p: string }>(
    db,
    sql`
    select * from (
      select 'profile' as kind, ${profiles.name} as name, unnest(${profiles.permissions}) as p from ${users} join ${profiles} on ${profiles.id} = ${users.profileId} where ${users.id} = ${userId}
      union all select 'team', ${teams.name}, unnest(${teams.permissions}) from ${teamMembers} join ${teams} on ${teams.id} = ${teamMembers.teamId} where ${teamMembers.userId} = ${userId}
      union all select 'group', ${userGroups.name}, unnest(${userGroups.permissions}) from ${groupMembers} join ${userGroups} on ${userGroups.id} = ${groupMembers.groupId} where ${groupMembers.userId} = ${userId}
    ) s where p like ${prefix}`,
  );
  const byLevel = new Map<Level, GrantSource[]>();
  for (const r of rows) {
    const level = r.p.slice(`module:${module}:`.length) as Level;
    if (!levels.includes(level)) continue;
    byLevel.set(level, [...(byLevel.get(level) ?? []), { kind: r.kind, name: r.name }]);
  }
  return byLevel;
}

/** `perfil User, time Time SAC` / `profile User, team Time SAC`. */
export function describeSources(sources: GrantSource[]): Localized {
  return perLang((lang) => sources.map((s) => checkEngineStrings.t(lang, `source.${s.kind}`, { name: s.name })).join(', '));
}
