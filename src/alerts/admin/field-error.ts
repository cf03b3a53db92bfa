import type { Localized } from '@/i18n/localized';
import type { Lang } from '@/i18n/ui';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';

/** A 400 naming `field` with `message` in the caller's language (the shape every operation's field refusal has). */
export function fieldError(lang: Lang, field: string, message: Localized): HttpError {
  return new HttpError(400, messages.badRequest, { fields: { [field]: [message[lang]] } });
}
