import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { escalations, profiles, serviceManagers, users } from '../db/schema';
import { deliverySettings } from '../alerts/delivery/settings';
import { escalationStrings } from '../i18n/escalations';
import { localePath } from '../i18n/locale-path';
import type { Lang } from '../i18n/ui';
import { smtpTransport } from '../mail/smtp-probe';
import { logError } from '../server/log-error';

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

/** An active user's address, when it is one (the person a case was passed to). */
async function userRecipient(db: Db, userId: number): Promise<{ email: string; lang: Lang }[]> {
  const [u] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  return u ? [{ email: u.email, lang: 'pt-BR' }] : [];
}

/**
 * Mails the people who take escalation `id` (or only `to`, the user it was just passed to) a
 * neutral title and only its link (nothing of the case: the record itself checks who may read
 * it), when ALERT_SMTP_URL is set. Failures are logged, never thrown: the escalation exists
 * whatever the mail does. Returns how many were sent.
 */
export async function notifyEscalation(db: Db, id: string, lang: Lang, siteUrl?: string, to?: { userId: number }): Promise<number> {
  // The alert deliveries' settings: ALERT_SMTP_URL, ALERT_FROM and the public origin (ALERT_PUBLIC_URL).
  const settings = deliverySettings();
  const server = settings.smtp;
  if (!server) return 0;
  try {
    const [row] = await db.select({ serviceId: escalations.serviceId }).from(escalations).where(eq(escalations.id, id)).limit(1);
    if (!row) return 0;
    const people = to ? await userRecipient(db, to.userId) : await recipients(db, row.serviceId);
    if (!people.length) return 0;
    const url = new URL(localePath(lang, `/escalations/${id}/`), siteUrl ?? settings.publicUrl).href;
    const transport = await smtpTransport(server, {});
    try {
      await transport.sendMail({
        from: settings.from,
        to: people.map((r) => r.email),
        subject: escalationStrings.t(lang, 'mailSubject'),
        text: escalationStrings.t(lang, 'mailBody', { url }),
      });
    } finally {
      transport.close();
    }
    return people.length;
  } catch (e) {
    logError(`escalation ${id} notice`, e);
    return 0;
  }
}
