import { checksFor } from '@/checks/registry';
import { clientFields } from '@/checks/lib/client-fields';
import { defineEndpoint } from '@/server/endpoint';

export const prerender = false;

/** GET /api/checks: the checks the caller may run, with titles and form fields in the caller's language. */
export const GET = defineEndpoint({
  action: 'check.list',
  permission: null,
  handler: ({ user, lang }) => ({
    checks: checksFor(user.permissions).map((c) => ({
      id: c.id,
      title: c.title[lang],
      description: c.description[lang],
      permission: c.permission,
      timeLimitMs: c.timeLimitMs,
      fields: clientFields(c.fields, lang),
    })),
  }),
});
