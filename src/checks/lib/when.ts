import { DateTime } from 'luxon';
import { formatDay, formatMoment } from '@/i18n/format-moment';
import { perLang } from '@/i18n/localized';
import type { Localized } from '../types';

/**
 * A moment of a check's answer in both languages, with its weekday and zone (the organization's):
 * `seg., 23/11/2026 22:00 (America/Sao_Paulo)` / `Mon, 2026-11-23 22:00 (America/Sao_Paulo)`.
 */
export function localizedMoment(d: DateTime): Localized {
  return perLang((lang) => formatMoment(d.toJSDate(), lang, d.zoneName ?? 'UTC', 'weekdayZoned'));
}

/** A calendar date in both languages, as formatDay writes it: `23/11/2026` / `Nov 23, 2026`. */
export const localizedDate = (isoDate: string): Localized => perLang((lang) => formatDay(isoDate, lang));

/** `HH:MM` of a `HH:MM:SS` time column. */
export const hhmm = (t: string) => t.slice(0, 5);

/** Today's date (`YYYY-MM-DD`) in `zone` at `now`. */
export const todayIn = (now: Date, zone: string) => DateTime.fromJSDate(now, { zone }).toISODate()!;
