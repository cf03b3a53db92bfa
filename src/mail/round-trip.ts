import { mailProblemStrings } from '../i18n/mail-problems';
import { randomBytes } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import type { Localized } from '../checks/types';
import { mailProblem, type MailProblem } from './errors';
import { openImap } from './imap-probe';
import { smtpTransport } from './smtp-probe';
import type { MailEndpoint, ProbeOptions } from './probe-options';

export type RoundTripOutcome = { ok: true; ms: number; token: string } | { ok: false; problem: MailProblem | { field: 'address'; message: Localized } };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

/**
 * Sends one message with a unique token from the mailbox to itself over SMTP, waits up to
 * `waitMs` for it to appear in the folder over IMAP, then deletes it.
 */
export async function roundTrip(
  m: { address: string; imap: MailEndpoint; smtp: MailEndpoint; folder: string },
  opts: ProbeOptions & { waitMs?: number; pollMs?: number },
): Promise<RoundTripOutcome> {
  const token = `omni-runbook-${randomBytes(9).toString('hex')}`;
  const started = performance.now();
  const timeoutMs = opts.timeoutMs ?? 10_000;
  try {
    const transport = await smtpTransport(m.smtp, opts);
    try {
      await transport.sendMail({
        from: m.address,
        to: m.address,
        subject: `Omni Runbook: teste de recebimento / receive test ${token}`,
        text: `Mensagem de teste enviada pelo Omni Runbook; ela é apagada automaticamente.\nTest message sent by Omni Runbook; it is deleted automatically.\n${token}\n`,
        headers: { 'X-Omni-Runbook-Test': token },
      });
    } finally {
      transport.close();
    }
  } catch (e) {
    return { ok: false, problem: mailProblem('smtp', e, { host: m.smtp.host, port: m.smtp.port, timeoutMs }) };
  }
  let client: ImapFlow | undefined;
  try {
    client = await openImap(m.imap, opts);
    const deadline = Date.now() + (opts.waitMs ?? 20_000);
    while (!opts.signal?.aborted) {
      const lock = await client.getMailboxLock(m.folder);
      try {
        const uids = (await client.search({ header: { 'x-omni-runbook-test': token } }, { uid: true })) || [];
        if (uids.length) {
          await client.messageDelete(uids, { uid: true });
          return { ok: true, ms: Math.round(performance.now() - started), token };
        }
      } finally {
        lock.release();
      }
      if (Date.now() >= deadline) break;
      await sleep(opts.pollMs ?? 1000, opts.signal);
    }
    const s = Math.round((opts.waitMs ?? 20_000) / 1000);
    return {
      ok: false,
      problem: {
        field: 'address',
        message: mailProblemStrings.l('notArrived', { folder: m.folder, seconds: s }),
      },
    };
  } catch (e) {
    return { ok: false, problem: mailProblem('imap', e, { host: m.imap.host, port: m.imap.port, timeoutMs, folder: m.folder }) };
  } finally {
    await client?.logout().catch(() => client?.close());
  }
}
