import { DateTime } from 'luxon';

/** The date (YYYY-MM-DD) of `at` in the IANA zone `tz`. */
export const dateIn = (at: Date, tz: string) => DateTime.fromJSDate(at, { zone: tz }).toISODate()!;

/** The date after `at`'s date in `tz`: the day a temporary migration made at `at` reverts. */
export const nextDayIn = (at: Date, tz: string) => DateTime.fromJSDate(at, { zone: tz }).plus({ days: 1 }).toISODate()!;
