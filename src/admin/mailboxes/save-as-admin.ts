import { eq } from 'drizzle-orm';
import { fieldChanges } from '@/audit/changes';
import type { EndpointContext } from '@/server/endpoint';
import type { SessionUser } from '@/auth/session';
import { mailboxes } from '@/db/schema';
import { messages } from '@/i18n/messages';
import type { MailboxInput } from '@/mail/mailbox-input';
import { saveMailbox, type PublicMailbox } from '@/mail/save-mailbox';
import { HttpError } from '@/server/http-error';

type Ctx = Pick<EndpointContext<SessionUser, unknown, unknown, unknown>, 'db' | 'lang' | 'audit'>;

/** The settings of a mailbox the audit trail compares (passwords apart: they are recorded as changed, never by value). */
const settingFields = [
  'name',
  'address',
  'imapHost',
  'imapPort',
  'imapSecurity',
  'imapUser',
  'folder',
  'smtpHost',
  'smtpPort',
  'smtpSecurity',
  'smtpUser',
  'active',
] as const;

const settingsOf = (m: Pick<PublicMailbox, (typeof settingFields)[number]>) => Object.fromEntries(settingFields.map((f) => [f, m[f]]));

/**
 * Saves a mailbox for the admin screens: the outbound guard and validation refuse per field (400
 * in the caller's language, audited as `refused` with the field names only), a missing mailbox is
 * a 404; every outcome is audited, passwords redacted. A saved change records each setting before
 * → after (`details.changes`); a password only as changed.
 */
export async function saveAsAdmin(c: Ctx, input: MailboxInput): Promise<{ mailbox: PublicMailbox; created: boolean }> {
  const [before] = input.id ? await c.db.select().from(mailboxes).where(eq(mailboxes.id, input.id)) : [];
  const result = await saveMailbox(c.db, input);
  const action = input.id ? 'mailbox.update' : 'mailbox.create';
  await c.audit({
    action,
    target: result.ok ? `mailbox:${result.mailbox.id}` : input.id ? `mailbox:${input.id}` : undefined,
    inputs: input,
    outcome: result.ok ? 'ok' : result.status === 404 ? 'not-found' : 'refused',
    details: result.ok
      ? {
          changes: fieldChanges(before ? settingsOf(before) : null, settingsOf(result.mailbox), {
            imapPassword: !!input.imapPassword,
            smtpPassword: !!input.smtpPassword,
          }),
        }
      : { fields: Object.keys(result.fields) },
  });
  if (result.ok) return { mailbox: result.mailbox, created: result.created };
  if (result.status === 404) throw new HttpError(404, messages.notFound);
  throw new HttpError(400, messages.badRequest, { fields: Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k, [v[c.lang]]])) });
}
