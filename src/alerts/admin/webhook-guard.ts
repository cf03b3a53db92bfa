import { alertInputStrings } from '@/i18n/admin-alerts';
import type { Localized } from '@/i18n/localized';
import { OutboundRefused, resolveOutbound } from '@/security/outbound-guard';

/**
 * Why a webhook URL may not be saved: its host does not resolve, or resolves to an address the
 * outbound guard refuses (loopback, private, link-local, metadata… unless allow-listed). Null: allowed.
 * Every delivery checks again (a name may resolve elsewhere later); this refuses at save time.
 */
export async function webhookRefusal(url: string): Promise<Localized | null> {
  try {
    await resolveOutbound(new URL(url).hostname);
    return null;
  } catch (e) {
    if (!(e instanceof OutboundRefused)) throw e;
    return alertInputStrings.l(e.reason === 'not-found' ? 'unknownHost' : e.reason === 'invalid' ? 'unknownHost' : 'forbiddenHost');
  }
}
