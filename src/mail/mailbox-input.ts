import { z } from 'zod';
import { securityModes } from '../db/schema';
import { dbId } from '../server/input';

const host = z.string().trim().min(1).max(253);
const port = z.coerce.number().int().min(1).max(65535);

/** A mailbox as an admin saves it. Passwords are write-only: sent to set them, never returned. */
export const mailboxInput = z.object({
  /** Id of the mailbox to update. Default: create a new one. */
  id: dbId().optional(),
  /** Display name, e.g. "SAC". */
  name: z.string().trim().min(1).max(120),
  /** The mailbox's own e-mail address (the round trip sends to it). */
  address: z.email().max(320),
  /** IMAP server name or address. */
  imapHost: host,
  /** IMAP port. Default 993. */
  imapPort: port.default(993),
  /** `tls` (direct), `starttls` or `none`. Default `tls`. */
  imapSecurity: z.enum(securityModes).default('tls'),
  /** IMAP login. */
  imapUser: z.string().trim().min(1).max(320),
  /** IMAP password; required when creating, optional when updating (kept when omitted). */
  imapPassword: z.string().min(1).max(512).optional(),
  /** Folder Omni reads. Default `INBOX`. */
  folder: z.string().trim().min(1).max(200).default('INBOX'),
  /** SMTP server name or address. */
  smtpHost: host,
  /** SMTP port. Default 587. */
  smtpPort: port.default(587),
  /** `tls` (direct), `starttls` or `none`. Default `starttls`. */
  smtpSecurity: z.enum(securityModes).default('starttls'),
  /** SMTP login. */
  smtpUser: z.string().trim().min(1).max(320),
  /** SMTP password; required when creating, optional when updating (kept when omitted). */
  smtpPassword: z.string().min(1).max(512).optional(),
  /** Whether Omni reads this mailbox. Default true. */
  active: z.boolean().default(true),
});

export type MailboxInput = z.infer<typeof mailboxInput>;
