import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { inputMessage } from './lib/input-message';
import { countOf, loc, worstStatus } from './lib/localized';

const dayCount = (n: number) => countOf(n, ['dia', 'dias'], ['day', 'days']);
import { SEARCH_WINDOW_DAYS, inclusiveDays, searchWindows } from './lib/search-windows';
import { localizedDate, todayIn } from './lib/when';

/** The longest period the check splits (about three years: 37 windows). */
export const MAX_PERIOD_DAYS = 1098;

const day = (pt: string, en: string) =>
  z
    .string({ error: inputMessage(`Informe a data ${pt} (AAAA-MM-DD).`, `Enter the ${en} date (YYYY-MM-DD).`) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: inputMessage(`A data ${pt} deve estar no formato AAAA-MM-DD.`, `The ${en} date must look like YYYY-MM-DD.`) })
    .refine((s) => DateTime.fromISO(s).isValid, { error: inputMessage(`A data ${pt} não existe no calendário.`, `The ${en} date does not exist in the calendar.`) });

const input = z
  .object({
    /** First day of the period to search (`YYYY-MM-DD`, organization's calendar); counted in. Required. */
    from: day('inicial', 'start'),
    /** Last day of the period (`YYYY-MM-DD`); counted in; not before `from`. Required. */
    to: day('final', 'end'),
  })
  .refine((v) => v.to >= v.from, {
    error: inputMessage('A data final é anterior à inicial: troque as duas de lugar.', 'The end date is before the start date: swap them.'),
    path: ['to'],
  })
  .refine((v) => v.to < v.from || inclusiveDays(v.from, v.to) <= MAX_PERIOD_DAYS, {
    error: inputMessage(`O período passa de ${MAX_PERIOD_DAYS} dias: escolha um período menor.`, `The period is longer than ${MAX_PERIOD_DAYS} days: pick a shorter one.`),
    path: ['to'],
  });

const fix = { article: articles.emailSearch };

/**
 * Does a period fit one e-mail search (at most 30 days, BOTH the first and the last day counted:
 * 2026-01-01..2026-01-30 fits, ..01-31 does not), and the consecutive windows to search it in.
 */
export const emailSearchWindowCheck: CheckDefinition<typeof input> = {
  id: 'email-search-window',
  title: loc('Janela da busca de e-mails', 'E-mail search window'),
  description: loc(
    'Para um período, diz se ele cabe na regra de 30 dias da busca (contando o primeiro e o último dia) e, se não couber, em quais janelas buscar, na ordem.',
    'For a period, says whether it fits the 30-day rule of the search (counting the first and the last day) and, if not, the windows to search it in, in order.',
  ),
  input,
  fields: [
    { name: 'from', kind: 'date', label: loc('De', 'From') },
    { name: 'to', kind: 'date', label: loc('Até', 'To') },
  ],
  // Date arithmetic only, no record read: anyone with the attendance screen may run it.
  permission: 'op:attendance',
  timeLimitMs: 1_000,
  async run(ctx, { from, to }) {
    const days = inclusiveDays(from, to);
    const [f, t] = [localizedDate(from), localizedDate(to)];
    const findings: Finding[] = [];
    const windows = searchWindows(from, to);
    if (days <= SEARCH_WINDOW_DAYS) {
      findings.push({ status: 'ok', message: loc(`De ${f['pt-BR']} a ${t['pt-BR']} são ${days} dias, contando os dois: cabe numa busca só.`, `${f.en} to ${t.en} is ${days} days, both ends counted: it fits one search.`) });
    } else {
      findings.push({
        status: 'warn',
        message: loc(
          `De ${f['pt-BR']} a ${t['pt-BR']} são ${days} dias, contando os dois: passa de ${SEARCH_WINDOW_DAYS}. Faça ${windows.length} buscas, uma por janela abaixo.`,
          `${f.en} to ${t.en} is ${days} days, both ends counted: more than ${SEARCH_WINDOW_DAYS}. Run ${windows.length} searches, one per window below.`,
        ),
        fix,
      });
      windows.forEach((w, i) => {
        const [wf, wt, n] = [localizedDate(w.from), localizedDate(w.to), dayCount(w.days)];
        findings.push({ status: 'ok', message: loc(`Busca ${i + 1}: ${wf['pt-BR']} a ${wt['pt-BR']} (${n['pt-BR']}).`, `Search ${i + 1}: ${wf.en} to ${wt.en} (${n.en}).`) });
      });
    }
    const today = todayIn(ctx.now, ctx.timeZone);
    const td = localizedDate(today);
    if (from > today) {
      findings.push({
        status: 'fail',
        message: loc(`O período inteiro é futuro (hoje é ${td['pt-BR']}): não há e-mails para encontrar.`, `The whole period is in the future (today is ${td.en}): there are no e-mails to find.`),
        fix,
      });
    } else if (to > today) {
      findings.push({
        status: 'warn',
        message: loc(`O período termina depois de hoje (${td['pt-BR']}): os dias futuros ainda não têm e-mails.`, `The period ends after today (${td.en}): future days have no e-mails yet.`),
        fix,
      });
    }
    const status = worstStatus(findings);
    return {
      status,
      summary: loc(
        `${dayCount(days)['pt-BR']}: ${windows.length === 1 ? 'uma busca' : `${windows.length} buscas de até ${SEARCH_WINDOW_DAYS} dias`}.`,
        `${dayCount(days).en}: ${windows.length === 1 ? 'one search' : `${windows.length} searches of up to ${SEARCH_WINDOW_DAYS} days`}.`,
      ),
      findings,
    };
  },
};
