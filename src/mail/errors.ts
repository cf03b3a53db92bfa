import type { Localized } from '../checks/types';
import { OutboundRefused } from '../security/outbound-guard';
import { mailboxFieldLabels, type MailboxField } from './fields';

/** A failed step, said in both languages, with the mailbox field to fix. */
export interface MailProblem {
  field: MailboxField;
  message: Localized;
}

type Side = 'imap' | 'smtp';
type Err = Error & { code?: string; authenticationFailed?: boolean; tlsFailed?: boolean; mailboxMissing?: boolean; responseCode?: number; serverResponseCode?: string };

const CERT = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|UNABLE_TO_GET_ISSUER/;
const TLS = /ERR_SSL|EPROTO|ERR_TLS|wrong version number|packet length too long|ssl3_get_record|tls/i;
const TIMEOUT = /TIMEOUT|ETIMEDOUT|ESOCKETTIMEDOUT/;

function field(side: Side, f: 'Host' | 'Port' | 'Security' | 'User' | 'Password'): MailboxField {
  return `${side}${f}` as MailboxField;
}

function say(f: MailboxField, pt: string, en: string): MailProblem {
  const l = mailboxFieldLabels[f];
  return { field: f, message: { 'pt-BR': `${pt} Corrija o campo "${l['pt-BR']}".`, en: `${en} Fix the field "${l.en}".` } };
}

/**
 * Maps a raw IMAP/SMTP/socket/TLS error to the field to fix and a clear message. The raw text is
 * never shown (it can echo what the server received).
 */
export function mailProblem(side: Side, e: unknown, t: { host: string; port: number; timeoutMs: number; folder?: string }): MailProblem {
  const P = side.toUpperCase();
  const where = `${t.host}:${t.port}`;
  if (e instanceof OutboundRefused) {
    if (e.reason === 'special-address')
      return say(field(side, 'Host'), `O servidor ${P} "${t.host}" aponta para um endereço interno ou reservado (${e.address}), que o runbook não acessa.`, `The ${P} server "${t.host}" points to an internal or reserved address (${e.address}), which the runbook does not connect to.`);
    if (e.reason === 'invalid') return say(field(side, 'Host'), `"${t.host}" não é um nome de servidor válido.`, `"${t.host}" is not a valid server name.`);
    return say(field(side, 'Host'), `O servidor ${P} "${t.host}" não foi encontrado (o nome não existe no DNS).`, `The ${P} server "${t.host}" was not found (the name does not exist in DNS).`);
  }
  const err = (e ?? {}) as Err;
  const code0 = String(err.code ?? '');
  const inner = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET)\b/.exec(err.message ?? '');
  // nodemailer wraps socket errors as ESOCKET/ECONNECTION; the socket's own code is in the message.
  const code = (code0 === 'ESOCKET' || code0 === 'ECONNECTION') && inner ? inner[1] : /Greeting never received/.test(err.message ?? '') ? 'GREETING_TIMEOUT' : code0;
  const text = `${code} ${err.message ?? ''}`;
  if (code === 'ABORT_ERR' || err.name === 'AbortError') return say(field(side, 'Host'), `O teste foi interrompido antes de ${where} responder.`, `The test was stopped before ${where} answered.`);
  if (err.authenticationFailed || code === 'EAUTH' || err.serverResponseCode === 'AUTHENTICATIONFAILED' || err.responseCode === 535)
    return say(field(side, 'Password'), `O servidor ${P} recusou o usuário ou a senha.`, `The ${P} server refused the user name or password.`);
  if (err.mailboxMissing || err.serverResponseCode === 'NONEXISTENT')
    return say('folder', `A pasta "${t.folder ?? 'INBOX'}" não existe nesta caixa.`, `The folder "${t.folder ?? 'INBOX'}" does not exist in this mailbox.`);
  if (code === 'ECONNREFUSED') return say(field(side, 'Port'), `Nada responde na porta ${t.port} de ${t.host}: a porta está errada ou o serviço ${P} está parado.`, `Nothing answers on port ${t.port} of ${t.host}: the port is wrong or the ${P} service is down.`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return say(field(side, 'Host'), `O servidor ${P} "${t.host}" não foi encontrado.`, `The ${P} server "${t.host}" was not found.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return say(field(side, 'Host'), `Não há rota de rede até ${t.host}.`, `There is no network route to ${t.host}.`);
  if (CERT.test(code))
    return say(field(side, 'Host'), `O certificado do servidor ${P} não é válido para "${t.host}" (vencido, autoassinado ou de outro nome). Use o nome que consta no certificado.`, `The ${P} server's certificate is not valid for "${t.host}" (expired, self-signed or issued for another name). Use the name on the certificate.`);
  if (code === 'GREETING_TIMEOUT' || code === 'ETLS' || code === 'ClosedAfterConnectTLS' || code === 'ClosedAfterConnectText' || err.tlsFailed || TLS.test(text))
    return say(field(side, 'Security'), `A conexão com ${where} abriu, mas a negociação de criptografia não combinou: a porta espera outro modo (TLS direto costuma ser 993/465; STARTTLS, 143/587).`, `The connection to ${where} opened, but the encryption did not match: the port expects another mode (direct TLS is usually 993/465; STARTTLS, 143/587).`);
  if (TIMEOUT.test(code) || code === 'ECONNECTION')
    return say(field(side, 'Port'), `${where} não respondeu em ${Math.round(t.timeoutMs / 1000)} s: servidor, porta ou um firewall no caminho.`, `${where} did not answer within ${Math.round(t.timeoutMs / 1000)} s: the server, the port, or a firewall on the way.`);
  if (code === 'ECONNRESET' || code === 'EConnectionClosed' || code === 'NoConnection')
    return say(field(side, 'Security'), `${where} fechou a conexão durante o teste; costuma ser o modo de segurança errado para a porta.`, `${where} closed the connection during the test; this is usually the wrong security mode for the port.`);
  return say(field(side, 'Host'), `O teste ${P} em ${where} falhou (${code || 'erro desconhecido'}).`, `The ${P} test on ${where} failed (${code || 'unknown error'}).`);
}
