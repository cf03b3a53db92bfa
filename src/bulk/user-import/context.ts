import { and, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { groupMembers, organization, profiles, services, users } from '@/db/schema';
import type { SessionUser } from '@/auth/session';
import { grantPolicy } from '@/auth/grant-policy';
import type { ImportContext } from './validate-row';
import { profileLabel, profileStrings } from '@/i18n/profiles';
import { References } from './references';
import type { Localized } from '../types';

const langs = ['pt-BR', 'en'] as const;

/** Loads the ids and names, defaults and what the actor may give (the grant policy) an import is validated against. */
export async function loadImportContext(db: Db, actor: Pick<SessionUser, 'id' | 'permissions'>): Promise<ImportContext> {
  const svc = await db.select({ id: services.id, name: services.name, isDefault: services.isDefault }).from(services);
  const prof = await db.select({ id: profiles.id, name: profiles.name, isDefault: profiles.isDefault }).from(profiles);
  const policy = await grantPolicy(db, actor);
  const scope = policy.services;
  const defaultService = svc.find((s) => s.isDefault) ?? svc[0];
  const defaultProfile = prof.find((p) => p.isDefault) ?? prof.find((p) => p.name === 'User') ?? prof[0];
  if (!defaultService || !defaultProfile) throw new Error('The organization has no services or profiles yet; create them before importing users.');
  return {
    services: new References(svc.map((s) => ({ id: s.id, name: s.name, aliases: [] }))),
    // A built-in profile answers to its stored name and to its label in each language ("User", "Usuário").
    profiles: new References(
      prof.map((p) => ({ id: p.id, name: p.name, aliases: Object.hasOwn(profileStrings.table, p.name) ? langs.map((l) => profileLabel(l, p.name)) : [] })),
    ),
    serviceIds: new Set(svc.map((s) => s.id)),
    defaultServiceId: defaultService.id,
    profileIds: new Set(prof.map((p) => p.id)),
    defaultProfileId: defaultProfile.id,
    scope,
    grantableProfiles: policy.profiles,
    profileList: Object.fromEntries(
      langs.map((lang) => [
        lang,
        prof
          .filter((p) => policy.mayGiveProfile(p.id))
          .map((p) => `${p.id} (${profileLabel(lang, p.name)})`)
          .join(', '),
      ]),
    ) as Localized,
    scopeList: svc
      .filter((s) => scope === 'all' || scope.has(s.id))
      .map((s) => `${s.id} (${s.name})`)
      .join(', '),
  };
}

/** Lower-cased e-mails of `emails` that already belong to a user. */
export async function emailsInUse(db: Db, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ e: sql<string>`lower(${users.email})` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  return new Set(rows.map((r) => r.e));
}

/** License pool: contracted seats, seats used (active users in at least one group), seats free. */
export async function seatRoom(db: Db): Promise<{ contracted: number; used: number; free: number }> {
  const [org] = await db.select({ seats: organization.contractedSeats }).from(organization);
  const [{ n }] = await db
    .select({ n: countDistinct(groupMembers.userId) })
    .from(groupMembers)
    .innerJoin(users, and(eq(users.id, groupMembers.userId), eq(users.active, true)));
  const contracted = org?.seats ?? 0;
  return { contracted, used: Number(n), free: Math.max(0, contracted - Number(n)) };
}
