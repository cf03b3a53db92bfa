import { and, asc, between, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { chatQueues, gridHolidays, gridIntervals, holidays, scheduleGrids } from '../db/schema';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { notFound } from './lib/errors';
import { recordId } from './lib/id-input';
import { inputMessage } from './lib/input-message';
import { loc, worstStatus } from './lib/localized';
import { NEXT_OPENING_DAYS, nextOpening, openSpanAt, type GridInterval } from './lib/schedule';
import { hhmm, localizedDate, localizedMoment } from './lib/when';

const input = z.object({
  /** The chat queue to evaluate (id). Required. */
  queueId: recordId('uma fila de chat', 'a chat queue'),
  /**
   * The moment to evaluate; default: now. An ISO date-time: without an offset (`2026-11-23T23:30`,
   * what a datetime-local field sends) it is read in the organization's time zone; with one
   * (`…Z`, `…-03:00`) it is that instant.
   */
  at: z
    .string()
    .max(40, { error: inputMessage('Informe data e hora no formato 2026-11-23T23:30.', 'Enter a date and time like 2026-11-23T23:30.') })
    .refine((s) => DateTime.fromISO(s).isValid, { error: inputMessage('Informe data e hora no formato 2026-11-23T23:30.', 'Enter a date and time like 2026-11-23T23:30.') })
    .refine((s) => { const y = DateTime.fromISO(s).year; return y >= 2000 && y <= 2099; }, { error: inputMessage('Escolha um momento entre 2000 e 2099.', 'Pick a moment between 2000 and 2099.') })
    .optional(),
});

const queueKind = loc('Fila de chat', 'Chat queue');
const fix = { article: articles.queueHours, anchor: loc('passo-a-passo', 'steps') };
const span = (i: GridInterval) => `${hhmm(i.startsAt)}–${hhmm(i.endsAt)}`;

/** Is a chat queue open now (or at a given moment) by its grid, holidays and Out of Service flag; when does it open next. */
export const queueAvailabilityCheck: CheckDefinition<typeof input> = {
  id: 'queue-availability',
  title: loc('Disponibilidade da fila de chat', 'Chat queue availability'),
  description: loc(
    'Diz se a fila está dentro da grade de horário agora (ou no momento escolhido), no fuso da organização, se hoje é feriado, se ela está fora de serviço e quando abre de novo.',
    "Says whether the queue is inside its schedule grid now (or at the chosen moment) in the organization's time zone, whether today is a holiday, whether it is out of service, and when it opens next.",
  ),
  input,
  fields: [
    { name: 'queueId', kind: 'queue', label: loc('Fila de chat', 'Chat queue') },
    { name: 'at', kind: 'datetime', label: loc('Momento (vazio: agora)', 'Moment (empty: now)'), optional: true },
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
        message: loc('A opção Fora de serviço está marcada: a fila não atende em nenhum horário até ser desmarcada.', 'The Out of Service flag is set: the queue serves at no time until it is cleared.'),
        record,
        fix,
      });
    }
    if (queue.gridId === null) {
      findings.push({ status: 'fail', message: loc('A fila não tem grade de horário: não há horário em que ela abra.', 'The queue has no schedule grid: there is no time at which it opens.'), record, fix });
      return { status: 'fail', summary: loc(`Fila ${queue.name}: fechada, sem grade de horário.`, `Queue ${queue.name}: closed, no schedule grid.`), findings };
    }

    const grid = { kind: 'schedule-grid', id: queue.gridId, label: queue.gridName ?? String(queue.gridId) };
    const from = moment.minus({ days: 1 }).toISODate()!;
    const to = moment.plus({ days: NEXT_OPENING_DAYS + 1 }).toISODate()!;
    const [intervals, hol] = await Promise.all([
      ctx.db.select({ weekday: gridIntervals.weekday, startsAt: gridIntervals.startsAt, endsAt: gridIntervals.endsAt }).from(gridIntervals).where(eq(gridIntervals.gridId, queue.gridId)).orderBy(asc(gridIntervals.weekday), asc(gridIntervals.startsAt)),
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
        message: loc(`${day['pt-BR']} é o feriado "${today.name}", ligado à grade ${grid.label}: a fila fica fechada o dia todo.`, `${day.en} is the holiday "${today.name}", linked to grid ${grid.label}: the queue is closed all day.`),
        record: grid,
        fix,
      });
    }

    const open = openSpanAt(moment, intervals, holidayDates);
    if (open) {
      const until = localizedMoment(open.end);
      findings.push({
        status: 'ok',
        message: loc(
          `Em ${when['pt-BR']} a fila está dentro da grade ${grid.label} (intervalo ${span(open.interval)}), até ${until['pt-BR']}.`,
          `At ${when.en} the queue is inside grid ${grid.label} (interval ${span(open.interval)}), until ${until.en}.`,
        ),
        record: grid,
      });
    } else if (!today) {
      findings.push({
        status: 'warn',
        message: loc(`Em ${when['pt-BR']} a fila está fora dos intervalos da grade ${grid.label}.`, `At ${when.en} the queue is outside the intervals of grid ${grid.label}.`),
        record: grid,
        fix,
      });
    }
    const next = open ? null : nextOpening(moment, intervals, holidayDates);
    if (!open && next) {
      const n = localizedMoment(next.start);
      findings.push({ status: 'ok', message: loc(`Pela grade, a fila abre de novo em ${n['pt-BR']} (intervalo ${span(next.interval)}).`, `By the grid, the queue opens next on ${n.en} (interval ${span(next.interval)}).`), record: grid });
    } else if (!open) {
      findings.push({
        status: 'fail',
        message: loc(`A grade ${grid.label} não abre nos próximos ${NEXT_OPENING_DAYS} dias (sem intervalos ou só feriados).`, `Grid ${grid.label} does not open in the next ${NEXT_OPENING_DAYS} days (no intervals, or only holidays).`),
        record: grid,
        fix,
      });
    }

    const status = worstStatus(findings);
    const state = queue.outOfService
      ? loc('fechada (fora de serviço)', 'closed (out of service)')
      : open
        ? loc('aberta', 'open')
        : today
          ? loc('fechada (feriado)', 'closed (holiday)')
          : loc('fechada (fora da grade)', 'closed (outside the grid)');
    return { status, summary: loc(`Fila ${queue.name} em ${when['pt-BR']}: ${state['pt-BR']}.`, `Queue ${queue.name} at ${when.en}: ${state.en}.`), findings };
  },
};
