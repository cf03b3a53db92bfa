import { and, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '@/db/client';
import { alertSilences, gridHolidays, gridIntervals, holidays, organization, type AlertSilence } from '@/db/schema';
import { openSpanAt, type GridInterval } from '@/checks/lib/schedule';
import type { AdvanceContext } from './machine';

/** The silences in force at `now`: started, not ended by hand or by green, not past their end. */
export async function activeSilences(db: Db, now: Date): Promise<AlertSilence[]> {
  return db
    .select()
    .from(alertSilences)
    .where(and(lte(alertSilences.startsAt, now), isNull(alertSilences.endedAt), or(isNull(alertSilences.endsAt), gt(alertSilences.endsAt, now))));
}

/** The silences of a list that match a rule and record (a silence without rule matches every rule; without record, every record). */
export function matchingSilences(silences: AlertSilence[], ruleId: number, recordKey: string): AlertSilence[] {
  return silences.filter((s) => (s.ruleId === null || s.ruleId === ruleId) && (s.recordKey === null || s.recordKey === recordKey));
}

/** A grid as the window test needs it: its intervals and its holidays' dates. */
export interface GridWindow {
  intervals: GridInterval[];
  holidays: Set<string>;
}

/** The grids of these ids with their intervals and holidays (all of them: a window test is by date). */
export async function loadGrids(db: Db, ids: number[]): Promise<Map<number, GridWindow>> {
  const out = new Map<number, GridWindow>();
  if (!ids.length) return out;
  const [ints, hols] = await Promise.all([
    db
      .select({ gridId: gridIntervals.gridId, weekday: gridIntervals.weekday, startsAt: gridIntervals.startsAt, endsAt: gridIntervals.endsAt })
      .from(gridIntervals)
      .where(inArray(gridIntervals.gridId, ids)),
    db
      .select({ gridId: gridHolidays.gridId, date: holidays.date })
      .from(gridHolidays)
      .innerJoin(holidays, eq(holidays.id, gridHolidays.holidayId))
      .where(inArray(gridHolidays.gridId, ids)),
  ]);
  for (const id of ids) out.set(id, { intervals: [], holidays: new Set() });
  for (const i of ints) out.get(i.gridId)!.intervals.push({ weekday: i.weekday, startsAt: i.startsAt, endsAt: i.endsAt });
  for (const h of hols) out.get(h.gridId)!.holidays.add(String(h.date));
  return out;
}

/** The organization's time zone (grids are read in it). */
export async function orgTimeZone(db: Db): Promise<string> {
  const [org] = await db.select({ timeZone: organization.timeZone }).from(organization).where(eq(organization.id, 1)).limit(1);
  return org?.timeZone ?? 'America/Sao_Paulo';
}

/** Whether `now` is inside the grid, read in the organization's zone (holidays closed all day, overnight intervals). No grid: always. */
export function insideGrid(grid: GridWindow | undefined, now: Date, timeZone: string): boolean {
  if (!grid) return true;
  return openSpanAt(DateTime.fromJSDate(now, { zone: timeZone }), grid.intervals, grid.holidays) !== null;
}

/** The machine's context for one rule and record: silenced or not, and whether `now` is inside the rule's grid (insideGrid, once a sweep per grid). */
export function advanceContext(silences: AlertSilence[], ruleId: number, recordKey: string, insideWindow: boolean): AdvanceContext {
  const matched = matchingSilences(silences, ruleId, recordKey);
  return {
    silenced: matched.length > 0,
    untilGreen: matched.length > 0 && matched.every((s) => s.untilGreen),
    insideWindow,
  };
}

/**
 * Ends the until-green silences whose rule and record are all green after a sweep: no state they
 * match is anything but normal. Returns how many ended.
 */
export async function endGreenSilences(db: Db, now: Date): Promise<number> {
  const ended = await db
    .update(alertSilences)
    .set({ endedAt: now })
    .where(
      and(
        eq(alertSilences.untilGreen, true),
        isNull(alertSilences.endedAt),
        lte(alertSilences.startsAt, now),
        sql`not exists (select 1 from alert_states st where st.state <> 'normal'
              and (${alertSilences.ruleId} is null or st.rule_id = ${alertSilences.ruleId})
              and (${alertSilences.recordKey} is null or st.record_key = ${alertSilences.recordKey}))`,
      ),
    )
    .returning({ id: alertSilences.id });
  return ended.length;
}
