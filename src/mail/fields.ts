import type { Localized } from '../checks/types';

/** The mailbox settings a person can fix, with their labels as the mailbox form shows them. */
export const mailboxFieldLabels = {
  name: { 'pt-BR': 'Nome', en: 'Name' },
  address: { 'pt-BR': 'Endereço de e-mail', en: 'E-mail address' },
  imapHost: { 'pt-BR': 'Servidor IMAP', en: 'IMAP server' },
  imapPort: { 'pt-BR': 'Porta IMAP', en: 'IMAP port' },
  imapSecurity: { 'pt-BR': 'Segurança IMAP (TLS/STARTTLS)', en: 'IMAP security (TLS/STARTTLS)' },
  imapUser: { 'pt-BR': 'Usuário IMAP', en: 'IMAP user' },
  imapPassword: { 'pt-BR': 'Senha IMAP', en: 'IMAP password' },
  folder: { 'pt-BR': 'Pasta', en: 'Folder' },
  smtpHost: { 'pt-BR': 'Servidor SMTP', en: 'SMTP server' },
  smtpPort: { 'pt-BR': 'Porta SMTP', en: 'SMTP port' },
  smtpSecurity: { 'pt-BR': 'Segurança SMTP (TLS/STARTTLS)', en: 'SMTP security (TLS/STARTTLS)' },
  smtpUser: { 'pt-BR': 'Usuário SMTP', en: 'SMTP user' },
  smtpPassword: { 'pt-BR': 'Senha SMTP', en: 'SMTP password' },
} satisfies Record<string, Localized>;

export type MailboxField = keyof typeof mailboxFieldLabels;
