import { and, eq, isNull } from 'drizzle-orm';
import type { PgBoss } from 'pg-boss';
import { bulkKindName } from '../../components/bulk/bulk-kind';
import type { Db } from '../../db/client';
import { bulkRequests, users, type BulkRequest } from '../../db/schema';
import { alertMessageStrings } from '../../i18n/alert-messages';
import { formatMoment } from '../../i18n/format-moment';
import { localePath } from '../../i18n/locale-path';
import type { Lang } from '../../i18n/ui';
import { logError } from '../../server/log-error';
import { escapeHtml } from '../messages/email';
import { organizationZone } from './deliver';
import { sendAlertMail } from './send-email';
import { deliverySettings, type DeliverySettings } from './settings';

/** The pg-boss queue of bulk-request notices, data `{ requestId }`. */
export const BULK_NOTICE_QUEUE = 'bulk-ended-notice';

type Outcome = 'done' | 'partial' | 'failed';

const outcomeOf = (r: BulkRequest): Outcome | null =>
  r.state === 'failed' ? 'failed' : r.state === 'done' ? (r.failed > 0 || Number(r.result?.failed ?? 0) > 0 ? 'partial' : 'done') : null;

/**
 * Called once by the bulk worker after a run returns: when the request ended, has a requester and
 * an alert SMTP server is set, a notice job is queued (the runner is not slowed by SMTP).
 */
export async function queueBulkEndedNotice(
  boss: PgBoss,
  r: BulkRequest | undefined,
  settings: () => DeliverySettings = () => deliverySettings(),
): Promise<void> {
  try {
    if (!r || !outcomeOf(r) || r.requestedBy == null || r.endedNoticeAt || !settings().smtp) return;
    await boss.send(BULK_NOTICE_QUEUE, { requestId: r.id }, { singletonKey: `bulk-notice:${r.id}` });
  } catch (e) {
    logError('bulk notice', e);
  }
}

/** The notice in the requester's language: the outcome, the counts, when it ended, the link to the request page. */
export function bulkNoticeMail(r: BulkRequest, outcome: Outcome, lang: Lang, timeZone: string, publicUrl: string) {
  const t = alertMessageStrings.in(lang);
  const kind = bulkKindName(r.kind, lang);
  const res = (r.result ?? {}) as Record<string, unknown>;
  const num = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);
  const counts = t('bulk.counts', { total: r.total, applied: num(res.applied), failed: num(res.failed ?? r.failed), skipped: num(res.skipped) });
  const url = `${publicUrl}${localePath(lang, `/bulk/request/?id=${encodeURIComponent(r.id)}`)}`;
  const ended = r.finishedAt ? t('bulk.ended', { at: formatMoment(r.finishedAt, lang, timeZone, 'zoned') }) : '';
  const error = r.error ? r.error[lang] : '';
  const lines = [t(`bulk.head.${outcome}`, { kind }), error, counts, ended].filter(Boolean);
  const e = escapeHtml;
  return {
    subject: t(`bulk.subject.${outcome}`, { kind }),
    text: `${lines.join('\n')}\n\n${t('bulk.link')}: ${url}\n`,
    html:
      `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"></head><body style="font-family:sans-serif">` +
      `<p>${lines.map(e).join('<br>')}</p><p><a href="${e(url)}">${e(t('bulk.link'))}</a></p></body></html>`,
  };
}

/** Sends the notice of one ended request, at most once (`ended_notice_at`). */
export async function sendBulkEndedNotice(
  db: Db,
  requestId: string,
  settings: DeliverySettings,
  now: () => Date = () => new Date(),
): Promise<'sent' | 'skipped'> {
  const [r] = await db.select().from(bulkRequests).where(eq(bulkRequests.id, requestId)).limit(1);
  const outcome = r && outcomeOf(r);
  if (!r || !outcome || r.endedNoticeAt || r.requestedBy == null) return 'skipped';
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, r.requestedBy)).limit(1);
  if (!user) return 'skipped';
  const lang: Lang = r.lang === 'en' ? 'en' : 'pt-BR';
  const mail = bulkNoticeMail(r, outcome, lang, await organizationZone(db), settings.publicUrl);
  const sent = await sendAlertMail(db, null, { to: user.email, ...mail, lang, messageId: `bulk-${r.id}` }, settings);
  if (!sent.ok) {
    if (sent.permanent) return 'skipped';
    throw new Error(`Bulk notice ${r.id} not sent: ${sent.reply}; it is retried.`);
  }
  await db
    .update(bulkRequests)
    .set({ endedNoticeAt: now() })
    .where(and(eq(bulkRequests.id, r.id), isNull(bulkRequests.endedNoticeAt)));
  return 'sent';
}

/** Creates the notice queue (3 retries with backoff) and its worker. */
export async function registerBulkEndedNotice(boss: PgBoss, db: Db, settings: () => DeliverySettings = () => deliverySettings()): Promise<void> {
  if (!(await boss.getQueue(BULK_NOTICE_QUEUE)))
    await boss.createQueue(BULK_NOTICE_QUEUE, { retryLimit: 3, retryDelay: 30, retryBackoff: true, retryDelayMax: 900 });
  await boss.work<{ requestId: string }>(BULK_NOTICE_QUEUE, { pollingIntervalSeconds: 2 }, async ([job]) => {
    await sendBulkEndedNotice(db, String(job.data?.requestId ?? ''), settings());
  });
}
