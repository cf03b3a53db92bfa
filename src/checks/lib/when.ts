import { DateTime } from 'luxon';
import type { Localized } from '../types';

/** A moment as people read it in each language, in its own zone: `seg., 23/11/2026 22:00` / `Mon, 2026-11-23 22:00`. */
export function localizedMoment(d: DateTime): Localized {
  return {
    'pt-BR': `${d.setLocale('pt-BR').toFormat('ccc, dd/MM/yyyy HH:mm')} (${d.zoneName})`,
    en: `${d.setLocale('en').toFormat('ccc, yyyy-MM-dd HH:mm')} (${d.zoneName})`,
  };
}

/** A calendar date in each language: `23/11/2026` / `2026-11-23`. */
export function localizedDate(isoDate: string): Localized {
  const [y, m, d] = isoDate.split('-');
  return { 'pt-BR': `${d}/${m}/${y}`, en: isoDate };
}

/** `HH:MM` of a `HH:MM:SS` time column. */
export const hhmm = (t: string) => t.slice(0, 5);

/** Today's date (`YYYY-MM-DD`) in `zone` at `now`. */
export const todayIn = (now: Date, zone: string) => DateTime.fromJSDate(now, { zone }).toISODate()!;
