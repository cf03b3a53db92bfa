import { createHmac } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { resolveOutbound, type GuardOptions } from '../../security/outbound-guard';
import { errorReply, type SendOutcome } from './outcome';

/**
 * The Standard Webhooks signature (https://www.standardwebhooks.com/): `v1,` + base64 of the
 * HMAC-SHA256 of `id.timestamp.body`, keyed with the base64 part of the `whsec_` secret.
 */
export function signWebhook(secret: string, id: string, timestampSec: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestampSec}.${body}`).digest('base64')}`;
}

/** The Standard Webhooks headers of one attempt (a retry keeps `id`, gets a new timestamp and signature). */
export function webhookHeaders(secret: string, id: string, body: string, at: Date): Record<string, string> {
  const ts = Math.floor(at.getTime() / 1000);
  return { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, id, ts, body) };
}

export interface PostOptions extends GuardOptions {
  timeoutMs: number;
  headers?: Record<string, string>;
}

/**
 * POSTs a JSON body to a webhook URL through the outbound guard: the host is resolved and checked
 * once and the connection goes to that address (TLS still verified against the name); a redirect
 * is never followed (it is a failed attempt with its status); the whole attempt is bounded by
 * `timeoutMs`. The URL is a credential: the outcome names the status or the error, never the URL.
 */
export async function postWebhook(url: string, body: string, opts: PostOptions): Promise<SendOutcome> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reply: 'invalid URL', permanent: true };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, reply: `unsupported scheme ${u.protocol}`, permanent: true };
  try {
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    const { address, family } = await resolveOutbound(host, opts);
    const lookup: LookupFunction = (_name, o, cb) => {
      if ((o as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
      else cb(null, address, family);
    };
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(
        {
          protocol: u.protocol,
          hostname: host,
          port: u.port || undefined,
          path: `${u.pathname}${u.search}`,
          method: 'POST',
          lookup,
          ...(u.protocol === 'https:' && !isIP(host) ? { servername: host } : {}),
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'user-agent': 'omni-runbook-alerts',
            ...opts.headers,
          },
          signal: AbortSignal.timeout(opts.timeoutMs),
        },
        (r) => {
          // Read (and drop) at most 64 KiB of the answer so the socket is released.
          let seen = 0;
          r.on('data', (c: Buffer) => {
            seen += c.length;
            if (seen > 65_536) r.destroy();
          });
          r.on('end', () => resolve(r));
          r.on('close', () => resolve(r));
          r.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    const status = res.statusCode ?? 0;
    if (status >= 200 && status < 300) return { ok: true, reply: `HTTP ${status}` };
    if (status >= 300 && status < 400) return { ok: false, reply: `HTTP ${status} (redirect not followed)` };
    return { ok: false, reply: `HTTP ${status}` };
  } catch (e) {
    return { ok: false, reply: errorReply(e, opts.timeoutMs) };
  }
}
