import { inject } from 'vitest';

/**
 * A mailbox for the mailbox API on the tests' own IMAP (dovecot, TLS) and SMTP (STARTTLS) servers on
 * loopback, with their account; `over` changes fields (a name, an IMAP port nobody listens on).
 */
export function loopbackMailbox(over: Record<string, unknown> = {}) {
  const m = inject('mail');
  return {
    name: 'Loopback SAC',
    address: m.address,
    imapHost: '127.0.0.1',
    imapPort: m.imapTlsPort,
    imapSecurity: 'tls',
    imapUser: m.user,
    imapPassword: m.password,
    smtpHost: '127.0.0.1',
    smtpPort: m.smtpStarttlsPort,
    smtpSecurity: 'starttls',
    smtpUser: m.user,
    smtpPassword: m.password,
    ...over,
  };
}
