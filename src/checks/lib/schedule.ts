import { DateTime } from 'luxon';

/** One interval of a schedule grid: weekday 0 = Sunday; times `HH:MM[:SS]` in the organization's zone. */
export interface GridInterval {
  weekday: number;
  startsAt: string;
  endsAt: string;
}

/** A holiday linked to the grid: its date (`YYYY-MM-DD`, organization's calendar) and name. */
export interface GridHoliday {
  date: string;
  name: string;
}

/** The interval the queue is inside, with the real moments it started and ends. */
export interface OpenSpan {
  interval: GridInterval;
  start: DateTime;
  end: DateTime;
}

/** How many days ahead `nextOpening` looks. */
export const NEXT_OPENING_DAYS = 14;

const seconds = (t: string) => {
  const [h, m, s] = t.split(':').map(Number);
  return h * 3600 + m * 60 + (s || 0);
};

/** Whether the interval crosses midnight: it ends at or before its start, so on the next day. */
export const crossesMidnight = (i: GridInterval) => seconds(i.endsAt) <= seconds(i.startsAt);

/** Sunday-based weekday (0–6) of a luxon date. */
export const weekdayOf = (d: DateTime) => d.weekday % 7;

const at = (day: DateTime, time: string) => {
  const s = seconds(time);
  return day.startOf('day').set({ hour: Math.floor(s / 3600), minute: Math.floor((s % 3600) / 60), second: s % 60 });
};

/**
 * The spans of intervals that START on `day` (a day in the organization's zone). An interval that
 * crosses midnight belongs to the weekday it starts on and runs into the next day.
 */
export function spansStartingOn(day: DateTime, intervals: GridInterval[]): OpenSpan[] {
  return intervals
    .filter((i) => i.weekday === weekdayOf(day))
    .map((i) => ({ interval: i, start: at(day, i.startsAt), end: at(crossesMidnight(i) ? day.plus({ days: 1 }) : day, i.endsAt) }))
    .sort((a, b) => a.start.toMillis() - b.start.toMillis());
}

/**
 * Rules, in the organization's zone, as the articles state them:
 * - on a holiday the queue is closed all day (from 00:00 to 24:00 of the holiday's date);
 * - an overnight interval that started the evening before a holiday stops at midnight;
 * - an interval that starts on a holiday does not run at all, not even its hours after midnight,
 *   because the interval belongs to the day it starts on.
 * Returns the span `moment` falls in, or null when the grid is closed then.
 */
export function openSpanAt(moment: DateTime, intervals: GridInterval[], holidays: Set<string>): OpenSpan | null {
  if (holidays.has(moment.toISODate()!)) return null;
  const t = moment.toMillis();
  for (const startDay of [moment.minus({ days: 1 }), moment]) {
    if (holidays.has(startDay.toISODate()!)) continue;
    const span = spansStartingOn(startDay, intervals).find((s) => s.start.toMillis() <= t && t < s.end.toMillis());
    if (span) return { ...span, end: cutAtHoliday(span.end, span.start, holidays) };
  }
  return null;
}

/** An overnight span ends at midnight when the next day is a holiday. */
function cutAtHoliday(end: DateTime, start: DateTime, holidays: Set<string>): DateTime {
  const nextDay = start.plus({ days: 1 }).startOf('day');
  return end > nextDay && holidays.has(nextDay.toISODate()!) ? nextDay : end;
}

/**
 * The first interval start strictly after `moment`, skipping holidays, looking up to
 * NEXT_OPENING_DAYS days ahead; null when the grid opens in none of them.
 */
export function nextOpening(moment: DateTime, intervals: GridInterval[], holidays: Set<string>): OpenSpan | null {
  for (let d = 0; d <= NEXT_OPENING_DAYS; d++) {
    const day = moment.plus({ days: d }).startOf('day');
    if (holidays.has(day.toISODate()!)) continue;
    const span = spansStartingOn(day, intervals).find((s) => s.start > moment);
    if (span) return { ...span, end: cutAtHoliday(span.end, span.start, holidays) };
  }
  return null;
}
