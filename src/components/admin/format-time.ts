import type { Lang } from '../../i18n/ui';

/** A moment as people of `lang` write it, in the organization's time zone (named, so nobody guesses). */
export function formatAt(iso: string, lang: Lang, timeZone: string): string {
  // timeStyle 'long' ends with the zone's short name ("01:21:53 BRT"); dateStyle may not be mixed with timeZoneName.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'long', timeZone }).format(new Date(iso));
}
