import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mailboxes } from '../../db/schema';
import { smtpTransport } from '../../mail/smtp-probe';
import type { MailEndpoint, ProbeOptions } from '../../mail/probe-options';
import { decryptSecret } from '../../security/secrets';
import { errorReply, OMNI_REPLY, type SendOutcome } from './outcome';
import type { DeliverySettings } from './settings';

/** One alert e-mail, already rendered. */
export interface AlertMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  lang: string;
  /** The delivery's message id; the Message-ID header is `<id@domain>`. */
  messageId: string;
  /** The message id of the firing e-mail this one answers (repeat, escalation, resolved): the thread. */
  inReplyTo?: string;
}

/** The Message-ID of a delivery's message id, under the sender's domain (stable across retries). */
export function mailMessageId(messageId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'omni-runbook.local';
  return `<${messageId.replace(/[^A-Za-z0-9._-]/g, '')}@${domain}>`;
}

/** Where an e-mail contact's mail leaves from: the chosen mailbox's SMTP settings, else ALERT_SMTP_URL. */
async function senderOf(db: Db, mailboxId: number | null, settings: DeliverySettings): Promise<{ ep: MailEndpoint; from: string } | null> {
  if (mailboxId != null) {
    const [m] = await db.select().from(mailboxes).where(eq(mailboxes.id, mailboxId)).limit(1);
    if (m) {
      const ep: MailEndpoint = { host: m.smtpHost, port: m.smtpPort, security: m.smtpSecurity, user: m.smtpUser, password: decryptSecret(m.smtpPasswordEnc) };
      return { ep, from: `Omni Runbook <${m.address}>` };
    }
  }
  return settings.smtp ? { ep: settings.smtp, from: settings.from } : null;
}

/**
 * Sends one alert e-mail through the outbound guard (src/mail/smtp-probe.ts `smtpTransport`): the
 * delivery's Message-ID, In-Reply-To/References to the firing message, `Auto-Submitted:
 * auto-generated` (RFC 3834: no auto-replies), text and HTML bodies. Returns the server's reply.
 */
export async function sendAlertMail(
  db: Db,
  mailboxId: number | null,
  mail: AlertMail,
  settings: DeliverySettings,
  guard: Pick<ProbeOptions, 'resolver' | 'allowList' | 'ca'> = {},
): Promise<SendOutcome> {
  const sender = await senderOf(db, mailboxId, settings);
  if (!sender) return { ok: false, reply: `${OMNI_REPLY}noSmtp`, permanent: true };
  let transport;
  try {
    transport = await smtpTransport(sender.ep, { ...guard, timeoutMs: settings.timeoutMs });
    const parent = mail.inReplyTo ? mailMessageId(mail.inReplyTo, sender.from) : undefined;
    const info = await transport.sendMail({
      from: sender.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mailMessageId(mail.messageId, sender.from),
      ...(parent ? { inReplyTo: parent, references: [parent] } : {}),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'Content-Language': mail.lang },
    });
    return { ok: true, reply: String(info.response ?? '250').slice(0, 300) };
  } catch (e) {
    return { ok: false, reply: errorReply(e, settings.timeoutMs) };
  } finally {
    transport?.close();
  }
}
