import { z } from 'zod';
import { alertInputStrings } from '@/i18n/admin-alerts';
import { inputMessage } from '@/server/input-message';
import { dbId, jsonId, requiredText } from '@/server/input';

export const contactKinds = ['email', 'webhook'] as const;
export const webhookFormats = ['json', 'slack', 'teams', 'google-chat'] as const;

const emailMessage = inputMessage(alertInputStrings.l('email'));
const urlMessage = inputMessage(alertInputStrings.l('url'));

/** The fields of a contact an admin may change (all optional on PATCH; the target is kept when omitted). */
export const contactFields = {
  /** What the screens call it, e.g. "Plantão TI". */
  name: requiredText(120),
  /** A webhook's body: `json` (signed), `slack`, `teams`, `google-chat`. Default `json` for a webhook; none for e-mail. */
  format: z.enum(webhookFormats).optional(),
  /** Language of the messages. Default pt-BR. */
  lang: z.enum(['pt-BR', 'en']),
  /** Also send the "resolved" message. Default true. */
  sendResolved: z.boolean(),
  /** Send e-mail through this mailbox's SMTP settings instead of ALERT_SMTP_URL (null: the alert server). */
  mailboxId: jsonId().nullable(),
  /** Whether the contact receives anything. Default true. */
  enabled: z.boolean(),
};

/** The target of a contact: an e-mail address, or an http(s) URL (at most 2,000 characters). */
export const contactTarget = requiredText(2000);

/** Whether `target` is a valid target for `kind`; the message to show under `target` when not. */
export function targetProblem(kind: (typeof contactKinds)[number], target: string): string | null {
  if (kind === 'email') return z.email().max(320).safeParse(target).success ? null : emailMessage;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return urlMessage;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname && !url.username && !url.password ? null : urlMessage;
}

/** A new contact: `{name, kind, target, format?, lang, sendResolved?, mailboxId?, enabled?}`. */
export const contactCreateInput = z
  .object({
    name: contactFields.name,
    /** `email` or `webhook`. */
    kind: z.enum(contactKinds),
    /** The address or the webhook URL (a credential: stored encrypted, never shown again). */
    target: contactTarget,
    format: contactFields.format,
    lang: contactFields.lang.default('pt-BR'),
    sendResolved: contactFields.sendResolved.default(true),
    mailboxId: contactFields.mailboxId.optional(),
    enabled: contactFields.enabled.default(true),
  })
  .superRefine((v, ctx) => {
    const problem = targetProblem(v.kind, v.target);
    if (problem) ctx.addIssue({ code: 'custom', path: ['target'], message: problem });
    if (v.kind === 'email' && v.format) ctx.addIssue({ code: 'custom', path: ['format'], message: inputMessage(alertInputStrings.l('formatEmail')) });
  });

export type ContactCreateInput = z.output<typeof contactCreateInput>;

/** Changes to a contact: any of its fields; `target` replaces the stored one (checked against the contact's kind). */
export const contactUpdateInput = z.object({
  /** The contact's id. */
  id: dbId(),
  name: contactFields.name.optional(),
  target: contactTarget.optional(),
  format: contactFields.format,
  lang: contactFields.lang.optional(),
  sendResolved: contactFields.sendResolved.optional(),
  mailboxId: contactFields.mailboxId.optional(),
  enabled: contactFields.enabled.optional(),
});

export type ContactUpdateInput = z.output<typeof contactUpdateInput>;
