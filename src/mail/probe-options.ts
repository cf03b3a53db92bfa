import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { rootCertificates, type ConnectionOptions } from 'node:tls';
import type { GuardOptions } from '../security/outbound-guard';

/** One side of a mailbox: where to connect and how to sign in (the password already decrypted). */
export interface MailEndpoint {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  user: string;
  password: string;
}

/** What a probe needs besides the endpoint: the outbound guard, a time budget and the abort signal. */
export interface ProbeOptions extends GuardOptions {
  signal?: AbortSignal;
  /** Per-step network timeout in milliseconds. Default 10,000. */
  timeoutMs?: number;
  /** Extra trusted CA certificates (PEM). Default: the file in MAIL_TLS_CA_FILE, if set. */
  ca?: string;
}

/** TLS options: verify the certificate against the host NAME while connecting to the resolved address. */
export function tlsOptions(host: string, opts: ProbeOptions): ConnectionOptions {
  const extra = opts.ca ?? (process.env.MAIL_TLS_CA_FILE ? readFileSync(process.env.MAIL_TLS_CA_FILE, 'utf8') : undefined);
  return {
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
    ...(isIP(host) ? {} : { servername: host }),
    ...(extra ? { ca: [...rootCertificates, extra] } : {}),
  };
}
