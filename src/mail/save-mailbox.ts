import { mailProblemStrings as text } from '../i18n/mail-problems';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { mailboxes, type Mailbox } from '../db/schema';
import { encryptSecret } from '../security/secrets';
import { OutboundRefused, resolveOutbound, type GuardOptions } from '../security/outbound-guard';
import type { Localized } from '../checks/types';
import type { MailboxInput } from './mailbox-input';

/** A mailbox as endpoints return it: every column except the encrypted passwords. */
export type PublicMailbox = Omit<Mailbox, 'imapPasswordEnc' | 'smtpPasswordEnc'>;

export function publicMailbox(m: Mailbox): PublicMailbox {
  const { imapPasswordEnc: _i, smtpPasswordEnc: _s, ...rest } = m;
  return rest;
}

export type SaveResult = { ok: true; mailbox: PublicMailbox; created: boolean } | { ok: false; status: 400 | 404; fields: Record<string, Localized> };

/**
 * Creates or updates a mailbox after checking both server names against the outbound guard (they
 * must resolve, and to allowed addresses). Passwords are encrypted (AES-256-GCM) before storage.
 */
export async function saveMailbox(db: Db, input: MailboxInput, guard: GuardOptions = {}): Promise<SaveResult> {
  const fields: Record<string, Localized> = {};
  for (const key of ['imapHost', 'smtpHost'] as const) {
    try {
      await resolveOutbound(input[key], guard);
    } catch (e) {
      if (!(e instanceof OutboundRefused)) throw e;
      fields[key] =
        e.reason === 'special-address'
          ? text.l('saveSpecial', { host: input[key], address: e.address ?? '' })
          : text.l(e.reason === 'invalid' ? 'invalidName' : 'saveNotInDns', { host: input[key] });
    }
  }
  if (!input.id) {
    if (!input.imapPassword) fields.imapPassword = text.l('imapPasswordMissing');
    if (!input.smtpPassword) fields.smtpPassword = text.l('smtpPasswordMissing');
  }
  if (Object.keys(fields).length) return { ok: false, status: 400, fields };
  const { id, imapPassword, smtpPassword, ...values } = input;
  const secrets = {
    ...(imapPassword ? { imapPasswordEnc: encryptSecret(imapPassword) } : {}),
    ...(smtpPassword ? { smtpPasswordEnc: encryptSecret(smtpPassword) } : {}),
  };
  if (id) {
    // Saved settings are an admin's own: a demo example stops being one.
    const [row] = await db
      .update(mailboxes)
      .set({ ...values, ...secrets, example: false, updatedAt: new Date() })
      .where(eq(mailboxes.id, id))
      .returning();
    return row ? { ok: true, mailbox: publicMailbox(row), created: false } : { ok: false, status: 404, fields: {} };
  }
  const [row] = await db
    .insert(mailboxes)
    .values({ ...values, imapPasswordEnc: secrets.imapPasswordEnc!, smtpPasswordEnc: secrets.smtpPasswordEnc! })
    .returning();
  return { ok: true, mailbox: publicMailbox(row), created: true };
}
