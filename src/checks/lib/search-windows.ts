import { DateTime } from 'luxon';

/** Days one e-mail search may span, counting both the first and the last day. */
export const SEARCH_WINDOW_DAYS = 30;

/** Days from `from` to `to` counting both ends (`2026-01-01`..`2026-01-30` is 30). */
export const inclusiveDays = (from: string, to: string) => DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days + 1;

/**
 * Consecutive windows of at most SEARCH_WINDOW_DAYS days (both ends counted) covering `from`..`to`
 * in order, each starting the day after the previous one ends; the last one ends on `to`.
 */
export function searchWindows(from: string, to: string): { from: string; to: string; days: number }[] {
  const end = DateTime.fromISO(to, { zone: 'utc' });
  const out: { from: string; to: string; days: number }[] = [];
  for (let start = DateTime.fromISO(from, { zone: 'utc' }); start <= end;) {
    const last = DateTime.min(start.plus({ days: SEARCH_WINDOW_DAYS - 1 }), end);
    out.push({ from: start.toISODate()!, to: last.toISODate()!, days: last.diff(start, 'days').days + 1 });
    start = last.plus({ days: 1 });
  }
  return out;
}
