import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { grantPolicy } from '@/auth/grant-policy';
import { profiles, services, userGroups } from '@/db/schema';
import { profileLabel } from '@/i18n/profiles';
import { defineOperation } from '@/server/operation';

/**
 * The users screen's choices: the services in the caller's scope, every profile and group with
 * whether the caller may give it (the grant policy: only what it holds). Needs manage:users.
 */
export const usersFacets = defineOperation({
  action: 'users.facets',
  permission: 'manage:users',
  input: z.object({}),
  handler: async ({ db, user, lang }) => {
    const policy = await grantPolicy(db, user);
    const [svc, prof, grp] = await Promise.all([
      db.select({ id: services.id, name: services.name }).from(services).where(policy.scope.services(services.id)).orderBy(asc(services.name)),
      db.select({ id: profiles.id, name: profiles.name }).from(profiles).orderBy(asc(profiles.name)),
      db.select({ id: userGroups.id, name: userGroups.name }).from(userGroups).orderBy(asc(userGroups.name)),
    ]);
    return {
      services: svc,
      profiles: prof.map((p) => ({ ...p, name: profileLabel(lang, p.name), giveable: policy.mayGiveProfile(p.id) })),
      groups: grp.map((g) => ({ ...g, giveable: policy.mayGiveGroup(g.id) })),
    };
  },
});
