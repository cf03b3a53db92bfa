import { ImapFlow } from 'imapflow';
import { isIP } from 'node:net';
import { resolveOutbound } from '../security/outbound-guard';
import { mailProblem, type MailProblem } from './errors';
import { tlsOptions, type MailEndpoint, type ProbeOptions } from './probe-options';

export type ProbeOutcome = { ok: true; ms: number } | { ok: false; problem: MailProblem };

/** Opens an authenticated IMAP connection to the resolved, allowed address (caller must close it). */
export async function openImap(ep: MailEndpoint, opts: ProbeOptions): Promise<ImapFlow> {
  const { address } = await resolveOutbound(ep.host, opts);
  const timeout = opts.timeoutMs ?? 10_000;
  const client = new ImapFlow({
    host: address,
    port: ep.port,
    secure: ep.security === 'tls',
    doSTARTTLS: ep.security === 'starttls' ? true : ep.security === 'none' ? false : undefined,
    servername: isIP(ep.host) ? undefined : ep.host,
    auth: { user: ep.user, pass: ep.password },
    tls: tlsOptions(ep.host, opts),
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  });
  client.on('error', () => {
    /* surfaced through the failing call */
  });
  const onAbort = () => client.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await client.connect();
    return client;
  } catch (e) {
    client.close();
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** IMAP: connect, negotiate TLS, log in and open the folder read-only. */
export async function probeImap(ep: MailEndpoint, folder: string, opts: ProbeOptions): Promise<ProbeOutcome> {
  const started = performance.now();
  let client: ImapFlow | undefined;
  const onAbort = () => client?.close();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    client = await openImap(ep, opts);
    await client.mailboxOpen(folder, { readOnly: true });
    await client.logout();
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    client?.close();
    return {
      ok: false,
      problem: mailProblem('imap', opts.signal?.aborted ? opts.signal.reason : e, {
        host: ep.host,
        port: ep.port,
        timeoutMs: opts.timeoutMs ?? 10_000,
        folder,
      }),
    };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
