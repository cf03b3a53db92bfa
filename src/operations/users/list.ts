import { z } from 'zod';
import { organizationInfo } from '@/admin/organization-info';
import { licenseUse, listUsers } from '@/admin/users/list-users';
import { grantPolicy } from '@/auth/grant-policy';
import { usersText } from '@/i18n/admin-users';
import { profileLabel } from '@/i18n/profiles';
import { now } from '@/server/clock';
import { dbId, pageSize, queryFlag, text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * The users screen's list: users of the caller's services (every user for admin:all-services),
 * filtered by name or e-mail, service, profile, group, active or not and idle (no sign-in for 30
 * days), by name, in pages. Each user with its profile, its services within the caller's scope,
 * its groups, last sign-in, license use (built-in profiles named in the caller's language), and why the caller may not deactivate or change it (null
 * when it may). Also the organization's license use and time zone. Needs manage:users; a service
 * filter outside the caller's scope is refused (403).
 */
export const usersList = defineOperation({
  action: 'users.list',
  permission: 'manage:users',
  input: z.object({
    /** Part of the name or e-mail, any case. Default: everyone. */
    q: text(200).trim().default(''),
    /** Only users associated to this service (in the caller's scope). */
    serviceId: dbId().optional(),
    /** Only users with this profile. */
    profileId: dbId().optional(),
    /** Only members of this group. */
    groupId: dbId().optional(),
    /** `active`, `inactive` or `any`. Default `any`. */
    status: z.enum(['any', 'active', 'inactive']).default('any'),
    /** Only users with no sign-in for 30 days or more (or never). Default false. */
    idle: z.union([z.boolean(), queryFlag()]).default(false),
    /** Page, from 1 to 100,000. Default 1. */
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    /** Page size, 1–100. Default 25. */
    pageSize: pageSize(100, 25),
  }),
  handler: async ({ db, user, lang, input, scope, requireService }) => {
    const s = input.serviceId ? await requireService(input.serviceId, usersText.l('refusal.service')) : await scope();
    const filter = {
      q: input.q,
      serviceId: input.serviceId,
      profileId: input.profileId,
      groupId: input.groupId,
      active: input.status === 'any' ? undefined : input.status === 'active',
      idle: input.idle,
    };
    const [page, license, { timeZone }, policy] = await Promise.all([
      listUsers(db, s, filter, now(), input.page, input.pageSize),
      licenseUse(db),
      organizationInfo(db),
      grantPolicy(db, user),
    ]);
    const refusals = await policy.refusals(
      page.users.map((u) => u.id),
      { deactivate: true },
    );
    return {
      users: page.users.map((u) => ({ ...u, profile: { ...u.profile, name: profileLabel(lang, u.profile.name) }, refusal: refusals.get(u.id) ?? null })),
      hasMore: page.hasMore,
      page: input.page,
      pageSize: input.pageSize,
      license,
      timeZone,
    };
  },
});
