import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { campaigns, surveys } from '@/db/schema';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { worstStatus } from '../lib/localized';
import { localizedDate, todayIn } from '../lib/when';
import { surveyValidityStrings } from '@/i18n/check-survey-validity';
import { perLang } from '@/i18n/localized';
import { named } from '@/lib/named';

const text = surveyValidityStrings;

const input = z.object({
  /** The survey to check (id). Required. */
  surveyId: recordId('survey'),
});

/** A survey ending within this many days gets a warning. */
export const ENDING_SOON_DAYS = 7;

const fix = { article: articles.surveyNotSent, anchor: text.l('anchor.validity') };
const campaignFix = { article: articles.surveyNotSent, anchor: text.l('anchor.campaignDates') };

/** Where `today` falls against an inclusive date range. */
const position = (today: string, starts: string, ends: string) => (today < starts ? 'before' : today > ends ? 'after' : 'inside');
const daysBetween = (a: string, b: string) => DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days;

/** Is the survey in force today (organization's calendar), published, and sent by a campaign in force. */
export const surveyValidityCheck: CheckDefinition<typeof input> = {
  id: 'survey-validity',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [{ name: 'surveyId', kind: 'survey', label: text.l('field.survey') }],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { surveyId }) {
    const [survey] = await ctx.db.select().from(surveys).where(eq(surveys.id, surveyId));
    if (!survey) throw notFound(text.l('field.survey'), surveyId);
    const sending = await ctx.db.select().from(campaigns).where(eq(campaigns.surveyId, surveyId)).orderBy(asc(campaigns.startsOn), asc(campaigns.id));
    const today = todayIn(ctx.now, ctx.timeZone);
    const t = localizedDate(today);
    const record = { kind: 'survey', id: survey.id, label: survey.name };
    const [s, e] = [localizedDate(survey.startsOn), localizedDate(survey.endsOn)];
    const findings: Finding[] = [];

    const where = position(today, survey.startsOn, survey.endsOn);
    if (where === 'before')
      findings.push({ status: 'fail', message: perLang((lang) => text.t(lang, 'notStarted', { start: s[lang], today: t[lang] })), record, fix });
    else if (where === 'after')
      findings.push({ status: 'fail', message: perLang((lang) => text.t(lang, 'ended', { end: e[lang], today: t[lang] })), record, fix });
    else {
      const left = daysBetween(today, survey.endsOn);
      findings.push(
        left < ENDING_SOON_DAYS
          ? { status: 'warn', message: perLang((lang) => text.t(lang, 'endsSoon', { end: e[lang], left })), record, fix }
          : { status: 'ok', message: perLang((lang) => text.t(lang, 'inForce', { start: s[lang], end: e[lang], today: t[lang] })), record },
      );
    }
    findings.push(survey.published ? { status: 'ok', message: text.l('published'), record } : { status: 'fail', message: text.l('notPublished'), record, fix });

    const inForce = sending.filter((c) => position(today, c.startsOn, c.endsOn) === 'inside');
    if (!sending.length) findings.push({ status: 'fail', message: text.l('noCampaign'), record, fix: campaignFix });
    for (const c of sending) {
      const [cs, ce] = [localizedDate(c.startsOn), localizedDate(c.endsOn)];
      const crecord = { kind: 'campaign', id: c.id, label: c.name };
      const inside = position(today, c.startsOn, c.endsOn) === 'inside';
      // A campaign out of its dates fails the check only when no other campaign sends the survey today.
      const status = inside ? 'ok' : inForce.length ? 'warn' : 'fail';
      findings.push({
        status,
        message: inside
          ? perLang((lang) => text.t(lang, 'campaignInForce', { campaign: named(text.t(lang, 'kind.campaign'), c.name), start: cs[lang], end: ce[lang] }))
          : perLang((lang) => text.t(lang, 'campaignOutside', { campaign: named(text.t(lang, 'kind.campaign'), c.name), start: cs[lang], end: ce[lang] })),
        record: crecord,
        ...(inside ? {} : { fix: campaignFix }),
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? text.l('verdict.notSent') : text.l('verdict.sent');
    return {
      status,
      summary: perLang((lang) => text.t(lang, 'summary', { survey: named(text.t(lang, 'kind.survey'), survey.name), verdict: verdict[lang] })),
      findings,
    };
  },
};
