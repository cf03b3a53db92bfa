import type { Db } from '../../db/client';
import type { AlertContact } from '../../db/schema';
import { alertMessageStrings } from '../../i18n/alert-messages';
import type { GuardOptions } from '../../security/outbound-guard';
import { decryptSecret } from '../../security/secrets';
import { emailHtml, emailText } from '../messages/email';
import { googleChatBody, googleChatUrl } from '../messages/google-chat-body';
import { jsonBody } from '../messages/json-body';
import { renderAlert, type MessageKind } from '../messages/render';
import { slackBody } from '../messages/slack-body';
import { teamsBody } from '../messages/teams-body';
import type { AlertEventPayload } from '../types';
import type { SendOutcome } from './outcome';
import { sendAlertMail } from './send-email';
import { postWebhook, webhookHeaders } from './send-webhook';
import type { DeliverySettings } from './settings';

/** One message to one contact: the event, its place in the alert's thread and the delivery's id. */
export interface ContactMessage {
  kind: MessageKind;
  payload: AlertEventPayload;
  eventId: number;
  stateId: number | null;
  /** The firing event this one belongs to (itself for a firing): Google Chat's thread key. */
  rootEventId: number;
  /** The delivery's message id: the e-mail's Message-ID and the webhook's `webhook-id`. */
  messageId: string;
  /** The firing delivery's message id, for a repeat, escalation or resolved e-mail (In-Reply-To). */
  parentMessageId?: string;
  /** The organization's time zone. */
  timeZone: string;
  /** The attempt's moment (the JSON body's timestamp, the signature's). */
  at: Date;
}

/** Google Chat's thread key of an alert: one thread per state and firing. */
export const threadKeyOf = (m: Pick<ContactMessage, 'stateId' | 'rootEventId' | 'kind'>) =>
  m.kind === 'test' ? `omni-test-${m.rootEventId}` : `omni-alert-${m.stateId ?? 0}-${m.rootEventId}`;

/**
 * Renders the event in the contact's language and sends it the contact's way: an e-mail, or a
 * webhook body in its format (`json` signed with Standard Webhooks headers). The target and the
 * signing secret are decrypted here, used for this attempt only, and never logged or returned.
 */
export async function sendToContact(
  db: Db,
  contact: AlertContact,
  m: ContactMessage,
  settings: DeliverySettings,
  guard: GuardOptions = {},
): Promise<SendOutcome> {
  const lang = contact.lang;
  const rendered = renderAlert(m.kind, m.payload, { lang, timeZone: m.timeZone, publicUrl: settings.publicUrl });
  const title = alertMessageStrings.t(lang, 'findings.title');
  const target = decryptSecret(contact.targetEnc);
  if (contact.kind === 'email') {
    return sendAlertMail(
      db,
      contact.mailboxId,
      {
        to: target,
        subject: rendered.subject,
        text: emailText(rendered, title),
        html: emailHtml(rendered, title),
        lang,
        messageId: m.messageId,
        ...(m.parentMessageId ? { inReplyTo: m.parentMessageId } : {}),
      },
      settings,
      guard,
    );
  }
  const opts = { ...guard, timeoutMs: settings.timeoutMs };
  switch (contact.format) {
    case 'slack':
      return postWebhook(target, JSON.stringify(slackBody(rendered, title)), opts);
    case 'teams':
      return postWebhook(target, JSON.stringify(teamsBody(rendered, title)), opts);
    case 'google-chat':
      return postWebhook(googleChatUrl(target), JSON.stringify(googleChatBody(rendered, title, threadKeyOf(m))), opts);
    default: {
      const body = JSON.stringify(jsonBody(rendered, m.payload, { eventId: m.eventId, stateId: m.stateId }, m.at));
      const secret = contact.signingSecretEnc ? decryptSecret(contact.signingSecretEnc) : null;
      const headers = secret
        ? webhookHeaders(secret, m.messageId, body, m.at)
        : { 'webhook-id': m.messageId, 'webhook-timestamp': String(Math.floor(m.at.getTime() / 1000)) };
      return postWebhook(target, body, { ...opts, headers });
    }
  }
}
