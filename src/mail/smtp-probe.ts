import { isIP } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { resolveOutbound } from '../security/outbound-guard';
import { mailProblem } from './errors';
import type { ProbeOutcome } from './imap-probe';
import { tlsOptions, type MailEndpoint, type ProbeOptions } from './probe-options';

/** A nodemailer transport to the resolved, allowed address, verifying TLS against the host name. */
export async function smtpTransport(ep: MailEndpoint, opts: ProbeOptions): Promise<Transporter> {
  const { address } = await resolveOutbound(ep.host, opts);
  const timeout = opts.timeoutMs ?? 10_000;
  return nodemailer.createTransport({
    host: address,
    port: ep.port,
    secure: ep.security === 'tls',
    requireTLS: ep.security === 'starttls',
    ignoreTLS: ep.security === 'none',
    auth: { user: ep.user, pass: ep.password },
    tls: { ...tlsOptions(ep.host, opts), ...(isIP(ep.host) ? {} : { servername: ep.host }) },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
    logger: false,
    debug: false,
  });
}

/** SMTP: connect, EHLO, STARTTLS or TLS, AUTH (nodemailer's verify). */
export async function probeSmtp(ep: MailEndpoint, opts: ProbeOptions): Promise<ProbeOutcome> {
  const started = performance.now();
  let transport: Transporter | undefined;
  const onAbort = () => transport?.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    transport = await smtpTransport(ep, opts);
    await transport.verify();
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      ok: false,
      problem: mailProblem('smtp', opts.signal?.aborted ? opts.signal.reason : e, { host: ep.host, port: ep.port, timeoutMs: opts.timeoutMs ?? 10_000 }),
    };
  } finally {
    transport?.close();
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
