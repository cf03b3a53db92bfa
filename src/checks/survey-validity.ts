import { asc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { campaigns, surveys } from '../db/schema';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { notFound } from './lib/errors';
import { recordId } from './lib/id-input';
import { loc, worstStatus } from './lib/localized';
import { localizedDate, todayIn } from './lib/when';

const input = z.object({
  /** The survey to check (id). Required. */
  surveyId: recordId('uma pesquisa', 'a survey'),
});

/** A survey ending within this many days gets a warning. */
export const ENDING_SOON_DAYS = 7;

const fix = { article: articles.surveyNotSent, anchor: loc('1-vigência-da-pesquisa', '1-the-surveys-validity') };
const campaignFix = { article: articles.surveyNotSent, anchor: loc('2-datas-da-campanha', '2-the-campaigns-dates') };

/** Where `today` falls against an inclusive date range. */
const position = (today: string, starts: string, ends: string) => (today < starts ? 'before' : today > ends ? 'after' : 'inside');
const daysBetween = (a: string, b: string) => DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days;

/** Is the survey in force today (organization's calendar), published, and sent by a campaign in force. */
export const surveyValidityCheck: CheckDefinition<typeof input> = {
  id: 'survey-validity',
  title: loc('Vigência da pesquisa e da campanha', 'Survey and campaign validity'),
  description: loc(
    'Confere se as datas de início e fim da pesquisa cobrem hoje, se ela está publicada e se a campanha que a envia está dentro das próprias datas.',
    'Checks that the survey start and end dates cover today, that it is published, and that the campaign sending it is within its own dates.',
  ),
  input,
  fields: [{ name: 'surveyId', kind: 'survey', label: loc('Pesquisa', 'Survey') }],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { surveyId }) {
    const [survey] = await ctx.db.select().from(surveys).where(eq(surveys.id, surveyId));
    if (!survey) throw notFound(loc('Pesquisa', 'Survey'), surveyId);
    const sending = await ctx.db.select().from(campaigns).where(eq(campaigns.surveyId, surveyId)).orderBy(asc(campaigns.startsOn), asc(campaigns.id));
    const today = todayIn(ctx.now, ctx.timeZone);
    const t = localizedDate(today);
    const record = { kind: 'survey', id: survey.id, label: survey.name };
    const [s, e] = [localizedDate(survey.startsOn), localizedDate(survey.endsOn)];
    const findings: Finding[] = [];

    const where = position(today, survey.startsOn, survey.endsOn);
    if (where === 'before') findings.push({ status: 'fail', message: loc(`A pesquisa só começa em ${s['pt-BR']} (hoje é ${t['pt-BR']}).`, `The survey only starts on ${s.en} (today is ${t.en}).`), record, fix });
    else if (where === 'after') findings.push({ status: 'fail', message: loc(`A pesquisa terminou em ${e['pt-BR']} (hoje é ${t['pt-BR']}).`, `The survey ended on ${e.en} (today is ${t.en}).`), record, fix });
    else {
      const left = daysBetween(today, survey.endsOn);
      findings.push(
        left < ENDING_SOON_DAYS
          ? { status: 'warn', message: loc(`A pesquisa vale até ${e['pt-BR']}: faltam ${left} dias.`, `The survey is in force until ${e.en}: ${left} days left.`), record, fix }
          : { status: 'ok', message: loc(`A pesquisa vale de ${s['pt-BR']} a ${e['pt-BR']} e cobre hoje (${t['pt-BR']}).`, `The survey is in force from ${s.en} to ${e.en} and covers today (${t.en}).`), record },
      );
    }
    findings.push(
      survey.published
        ? { status: 'ok', message: loc('A pesquisa está publicada.', 'The survey is published.'), record }
        : { status: 'fail', message: loc('A pesquisa não está publicada: salvar não basta, é preciso publicar.', 'The survey is not published: saving is not enough, it must be published.'), record, fix },
    );

    const inForce = sending.filter((c) => position(today, c.startsOn, c.endsOn) === 'inside');
    if (!sending.length) findings.push({ status: 'fail', message: loc('Nenhuma campanha envia esta pesquisa.', 'No campaign sends this survey.'), record, fix: campaignFix });
    for (const c of sending) {
      const [cs, ce] = [localizedDate(c.startsOn), localizedDate(c.endsOn)];
      const crecord = { kind: 'campaign', id: c.id, label: c.name };
      const inside = position(today, c.startsOn, c.endsOn) === 'inside';
      // A campaign out of its dates fails the check only when no other campaign sends the survey today.
      const status = inside ? 'ok' : inForce.length ? 'warn' : 'fail';
      findings.push({
        status,
        message: inside
          ? loc(`A campanha ${c.name} está em vigor (${cs['pt-BR']} a ${ce['pt-BR']}).`, `Campaign ${c.name} is in force (${cs.en} to ${ce.en}).`)
          : loc(`A campanha ${c.name} está fora das datas (${cs['pt-BR']} a ${ce['pt-BR']}): não envia nada hoje.`, `Campaign ${c.name} is outside its dates (${cs.en} to ${ce.en}): it sends nothing today.`),
        record: crecord,
        ...(inside ? {} : { fix: campaignFix }),
      });
    }

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? loc('não é enviada hoje', 'is not sent today') : loc('é enviada hoje', 'is sent today');
    return { status, summary: loc(`Pesquisa ${survey.name}: ${verdict['pt-BR']}.`, `Survey ${survey.name}: ${verdict.en}.`), findings };
  },
};
