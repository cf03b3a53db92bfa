import { and, asc, between, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { chatQueues, gridHolidays, gridIntervals, holidays, scheduleGrids } from '@/db/schema';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { worstStatus } from '../lib/localized';
import { NEXT_OPENING_DAYS, nextOpening, openSpanAt, type GridInterval } from '../lib/schedule';
import { hhmm, localizedDate, localizedMoment } from '../lib/when';
import { queueAvailabilityStrings } from '@/i18n/check-queue-availability';
import { perLang } from '@/i18n/localized';

const text = queueAvailabilityStrings;

const input = z.object({
  /** The chat queue to evaluate (id). Required. */
  queueId: recordId('queue'),
  /**
   * The moment to evaluate; default: now. An ISO date-time: without an offset (`2026-11-23T23:30`,
   * what a datetime-local field sends) it is read in the organization's time zone; with one
   * (`…Z`, `…-03:00`) it is that instant.
   */
  at: z
    .string()
    .max(40, { error: inputMessage(inputStrings.l('moment.format')) })
    .refine((s) => DateTime.fromISO(s).isValid, { error: inputMessage(inputStrings.l('moment.format')) })
    .refine(
      (s) => {
        const y = DateTime.fromISO(s).year;
        return y >= 2000 && y <= 2099;
      },
      { error: inputMessage(inputStrings.l('moment.range')) },
    )
    .optional(),
});

const queueKind = text.l('field.queue');
const fix = { article: articles.queueHours, anchor: text.l('anchor.steps') };
const span = (i: GridInterval) => `${hhmm(i.startsAt)}–${hhmm(i.endsAt)}`;

/** Is a chat queue open now (or at a given moment) by its grid, holidays and Out of Service flag; when does it open next. */
export const queueAvailabilityCheck: CheckDefinition<typeof input> = {
  id: 'queue-availability',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'queueId', kind: 'queue', label: text.l('field.queue') },
    { name: 'at', kind: 'datetime', label: text.l('field.at'), optional: true },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { queueId, at }) {
    const [queue] = await ctx.db
      .select({ id: chatQueues.id, name: chatQueues.name, outOfService: chatQueues.outOfService, gridId: chatQueues.gridId, gridName: scheduleGrids.name })
      .from(chatQueues)
      .leftJoin(scheduleGrids, eq(scheduleGrids.id, chatQueues.gridId))
      .where(eq(chatQueues.id, queueId));
    if (!queue) throw notFound(queueKind, queueId);
    const moment = at ? DateTime.fromISO(at, { zone: ctx.timeZone }) : DateTime.fromJSDate(ctx.now, { zone: ctx.timeZone });
    const record = { kind: 'chat-queue', id: queue.id, label: queue.name };
    const findings: Finding[] = [];
    const when = localizedMoment(moment);

    if (queue.outOfService) {
      findings.push({
        status: 'fail',
        message: text.l('outOfService'),
        record,
        fix,
      });
    }
    if (queue.gridId === null) {
      findings.push({ status: 'fail', message: text.l('noGrid'), record, fix });
      return { status: 'fail', summary: text.l('summaryNoGrid', { queue: queue.name }), findings };
    }

    const grid = { kind: 'schedule-grid', id: queue.gridId, label: queue.gridName ?? String(queue.gridId) };
    const from = moment.minus({ days: 1 }).toISODate()!;
    const to = moment.plus({ days: NEXT_OPENING_DAYS + 1 }).toISODate()!;
    const [intervals, hol] = await Promise.all([
      ctx.db
        .select({ weekday: gridIntervals.weekday, startsAt: gridIntervals.startsAt, endsAt: gridIntervals.endsAt })
        .from(gridIntervals)
        .where(eq(gridIntervals.gridId, queue.gridId))
        .orderBy(asc(gridIntervals.weekday), asc(gridIntervals.startsAt)),
      ctx.db
        .select({ date: holidays.date, name: holidays.name })
        .from(gridHolidays)
        .innerJoin(holidays, eq(holidays.id, gridHolidays.holidayId))
        .where(and(eq(gridHolidays.gridId, queue.gridId), between(holidays.date, from, to))),
    ]);
    const holidayDates = new Set(hol.map((h) => h.date));
    const today = hol.find((h) => h.date === moment.toISODate());
    if (today) {
      const day = localizedDate(today.date);
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'holiday', { day: day[lang], holiday: today.name, grid: grid.label })),
        record: grid,
        fix,
      });
    }

    const open = openSpanAt(moment, intervals, holidayDates);
    if (open) {
      const until = localizedMoment(open.end);
      findings.push({
        status: 'ok',
        message: perLang((lang) => text.t(lang, 'inside', { when: when[lang], grid: grid.label, interval: span(open.interval), until: until[lang] })),
        record: grid,
      });
    } else if (!today) {
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'outside', { when: when[lang], grid: grid.label })),
        record: grid,
        fix,
      });
    }
    const next = open ? null : nextOpening(moment, intervals, holidayDates);
    if (!open && next) {
      const n = localizedMoment(next.start);
      findings.push({ status: 'ok', message: perLang((lang) => text.t(lang, 'nextOpening', { at: n[lang], interval: span(next.interval) })), record: grid });
    } else if (!open) {
      findings.push({
        status: 'fail',
        message: text.l('neverOpens', { grid: grid.label, days: NEXT_OPENING_DAYS }),
        record: grid,
        fix,
      });
    }

    const status = worstStatus(findings);
    const state = queue.outOfService ? text.l('state.outOfService') : open ? text.l('state.open') : today ? text.l('state.holiday') : text.l('state.outside');
    return { status, summary: perLang((lang) => text.t(lang, 'summary', { queue: queue.name, when: when[lang], state: state[lang] })), findings };
  },
};
