import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { fieldChanges } from '@/audit/changes';
import { grantPolicy, refusalMessage } from '@/auth/grant-policy';
import { groupMembers, profiles, userGroups, users } from '@/db/schema';
import { usersText } from '@/i18n/admin-users';
import { perLang } from '@/i18n/localized';
import { messages } from '@/i18n/messages';
import { profileLabel } from '@/i18n/profiles';
import { HttpError } from '@/server/http-error';
import { jsonId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Changes a user's profile and/or groups within the grant policy: the caller may change the user
 * (associated to one of its services, holding nothing it lacks, managing no service it does not),
 * gives only a profile whose permissions it holds, and puts the user in or takes it out of only
 * groups whose grants it holds. Any refusal answers with its reason and changes nothing; the
 * change is one transaction, audited with the profile and groups before → after. Needs manage:users.
 */
export const usersUpdateAccess = defineOperation({
  action: 'users.update-access',
  permission: 'manage:users',
  input: z.object({
    /** Id of the user to change. */
    userId: jsonId(),
    /** The new profile's id. Default: the profile stays. */
    profileId: jsonId().optional(),
    /** Every group the user should be in (replaces the current set). Default: the groups stay. */
    groupIds: z.array(jsonId()).max(100).optional(),
  }),
  handler: async ({ db, user, input, audit }) => {
    const [target] = await db.select({ id: users.id, profileId: users.profileId }).from(users).where(eq(users.id, input.userId));
    if (!target) throw new HttpError(404, messages.notFound);
    const refuse = async (status: 400 | 403, reason: string, message: Parameters<typeof usersText.l>[0] | null, name = '') => {
      await audit({
        action: 'users.update-access',
        target: `user:${target.id}`,
        inputs: input,
        outcome: status === 400 ? 'refused' : 'denied',
        details: { refusal: reason },
      });
      if (message === null) throw new HttpError(status, messages[refusalMessage(reason as never)]);
      throw new HttpError(
        status,
        perLang((lang) => usersText.t(lang, message as 'refusal.profile', { name: message === 'refusal.profile' ? profileLabel(lang, name) : name })),
      );
    };
    const policy = await grantPolicy(db, user);
    const refusal = (await policy.refusals([target.id])).get(target.id);
    if (refusal) await refuse(refusal === 'not-found' ? 400 : 403, refusal, null);

    const allProfiles = await db.select({ id: profiles.id, name: profiles.name }).from(profiles);
    const profileName = (id: number) => allProfiles.find((p) => p.id === id)?.name ?? '';
    const newProfile = input.profileId ?? target.profileId;
    if (newProfile !== target.profileId) {
      if (!allProfiles.some((p) => p.id === newProfile)) await refuse(400, 'unknown-profile', 'refusal.unknown');
      if (!policy.mayGiveProfile(newProfile)) await refuse(403, 'profile-above-caller', 'refusal.profile', profileName(newProfile));
    }

    const current = (await db.select({ id: groupMembers.groupId }).from(groupMembers).where(eq(groupMembers.userId, target.id))).map((r) => r.id);
    const wanted = input.groupIds ? [...new Set(input.groupIds)] : current;
    const added = wanted.filter((g) => !current.includes(g));
    const removed = current.filter((g) => !wanted.includes(g));
    const allGroups = await db.select({ id: userGroups.id, name: userGroups.name }).from(userGroups);
    const groupName = (id: number) => allGroups.find((g) => g.id === id)?.name ?? '';
    for (const g of added) if (!allGroups.some((x) => x.id === g)) await refuse(400, 'unknown-group', 'refusal.unknown');
    for (const g of [...added, ...removed]) if (!policy.mayGiveGroup(g)) await refuse(403, 'group-above-caller', 'refusal.group', groupName(g));

    await db.transaction(async (tx) => {
      if (newProfile !== target.profileId) await tx.update(users).set({ profileId: newProfile, updatedAt: new Date() }).where(eq(users.id, target.id));
      if (removed.length) await tx.delete(groupMembers).where(and(eq(groupMembers.userId, target.id), inArray(groupMembers.groupId, removed)));
      if (added.length) await tx.insert(groupMembers).values(added.map((groupId) => ({ groupId, userId: target.id })));
    });
    const names = (ids: number[]) => ids.map(groupName).sort((a, b) => a.localeCompare(b));
    await audit({
      action: 'users.update-access',
      target: `user:${target.id}`,
      inputs: input,
      outcome: 'ok',
      details: {
        changes: fieldChanges({ profile: profileName(target.profileId), groups: names(current) }, { profile: profileName(newProfile), groups: names(wanted) }),
      },
    });
    return { userId: target.id, profileId: newProfile, groupIds: wanted };
  },
});
