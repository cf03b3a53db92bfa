import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { crossesMidnight, nextOpening, openSpanAt, type GridInterval } from '@/checks/lib/schedule';

const at = (iso: string, zone = 'America/New_York') => DateTime.fromISO(iso, { zone });
const none = new Set<string>();

describe('openSpanAt', () => {
  test('treats an interval ending at its own start as a full day that runs into the next one', () => {
    const allDay: GridInterval[] = [{ weekday: 2, startsAt: '00:00:00', endsAt: '00:00:00' }]; // Tuesdays
    expect(crossesMidnight(allDay[0])).toBe(true);
    expect(openSpanAt(at('2026-11-24T23:59'), allDay, none)?.end.toISO()).toBe('2026-11-25T00:00:00.000-05:00');
    expect(openSpanAt(at('2026-11-25T00:00'), allDay, none)).toBeNull();
  });

  test('keeps an overnight interval at its wall-clock end across a daylight-saving change', () => {
    // New York leaves daylight saving on Sunday 2026-11-01 at 02:00: the Saturday night shift lasts 9 hours.
    const night: GridInterval[] = [{ weekday: 6, startsAt: '22:00', endsAt: '06:00' }];
    const span = openSpanAt(at('2026-11-01T05:30'), night, none)!;
    expect(span.end.toISO()).toBe('2026-11-01T06:00:00.000-05:00');
    expect(span.end.diff(span.start, 'hours').hours).toBe(9);
  });
});

describe('nextOpening', () => {
  test('returns null for a grid without intervals and skips a holiday on the way', () => {
    expect(nextOpening(at('2026-11-23T10:00'), [], none)).toBeNull();
    const mornings: GridInterval[] = [1, 2, 3].map((weekday) => ({ weekday, startsAt: '08:00', endsAt: '12:00' }));
    const next = nextOpening(at('2026-11-23T13:00'), mornings, new Set(['2026-11-24']));
    expect(next?.start.toISODate()).toBe('2026-11-25');
  });
});
