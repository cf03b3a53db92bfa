import { DateTime } from 'luxon';
import type { Lang } from './ui';

/**
 * How a moment is written:
 * - `dateTime`: date and time to the minute (`06/12/2026 14:05` / `12/6/2026, 2:05 PM`);
 * - `dateTimeSeconds`: the same to the second (audit records, monitors);
 * - `date`: the calendar day only;
 * - `time`: the time of day only;
 * - `zoned`: `dateTime` followed by the zone's offset (`UTC−3`), where a reader could doubt which clock is meant;
 * - `weekdayZoned`: the day of the week, the date and the 24-hour time, then the zone's name
 *   (`seg., 23/11/2026 22:00 (America/Sao_Paulo)` / `Mon, 2026-11-23 22:00 (America/Sao_Paulo)`), where the
 *   weekday decides the answer and the text sits beside 24-hour grid intervals (a check's findings).
 */
export type MomentStyle = 'dateTime' | 'dateTimeSeconds' | 'date' | 'time' | 'zoned' | 'weekdayZoned';

const FORMATS: Record<Exclude<MomentStyle, 'zoned' | 'weekdayZoned'>, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'short', timeStyle: 'short' },
  dateTimeSeconds: { dateStyle: 'short', timeStyle: 'medium' },
  date: { dateStyle: 'short' },
  time: { timeStyle: 'short' },
};

/** `weekdayZoned` per language: 24-hour, like the schedule grid intervals it is read beside. */
const WEEKDAY_PATTERN: Record<Lang, string> = { 'pt-BR': 'ccc, dd/MM/yyyy HH:mm', en: 'ccc, yyyy-MM-dd HH:mm' };

/**
 * The one formatter of moments shown to people: `at` (an ISO string or a Date) in the
 * organization's `timeZone`, as people of `lang` write it. Never the browser's zone.
 */
export function formatMoment(at: string | Date, lang: Lang, timeZone: string, style: MomentStyle = 'dateTime'): string {
  const d = (typeof at === 'string' ? DateTime.fromISO(at) : DateTime.fromJSDate(at)).setZone(timeZone).setLocale(lang);
  if (!d.isValid) return '';
  if (style === 'zoned') return `${d.toLocaleString(FORMATS.dateTime)} (${zoneOffset(d)})`;
  if (style === 'weekdayZoned') return `${d.toFormat(WEEKDAY_PATTERN[lang])} (${d.zoneName})`;
  return d.toLocaleString(FORMATS[style]);
}

/** A calendar day (`YYYY-MM-DD`, no time and no zone: a return date, a holiday) as people of `lang` write it. */
export function formatDay(isoDate: string, lang: Lang): string {
  const d = DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale(lang);
  return d.isValid ? d.toLocaleString({ dateStyle: lang === 'en' ? 'medium' : 'short' }) : isoDate;
}

/** The offset of the organization's zone at that moment, as `UTC−3` / `UTC+5:30`. */
export function zoneOffset(d: DateTime): string {
  const minutes = d.offset;
  const sign = minutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** The styles of `axisLabels`, coarsest first. */
const AXIS_STYLES: Intl.DateTimeFormatOptions[] = [
  { day: '2-digit', month: '2-digit' },
  { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
];

/**
 * The labels of a time axis's ticks (epoch milliseconds, in order) in the organization's
 * `timeZone`: the coarsest style that tells every tick from its neighbours (the day; the day and
 * time; the time to the second), so a chart never repeats one minute or one day along its axis.
 * Ticks closer than a second (a run or two at one moment) keep the label of the first only.
 */
export function axisLabels(lang: Lang, timeZone: string, epochMs: number[]): string[] {
  const fmt = (style: Intl.DateTimeFormatOptions) => epochMs.map((ms) => DateTime.fromMillis(ms).setZone(timeZone).setLocale(lang).toLocaleString(style));
  const distinct = (labels: string[]) => labels.every((l, i) => i === 0 || l !== labels[i - 1]);
  let labels: string[] = [];
  for (const style of AXIS_STYLES) {
    labels = fmt(style);
    if (distinct(labels)) return labels;
  }
  return labels.map((l, i) => (i > 0 && l === labels[i - 1] ? '' : l));
}

/** A number as people of `lang` write it (`1.234` in pt-BR, `1,234` in English): a run's duration in ms, a chart's axis. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang);
}
