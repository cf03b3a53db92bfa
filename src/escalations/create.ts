import { and, eq, gte, inArray } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Db } from '../db/client';
import { attendances, checkRuns, escalationEvents, escalationRuns, escalations } from '../db/schema';
import { escalationStrings } from '../i18n/escalations';
import { localePath } from '../i18n/locale-path';
import type { Lang } from '../i18n/ui';
import { now } from '../server/clock';
import { HttpError } from '../server/http-error';
import { articleFacts, hasSection } from './articles';
import { newEscalationId } from './id';
import type { EscalationTarget } from './targets';

/** How old a run may be to be attached when escalating. */
export const RUN_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export interface NewEscalation {
  article: string;
  section?: string;
  query?: string;
  symptom: string;
  toldCustomer?: string;
  runIds?: number[];
  attendanceId?: number;
  target?: string;
}

const refuse = (status: 400 | 403 | 404, key: Parameters<typeof escalationStrings.l>[0], field: string, lang: Lang) =>
  new HttpError(status, escalationStrings.l(key as never), { fields: { [field]: [escalationStrings.t(lang, key as never)] } });

/**
 * Creates an escalation as `user`, or refuses (nothing saved): an unknown or non-troubleshooting
 * article or section, a target the article does not name, an unknown attendance, a run that is not
 * the user's own, older than 2 hours or of a check the article does not embed. The article's hash
 * is stored so the record can say "changed since". Returns the id and the record's path in `lang`.
 */
export async function createEscalation(db: Db, user: SessionUser, lang: Lang, input: NewEscalation): Promise<{ id: string; url: string }> {
  const facts = await articleFacts(input.article);
  if (!facts) throw refuse(404, 'unknownArticle', 'article', lang);
  if (input.section && !hasSection(facts, input.section)) throw refuse(400, 'unknownSection', 'section', lang);
  if (input.target && !facts.targets.includes(input.target as EscalationTarget)) throw refuse(400, 'unknownTarget', 'target', lang);
  let serviceId: number | null = null;
  if (input.attendanceId !== undefined) {
    const [a] = await db.select({ serviceId: attendances.serviceId }).from(attendances).where(eq(attendances.id, input.attendanceId)).limit(1);
    if (!a) throw refuse(400, 'unknownAttendance', 'attendanceId', lang);
    serviceId = a.serviceId;
  }
  const runIds = [...new Set(input.runIds ?? [])];
  if (runIds.length) {
    const since = new Date(now().getTime() - RUN_MAX_AGE_MS);
    const mine = await db
      .select({ id: checkRuns.id, checkId: checkRuns.checkId })
      .from(checkRuns)
      .where(and(inArray(checkRuns.id, runIds), eq(checkRuns.runBy, user.id), gte(checkRuns.at, since)));
    if (mine.length !== runIds.length) throw refuse(403, 'runNotYours', 'runIds', lang);
    if (mine.some((r) => !facts.checks.includes(r.checkId))) throw refuse(400, 'runNotForArticle', 'runIds', lang);
  }
  const id = newEscalationId();
  await db.transaction(async (tx) => {
    await tx.insert(escalations).values({
      id,
      createdBy: user.id,
      lang,
      article: facts.id,
      section: input.section || null,
      articleHash: facts.hash,
      query: input.query?.trim() || null,
      symptom: input.symptom,
      toldCustomer: input.toldCustomer?.trim() || null,
      attendanceId: input.attendanceId ?? null,
      serviceId,
      target: input.target ?? null,
    });
    if (runIds.length)
      await tx.insert(escalationRuns).values(runIds.map((r) => ({ escalationId: id, checkRunId: r, origin: 'agent' as const, byId: user.id })));
    await tx.insert(escalationEvents).values({ escalationId: id, kind: 'created', authorId: user.id });
  });
  return { id, url: localePath(lang, `/escalations/${id}/`) };
}
