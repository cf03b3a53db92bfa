import { DateTime } from 'luxon';

/**
 * Moments written for spreadsheets in the organization's time zone: `2026-11-28 09:15:02` (sortable,
 * read the same in every language), with the zone and its UTC offset named once in the column header.
 */

const MINUS = '\u2212';

/** The UTC offset of `timeZone` at `at`, as `UTC−03:00` (`UTC+00:00` for UTC itself). */
export function utcOffset(timeZone: string, at: Date): string {
  const offset = DateTime.fromJSDate(at, { zone: timeZone }).toFormat('ZZ');
  return `UTC${offset.replace('-', MINUS)}`;
}

/** The offsets `timeZone` uses in the year of `now` (one when it keeps no daylight saving time). */
export function yearOffsets(timeZone: string, now: Date): string[] {
  const y = now.getUTCFullYear();
  return [...new Set([utcOffset(timeZone, new Date(Date.UTC(y, 0, 1))), utcOffset(timeZone, new Date(Date.UTC(y, 6, 1)))])];
}

/** `iso` as `YYYY-MM-DD HH:MM:SS` on the wall clock of `timeZone`. */
export function wallClock(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm:ss');
}

/**
 * How a column of moments is written: its header suffix (zone and offset) and each cell. A zone
 * with daylight saving time names both offsets in the header and each cell carries its own, so no
 * hour is ambiguous.
 */
export function zonedColumn(timeZone: string, now: Date): { offset: string; cell: (iso: string | null | undefined) => string } {
  const offsets = yearOffsets(timeZone, now);
  const fixed = offsets.length === 1;
  return {
    offset: offsets.join(' / '),
    cell: (iso) => (iso ? (fixed ? wallClock(iso, timeZone) : `${wallClock(iso, timeZone)} ${utcOffset(timeZone, new Date(iso))}`) : ''),
  };
}
