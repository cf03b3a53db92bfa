import type { APIRoute } from 'astro';
import { guardEndpoint } from '../../../auth/guard';
import { checksFor } from '../../../checks/registry';
import { requestLang } from '../../../i18n/request-lang';

export const prerender = false;

/** GET /api/checks: the checks the caller may run, with titles and form fields in the caller's language. */
export const GET: APIRoute = (ctx) => {
  const user = guardEndpoint(ctx, null);
  if (user instanceof Response) return user;
  const lang = requestLang(ctx.request);
  return Response.json({
    checks: checksFor(user.permissions).map((c) => ({
      id: c.id,
      title: c.title[lang],
      description: c.description[lang],
      permission: c.permission,
      timeLimitMs: c.timeLimitMs,
      fields: c.fields.map((f) => ({ name: f.name, kind: f.kind, label: f.label[lang], optional: f.optional ?? false })),
    })),
  });
};
