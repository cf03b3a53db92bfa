import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/me: who is signed in → `{email, name, profile, permissions[]}`, or 401. */
export const GET = defineEndpoint({
  action: 'me.read',
  permission: null,
  handler: ({ user }) => ({ email: user.email, name: user.name, profile: user.profile, permissions: user.permissions }),
});
