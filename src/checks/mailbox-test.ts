import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_INT4 } from '../server/input';
import { mailboxes, type Mailbox } from '../db/schema';
import { decryptSecret } from '../security/secrets';
import { probeImap } from '../mail/imap-probe';
import { probeSmtp } from '../mail/smtp-probe';
import { roundTrip } from '../mail/round-trip';
import type { MailEndpoint, ProbeOptions } from '../mail/probe-options';
import type { MailboxField } from '../mail/fields';
import type { CheckDefinition, CheckStatus, Finding, Localized } from './types';

const input = z.object({
  /** The mailbox to test. Default: every active mailbox (without round trip). */
  mailboxId: z.coerce.number().int().positive().max(MAX_INT4).optional(),
  /** Also send a test message to the mailbox itself and wait for it over IMAP (then delete it). Default false. */
  roundTrip: z.boolean().default(false),
});

const article = 'email/emails-not-arriving';
const anchors = {
  settings: { 'pt-BR': '1-teste-de-recebimento-e-envio-da-caixa', en: '1-mailbox-send-and-receive-test' },
  credentials: { 'pt-BR': '3-credenciais-da-caixa-externa', en: '3-credentials-of-the-external-mailbox' },
} satisfies Record<string, Localized>;
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
    title: { 'pt-BR': 'Teste da caixa de e-mail', en: 'Mailbox test' },
    description: {
      'pt-BR': 'Conecta aos servidores IMAP e SMTP da caixa, negocia a criptografia, autentica e abre a pasta de entrada; opcionalmente envia uma mensagem de teste para a própria caixa, confirma que chegou e a apaga.',
      en: 'Connects to the mailbox’s IMAP and SMTP servers, negotiates encryption, authenticates and opens the inbox; optionally sends a test message to the mailbox itself, confirms it arrived and deletes it.',
    },
    input,
    fields: [
      { name: 'mailboxId', kind: 'mailbox', label: { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' }, optional: true },
      { name: 'roundTrip', kind: 'boolean', label: { 'pt-BR': 'Enviar e receber uma mensagem de teste', en: 'Send and receive a test message' }, optional: true },
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
          ? { status: 'fail', summary: { 'pt-BR': `A caixa ${mailboxId} não existe.`, en: `Mailbox ${mailboxId} does not exist.` }, findings: [] }
          : { status: 'ok', summary: { 'pt-BR': 'Nenhuma caixa de e-mail ativa para testar.', en: 'No active mailbox to test.' }, findings: [] };
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
            ? { 'pt-BR': `Caixa "${one}": IMAP e SMTP funcionando${mailboxId && doRoundTrip ? ', e a mensagem de teste foi entregue' : ''}.`, en: `Mailbox "${one}": IMAP and SMTP working${mailboxId && doRoundTrip ? ', and the test message was delivered' : ''}.` }
            : { 'pt-BR': `Caixa "${one}": o teste falhou; veja o campo a corrigir abaixo.`, en: `Mailbox "${one}": the test failed; see the field to fix below.` }
          : { 'pt-BR': `${list.length - failed.size} de ${list.length} caixas funcionando.`, en: `${list.length - failed.size} of ${list.length} mailboxes working.` },
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
    return [{ status: 'fail', message: { 'pt-BR': 'A senha salva não pode ser lida com a chave atual (SECRET_KEY mudou?). Informe as senhas da caixa de novo.', en: 'The saved password cannot be read with the current key (did SECRET_KEY change?). Enter the mailbox passwords again.' }, record, fix: fixFor('imapPassword') }];
  }
  const [imap, smtp] = await Promise.all([probeImap(ep.imap, m.folder, opts), probeSmtp(ep.smtp, opts)]);
  const out: Finding[] = [];
  out.push(
    imap.ok
      ? { status: 'ok', message: { 'pt-BR': `IMAP: conexão, criptografia, login e pasta "${m.folder}" OK (${imap.ms} ms).`, en: `IMAP: connection, encryption, sign-in and folder "${m.folder}" OK (${imap.ms} ms).` }, record }
      : { status: 'fail', message: imap.problem.message, record, fix: fixFor(imap.problem.field) },
  );
  out.push(
    smtp.ok
      ? { status: 'ok', message: { 'pt-BR': `SMTP: conexão, EHLO, criptografia e autenticação OK (${smtp.ms} ms).`, en: `SMTP: connection, EHLO, encryption and authentication OK (${smtp.ms} ms).` }, record }
      : { status: 'fail', message: smtp.problem.message, record, fix: fixFor(smtp.problem.field) },
  );
  if (doRoundTrip && imap.ok && smtp.ok) {
    const rt = await roundTrip({ address: m.address, imap: ep.imap, smtp: ep.smtp, folder: m.folder }, { ...opts, waitMs: deps.waitMs, pollMs: deps.pollMs });
    out.push(
      rt.ok
        ? { status: 'ok', message: { 'pt-BR': `Ida e volta: a mensagem de teste chegou em ${rt.ms} ms e foi apagada.`, en: `Round trip: the test message arrived in ${rt.ms} ms and was deleted.` }, record }
        : { status: 'fail', message: rt.problem.message, record, fix: fixFor(rt.problem.field) },
    );
  }
  return out;
}

/** Mailbox test: IMAP and SMTP of a mailbox (or of every active one), with an optional round trip. */
export const mailboxTestCheck = createMailboxTestCheck();
