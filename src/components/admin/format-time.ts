import type { Lang } from '../../i18n/ui';

/** A moment as people of `lang` write it, in the organization's time zone (named, so nobody guesses). */
export function formatAt(iso: string, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium', timeZone, timeZoneName: 'short' }).format(new Date(iso));
}
