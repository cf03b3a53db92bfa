import { DateTime } from 'luxon';
import { z } from 'zod';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { perLang } from '@/i18n/localized';
import { worstStatus } from '../lib/localized';
import { SEARCH_WINDOW_DAYS, inclusiveDays, searchWindows } from '../lib/search-windows';
import { localizedDate, todayIn } from '../lib/when';
import { emailSearchWindowStrings } from '@/i18n/check-email-search-window';

const text = emailSearchWindowStrings;

/** `1 dia` / `2 dias`, `1 day` / `2 days`. */
const dayCount = (n: number) => text.l(n === 1 ? 'days.one' : 'days.other', { n });

/** The longest period the check splits (about three years: 37 windows). */
export const MAX_PERIOD_DAYS = 1098;

/** A bound of the period; its messages name it ("a data inicial" / "the start date"). */
const day = (which: 'start' | 'end') => {
  const say = (key: 'date.missing' | 'date.format' | 'date.calendar') =>
    inputMessage(perLang((lang) => inputStrings.t(lang, key, { which: inputStrings.t(lang, `date.${which}`) })));
  return z
    .string({ error: say('date.missing') })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: say('date.format') })
    .refine((s) => DateTime.fromISO(s).isValid, { error: say('date.calendar') });
};

const input = z
  .object({
    /** First day of the period to search (`YYYY-MM-DD`, organization's calendar); counted in. Required. */
    from: day('start'),
    /** Last day of the period (`YYYY-MM-DD`); counted in; not before `from`. Required. */
    to: day('end'),
  })
  .refine((v) => v.to >= v.from, {
    error: inputMessage(inputStrings.l('period.swap')),
    path: ['to'],
  })
  .refine((v) => v.to < v.from || inclusiveDays(v.from, v.to) <= MAX_PERIOD_DAYS, {
    error: inputMessage(inputStrings.l('period.tooLong', { days: MAX_PERIOD_DAYS })),
    path: ['to'],
  });

const fix = { article: articles.emailSearch };

/**
 * Does a period fit one e-mail search (at most 30 days, BOTH the first and the last day counted:
 * 2026-01-01..2026-01-30 fits, ..01-31 does not), and the consecutive windows to search it in.
 */
export const emailSearchWindowCheck: CheckDefinition<typeof input> = {
  id: 'email-search-window',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'from', kind: 'date', label: text.l('from') },
    { name: 'to', kind: 'date', label: text.l('to') },
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
      findings.push({ status: 'ok', message: perLang((lang) => text.t(lang, 'fits', { from: f[lang], to: t[lang], days })) });
    } else {
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'split', { from: f[lang], to: t[lang], days, limit: SEARCH_WINDOW_DAYS, searches: windows.length })),
        fix,
      });
      windows.forEach((w, i) => {
        const [wf, wt, n] = [localizedDate(w.from), localizedDate(w.to), dayCount(w.days)];
        findings.push({ status: 'ok', message: perLang((lang) => text.t(lang, 'window', { number: i + 1, from: wf[lang], to: wt[lang], days: n[lang] })) });
      });
    }
    const today = todayIn(ctx.now, ctx.timeZone);
    const td = localizedDate(today);
    if (from > today) {
      findings.push({
        status: 'fail',
        message: perLang((lang) => text.t(lang, 'allFuture', { today: td[lang] })),
        fix,
      });
    } else if (to > today) {
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'endsAfterToday', { today: td[lang] })),
        fix,
      });
    }
    const status = worstStatus(findings);
    return {
      status,
      summary: perLang((lang) =>
        windows.length === 1
          ? text.t(lang, 'summary.one', { days: dayCount(days)[lang] })
          : text.t(lang, 'summary.many', { days: dayCount(days)[lang], searches: windows.length, window: SEARCH_WINDOW_DAYS }),
      ),
      findings,
    };
  },
};
