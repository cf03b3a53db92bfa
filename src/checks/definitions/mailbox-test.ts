import { mailboxTestStrings } from '@/i18n/check-mailbox-test';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_INT4 } from '@/server/input';
import { mailboxes, type Mailbox } from '@/db/schema';
import { decryptSecret } from '@/security/secrets';
import { probeImap } from '@/mail/imap-probe';
import { probeSmtp } from '@/mail/smtp-probe';
import { roundTrip } from '@/mail/round-trip';
import type { MailEndpoint, ProbeOptions } from '@/mail/probe-options';
import type { MailboxField } from '@/mail/fields';
import type { CheckDefinition, CheckStatus, Finding, Localized } from '../types';

const input = z.object({
  /** The mailbox to test. Default: every active mailbox (without round trip). */
  mailboxId: z.coerce.number().int().positive().max(MAX_INT4).optional(),
  /** Also send a test message to the mailbox itself and wait for it over IMAP (then delete it). Default false. */
  roundTrip: z.boolean().default(false),
});

const text = mailboxTestStrings;
const article = 'email/emails-not-arriving';
const anchors = { settings: text.l('anchor.settings'), credentials: text.l('anchor.credentials') } satisfies Record<string, Localized>;
const fixFor = (f: MailboxField | 'address') => ({ article, anchor: /Password|User/.test(f) ? anchors.credentials : anchors.settings });

export interface MailboxTestDeps extends Pick<ProbeOptions, 'resolver' | 'allowList' | 'ca' | 'timeoutMs'> {
  /** How long the round trip waits for the message. Default 20 s. */
  waitMs?: number;
  pollMs?: number;
}

function endpoints(m: Mailbox): { imap: MailEndpoint; smtp: MailEndpoint } {
  return {
    imap: { host: m.imapHost, port: m.imapPort, security: m.imapSecurity, user: m.imapUser, password: decryptSecret(m.imapPasswordEnc) },
    smtp: { host: m.smtpHost, port: m.smtpPort, security: m.smtpSecurity, user: m.smtpUser, password: decryptSecret(m.smtpPasswordEnc) },
  };
}

/** The mailbox test with injectable network dependencies (tests resolve names without DNS). */
export function createMailboxTestCheck(deps: MailboxTestDeps = {}): CheckDefinition<typeof input> {
  return {
    id: 'mailbox-test',
    title: text.l('title'),
    description: text.l('description'),
    input,
    fields: [
      { name: 'mailboxId', kind: 'mailbox', label: text.l('field.mailbox'), optional: true },
      { name: 'roundTrip', kind: 'boolean', label: text.l('field.roundTrip'), optional: true },
    ],
    permission: 'admin:checks',
    timeLimitMs: 45_000,
    async run({ db, signal }, { mailboxId, roundTrip: doRoundTrip }) {
      const list = await db
        .select()
        .from(mailboxes)
        .where(mailboxId ? eq(mailboxes.id, mailboxId) : and(eq(mailboxes.active, true)))
        .orderBy(asc(mailboxes.id));
      if (!list.length) {
        return mailboxId
          ? { status: 'fail', summary: text.l('missing', { id: mailboxId }), findings: [] }
          : { status: 'ok', summary: text.l('noneActive'), findings: [] };
      }
      const opts: ProbeOptions = { ...deps, signal };
      const findings: Finding[] = [];
      const results = await Promise.all(list.map((m) => testOne(m, Boolean(mailboxId && doRoundTrip), opts, deps)));
      for (const r of results) findings.push(...r);
      const failed = new Set(findings.filter((f) => f.status === 'fail').map((f) => f.record!.id));
      const status: CheckStatus = failed.size ? 'fail' : 'ok';
      const one = list.length === 1 ? list[0].name : null;
      return {
        status,
        summary: one
          ? status === 'ok'
            ? text.l(mailboxId && doRoundTrip ? 'oneWorkingDelivered' : 'oneWorking', { name: one })
            : text.l('oneFailed', { name: one })
          : text.l('someWorking', { working: list.length - failed.size, total: list.length }),
        findings,
      };
    },
  };
}

async function testOne(m: Mailbox, doRoundTrip: boolean, opts: ProbeOptions, deps: MailboxTestDeps): Promise<Finding[]> {
  const record = { kind: 'mailbox', id: m.id, label: `${m.name} <${m.address}>` };
  let ep;
  try {
    ep = endpoints(m);
  } catch {
    return [{ status: 'fail', message: text.l('unreadableSecret'), record, fix: fixFor('imapPassword') }];
  }
  const [imap, smtp] = await Promise.all([probeImap(ep.imap, m.folder, opts), probeSmtp(ep.smtp, opts)]);
  const out: Finding[] = [];
  out.push(
    imap.ok
      ? { status: 'ok', message: text.l('imapOk', { folder: m.folder, ms: imap.ms }), record }
      : { status: 'fail', message: imap.problem.message, record, fix: fixFor(imap.problem.field) },
  );
  out.push(
    smtp.ok
      ? { status: 'ok', message: text.l('smtpOk', { ms: smtp.ms }), record }
      : { status: 'fail', message: smtp.problem.message, record, fix: fixFor(smtp.problem.field) },
  );
  if (doRoundTrip && imap.ok && smtp.ok) {
    const rt = await roundTrip({ address: m.address, imap: ep.imap, smtp: ep.smtp, folder: m.folder }, { ...opts, waitMs: deps.waitMs, pollMs: deps.pollMs });
    out.push(
      rt.ok
        ? { status: 'ok', message: text.l('roundTripOk', { ms: rt.ms }), record }
        : { status: 'fail', message: rt.problem.message, record, fix: fixFor(rt.problem.field) },
    );
  }
  return out;
}

/** Mailbox test: IMAP and SMTP of a mailbox (or of every active one), with an optional round trip. */
export const mailboxTestCheck = createMailboxTestCheck();
