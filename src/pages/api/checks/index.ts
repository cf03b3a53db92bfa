import { checksFor } from '../../../checks/registry';
import { defineEndpoint } from '../../../server/endpoint';

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
      fields: c.fields.map((f) => ({ name: f.name, kind: f.kind, label: f.label[lang], optional: f.optional ?? false })),
    })),
  }),
});
