import { z } from 'zod';
import { fieldErrors } from '@/server/field-errors';
import { getCheck } from '@/checks/registry';
import { runCheck } from '@/checks/runner';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Runs one live check with its input → `{checkId, status, summary, findings, durationMs, at}`, stored
 * in the check's history and audited. Needs the check's own permission (403 without it, 404 for an
 * unknown id); its input fields are checked by the check's schema (400 with per-field messages in
 * the caller's language). A record outside the caller's services is refused by the check (403).
 */
export const checkRun = defineOperation({
  action: 'check.run',
  permission: (input) => getCheck(input.id)?.permission ?? null,
  // The check's id and its own input fields, read by the check's schema in the handler.
  input: z.looseObject({
    /** The check's id (catalog ids are short kebab-case names). */
    id: text(64),
  }),
  maxBytes: 64_000,
  handler: async ({ db, user, lang, clientAddress, input }) => {
    const def = getCheck(input.id);
    if (!def) throw new HttpError(404, messages.unknownCheck);
    const { id: _id, ...fields } = input;
    const parsed = def.input.safeParse(fields);
    if (!parsed.success) throw new HttpError(400, messages.badRequest, { fields: fieldErrors(parsed.error, lang) });
    // A CheckRefusal (404 unknown record, 403 outside the caller's services) is an HttpError.
    return runCheck(def, { db, user, input: parsed.data, ip: clientAddress });
  },
});
