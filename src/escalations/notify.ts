import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { escalations, profiles, serviceManagers, users } from '../db/schema';
import { readEnv } from '../env';
import { escalationStrings } from '../i18n/escalations';
import { localePath } from '../i18n/locale-path';
import type { Lang } from '../i18n/ui';
import type { MailEndpoint } from '../mail/probe-options';
import { smtpTransport } from '../mail/smtp-probe';
import { logError } from '../server/log-error';

/** The alert SMTP server of `ALERT_SMTP_URL`, or null when unset. */
export function alertSmtp(url: string | undefined): MailEndpoint | null {
  if (!url) return null;
  const u = new URL(url);
  const tls = u.protocol === 'smtps:';
  const plain = u.searchParams.get('tls') === 'none';
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port) || (tls ? 465 : 587),
    security: tls ? 'tls' : plain ? 'none' : 'starttls',
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/**
 * Who hears of a new escalation: the organization's administrators (admin:all-services), who take
 * cases for every target, and the supervisors of the attendance's service. Active users only.
 */
async function recipients(db: Db, serviceId: number | null): Promise<{ email: string; lang: Lang }[]> {
  const admins = await db
    .select({ email: users.email })
    .from(users)
    .innerJoin(profiles, eq(profiles.id, users.profileId))
    .where(and(eq(users.active, true), sql`'admin:all-services' = any(${profiles.permissions})`));
  const managers = serviceId
    ? await db
        .select({ email: users.email })
        .from(users)
        .innerJoin(serviceManagers, eq(serviceManagers.userId, users.id))
        .where(and(eq(users.active, true), inArray(serviceManagers.serviceId, [serviceId])))
    : [];
  const seen = new Set<string>();
  return [...admins, ...managers].filter((r) => !seen.has(r.email) && seen.add(r.email)).map((r) => ({ email: r.email, lang: 'pt-BR' as Lang }));
}

/**
 * Mails the people who take escalation `id` a neutral title and only its link (nothing of the case:
 * the record itself checks who may read it), when ALERT_SMTP_URL is set. Failures are logged, never
 * thrown: the escalation exists whatever the mail does. Returns how many were sent.
 */
export async function notifyEscalation(db: Db, id: string, lang: Lang, siteUrl = process.env.SITE_URL ?? 'http://localhost:4321'): Promise<number> {
  const env = readEnv();
  const server = alertSmtp(env.ALERT_SMTP_URL);
  if (!server) return 0;
  try {
    const [row] = await db.select({ serviceId: escalations.serviceId }).from(escalations).where(eq(escalations.id, id)).limit(1);
    if (!row) return 0;
    const to = await recipients(db, row.serviceId);
    if (!to.length) return 0;
    const url = new URL(localePath(lang, `/escalations/${id}/`), siteUrl).href;
    const transport = await smtpTransport(server, {});
    try {
      await transport.sendMail({
        from: env.ALERT_FROM,
        to: to.map((r) => r.email),
        subject: escalationStrings.t(lang, 'mailSubject'),
        text: escalationStrings.t(lang, 'mailBody', { url }),
      });
    } finally {
      transport.close();
    }
    return to.length;
  } catch (e) {
    logError(`escalation ${id} notice`, e);
    return 0;
  }
}
