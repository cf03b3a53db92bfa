import { OutboundRefused } from '../../security/outbound-guard';

/** What one attempt got: the server's reply (`250 2.0.0 Ok`, `HTTP 204`) or why it failed, never a secret. */
export interface SendOutcome {
  ok: boolean;
  reply: string;
  /** A failure that a retry cannot change (no SMTP server configured, an unusable address): no retry. */
  permanent?: boolean;
}

/** Replies written by us rather than a server: `omni:<key>` of the alert message table's `reply.<key>`. */
export const OMNI_REPLY = 'omni:';

/** An error as a short reply: its class and code (`ECONNREFUSED`), a timeout, or an SMTP response; no URL. */
export function errorReply(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; code?: string; responseCode?: number; response?: string; message?: string; cause?: { name?: string } };
  if (
    err?.name === 'TimeoutError' ||
    (err?.name === 'AbortError' && err.cause?.name === 'TimeoutError') ||
    err?.code === 'ETIMEDOUT' ||
    err?.code === 'ETIMEOUT' ||
    err?.code === 'UND_ERR_CONNECT_TIMEOUT'
  )
    return `timeout after ${Math.round(timeoutMs / 1000)} s`;
  if (e instanceof OutboundRefused) return `refused: ${e.message}`;
  if (typeof err?.response === 'string' && err.response) return err.response.slice(0, 300);
  const code = err?.code ? ` ${err.code}` : '';
  return `${err?.name ?? 'Error'}${code}`.slice(0, 300);
}
