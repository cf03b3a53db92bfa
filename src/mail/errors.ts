import type { Localized } from '../checks/types';
import { OutboundRefused } from '../security/outbound-guard';
import { fillPlaceholders } from '../i18n/define-strings';
import { perLang } from '../i18n/localized';
import { mailProblemStrings } from '../i18n/mail-problems';
import { mailboxFieldLabels, type MailboxField } from './fields';

/** A failed step, said in both languages, with the mailbox field to fix. */
export interface MailProblem {
  field: MailboxField;
  message: Localized;
}

type Side = 'imap' | 'smtp';
type Err = Error & {
  code?: string;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  mailboxMissing?: boolean;
  responseCode?: number;
  serverResponseCode?: string;
};

const CERT = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|UNABLE_TO_GET_ISSUER/;
const TLS = /ERR_SSL|EPROTO|ERR_TLS|wrong version number|packet length too long|ssl3_get_record|tls/i;
const TIMEOUT = /TIMEOUT|ETIMEDOUT|ESOCKETTIMEDOUT/;

function field(side: Side, f: 'Host' | 'Port' | 'Security' | 'User' | 'Password'): MailboxField {
  return `${side}${f}` as MailboxField;
}

type Key = Exclude<keyof typeof mailProblemStrings.table, 'fixField' | 'unknownCode'>;

/** The problem `key` (its placeholders filled from `vars`), ending with the field to fix. */
function say(f: MailboxField, key: Key, vars: Record<string, string | number>): MailProblem {
  const message = perLang((lang) =>
    fillPlaceholders(mailProblemStrings.t(lang, 'fixField', { problem: mailProblemStrings.table[key][lang], field: mailboxFieldLabels[f][lang] }), vars, lang),
  );
  return { field: f, message };
}

/**
 * Maps a raw IMAP/SMTP/socket/TLS error to the field to fix and a clear message. The raw text is
 * never shown (it can echo what the server received).
 */
export function mailProblem(side: Side, e: unknown, t: { host: string; port: number; timeoutMs: number; folder?: string }): MailProblem {
  const P = side.toUpperCase();
  const where = `${t.host}:${t.port}`;
  if (e instanceof OutboundRefused) {
    if (e.reason === 'special-address') return say(field(side, 'Host'), 'special', { P, host: t.host, address: e.address ?? '' });
    if (e.reason === 'invalid') return say(field(side, 'Host'), 'invalidName', { host: t.host });
    return say(field(side, 'Host'), 'notInDns', { P, host: t.host });
  }
  const err = (e ?? {}) as Err;
  const code0 = String(err.code ?? '');
  const inner = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET)\b/.exec(err.message ?? '');
  // nodemailer wraps socket errors as ESOCKET/ECONNECTION; the socket's own code is in the message.
  const code =
    (code0 === 'ESOCKET' || code0 === 'ECONNECTION') && inner ? inner[1] : /Greeting never received/.test(err.message ?? '') ? 'GREETING_TIMEOUT' : code0;
  const text = `${code} ${err.message ?? ''}`;
  if (code === 'ABORT_ERR' || err.name === 'AbortError') return say(field(side, 'Host'), 'aborted', { where });
  if (err.authenticationFailed || code === 'EAUTH' || err.serverResponseCode === 'AUTHENTICATIONFAILED' || err.responseCode === 535)
    return say(field(side, 'Password'), 'auth', { P });
  if (err.mailboxMissing || err.serverResponseCode === 'NONEXISTENT') return say('folder', 'folder', { folder: t.folder ?? 'INBOX' });
  if (code === 'ECONNREFUSED') return say(field(side, 'Port'), 'refused', { port: t.port, host: t.host, P });
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return say(field(side, 'Host'), 'notFound', { P, host: t.host });
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return say(field(side, 'Host'), 'noRoute', { host: t.host });
  if (CERT.test(code)) return say(field(side, 'Host'), 'certificate', { P, host: t.host });
  if (
    code === 'GREETING_TIMEOUT' ||
    code === 'ETLS' ||
    code === 'ClosedAfterConnectTLS' ||
    code === 'ClosedAfterConnectText' ||
    err.tlsFailed ||
    TLS.test(text)
  )
    return say(field(side, 'Security'), 'tlsMismatch', { where });
  if (TIMEOUT.test(code) || code === 'ECONNECTION') return say(field(side, 'Port'), 'timeout', { where, seconds: Math.round(t.timeoutMs / 1000) });
  if (code === 'ECONNRESET' || code === 'EConnectionClosed' || code === 'NoConnection') return say(field(side, 'Security'), 'reset', { where });
  return code
    ? say(field(side, 'Host'), 'other', { P, where, code })
    : {
        field: field(side, 'Host'),
        message: perLang((lang) =>
          fillPlaceholders(
            mailProblemStrings.t(lang, 'fixField', { problem: mailProblemStrings.table.other[lang], field: mailboxFieldLabels[field(side, 'Host')][lang] }),
            { P, where, code: mailProblemStrings.t(lang, 'unknownCode') },
            lang,
          ),
        ),
      };
}
