import { mailboxFieldStrings } from '../i18n/mail-problems';

/** The mailbox settings a person can fix, with their labels as the mailbox form shows them. */
export const mailboxFieldLabels = mailboxFieldStrings.table;

export type MailboxField = keyof typeof mailboxFieldLabels;
