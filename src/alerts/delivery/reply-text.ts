import { alertMessageStrings } from '../../i18n/alert-messages';
import type { Lang } from '../../i18n/ui';
import { OMNI_REPLY } from './outcome';

const ours = ['contactDisabled', 'noSmtp', 'missing', 'notSendable'] as const;

/**
 * A delivery's or a contact's stored reply as a screen shows it: our own reasons (`omni:<key>`)
 * in `lang`; a server's reply (`250 2.0.0 Ok`, `HTTP 500`, `timeout after 10 s`) as it came.
 */
export function deliveryReplyText(reply: string | null | undefined, lang: Lang): string {
  if (!reply) return '';
  if (!reply.startsWith(OMNI_REPLY)) return reply;
  const key = reply.slice(OMNI_REPLY.length) as (typeof ours)[number];
  return ours.includes(key) ? alertMessageStrings.t(lang, `reply.${key}`) : reply;
}
