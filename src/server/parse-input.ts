import type { z } from 'zod';
import type { Permission } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import { fieldErrors } from './field-errors';
import { messages, messageStrings } from '../i18n/messages';
import type { Lang } from '../i18n/ui';
import { HttpError } from './http-error';
import { tooDeep } from './json-depth';
import { findNul, isJsonType } from './read-body';

/** The signed-in caller holding `permission` (null: any signed-in user), or a 401 / 403. */
export function requirePermission(user: SessionUser | null, permission: Permission | null): asserts user is SessionUser {
  if (!user) throw new HttpError(401, messages.unauthorized);
  if (permission && !user.permissions.includes(permission)) throw new HttpError(403, messages.forbidden);
}

/**
 * `raw` parsed by `schema` (undefined without one): a string holding NUL or any failed rule is a
 * 400 whose `fields` say, per field and in the caller's language, what to fix. Nothing malformed
 * gets past this to a handler, let alone to SQL.
 */
export function parseInput<S extends z.ZodType | undefined>(schema: S, raw: unknown, lang: Lang): S extends z.ZodType ? z.output<S> : undefined {
  if (!schema) return undefined as never;
  const nul = findNul(raw);
  if (nul) throw new HttpError(400, messages.badRequest, { fields: { [nul.split('.')[0]!]: [messageStrings.t(lang, 'nulCharacter')] } });
  const r = schema.safeParse(raw);
  if (!r.success) throw new HttpError(400, messages.badRequest, { fields: fieldErrors(r.error, lang) });
  return r.data as never;
}

/** A JSON body's text as a value: `{}` when empty, 415 for another media type, 400 when it is not JSON. */
export function parseJsonBody(text: string, type: string): unknown {
  if (!text.trim()) return {};
  if (!isJsonType(type)) throw new HttpError(415, messages.unsupportedMediaType);
  // Checked on the text, without recursion, before JSON.parse builds anything (see json-depth.ts).
  if (tooDeep(text)) throw new HttpError(400, messages.tooDeep, { fields: {} });
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, messages.invalidJson, { fields: {} });
  }
}
