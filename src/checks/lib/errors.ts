import type { Localized } from '../types';
import { HttpError } from '@/server/http-error';
import { messages } from '@/i18n/messages';
import { checkEngineStrings } from '@/i18n/check-engine';
import { perLang } from '@/i18n/localized';

/**
 * Thrown by `run()` when it must refuse rather than report: the record named in the input does not
 * exist (404) or belongs to a service the caller does not manage (403). The engine answers with
 * `status` and `message` in the caller's language; nothing is read past the refusal.
 */
export class CheckRefusal extends HttpError {
  constructor(status: 403 | 404, localized: Localized) {
    super(status, localized);
    this.name = 'CheckRefusal';
  }
}

/** A 404 refusal for a record kind and id: "Fila #12 não encontrada". */
export function notFound(kind: Localized, id: number | string): CheckRefusal {
  return new CheckRefusal(
    404,
    perLang((lang) => checkEngineStrings.t(lang, 'notFound', { kind: kind[lang], id })),
  );
}

/** The 403 refusal of a record outside the caller's scope (see src/auth/scope.ts). */
export const outOfScope = (): CheckRefusal => new CheckRefusal(403, messages.outOfScope);
