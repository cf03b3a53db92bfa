import ipaddr from 'ipaddr.js';
import { inList, parseAllowList, type AllowList } from '../security/address-policy';

/** Who is on the other end of a request, as far as this server can tell. */
export interface Client {
  /** The client's IP address (canonical text, IPv4-mapped IPv6 as plain IPv4). */
  address: string;
  /** Whether the client reached the site over HTTPS (directly, or at a trusted proxy). */
  https: boolean;
}

/** What is needed of a request: Astro's APIContext and ActionAPIContext both fit. */
export interface ClientSource {
  request: Request;
  /** The TCP peer's address (Astro's clientAddress; no `security.allowedDomains` is configured, so it never reads X-Forwarded-For). */
  clientAddress: string;
  url: URL;
}

let trusted: { spec: string | undefined; list: AllowList } | undefined;

/** The parsed TRUST_PROXY, re-read when the variable changes (tests set it per process anyway). */
function trustedProxies(): AllowList {
  const spec = process.env.TRUST_PROXY;
  if (!trusted || trusted.spec !== spec) trusted = { spec, list: parseAllowList(spec, 'TRUST_PROXY') };
  return trusted.list;
}

/** An address as canonical text, or undefined when it is not one (ports and IPv6 brackets dropped). */
export function normalizeAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  const canonical = ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(':') && ipaddr.IPv6.isValid(text));
  if (!canonical) return undefined;
  return ipaddr.process(text).toString();
}

const isTrusted = (address: string, list: AllowList) => list.ranges.length > 0 && inList(ipaddr.parse(address), list);

/**
 * The client of a request, given the TCP peer and the forwarding headers. Only when the peer is a
 * trusted proxy are `X-Forwarded-For` and `X-Forwarded-Proto` believed; then the client is the
 * right-most address of `X-Forwarded-For` that is not itself a trusted proxy (everything left of
 * it was written by the client or by proxies we do not know, so it can be forged), and HTTPS is
 * what the nearest proxy put last in `X-Forwarded-Proto`. A hop that is not an address ends the
 * walk at the last trusted one. Without TRUST_PROXY nothing forwarded is believed.
 */
export function resolveClient(peer: string, headers: Headers, direct: { https: boolean }, list: AllowList = trustedProxies()): Client {
  const peerAddress = normalizeAddress(peer) ?? peer;
  if (!normalizeAddress(peer) || !isTrusted(peerAddress, list)) return { address: peerAddress, https: direct.https };
  let address = peerAddress;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    address = hop;
    if (!isTrusted(hop, list)) break;
  }
  const protos = (headers.get('x-forwarded-proto') ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const proto = protos.at(-1);
  return { address, https: proto ? proto === 'https' : direct.https };
}

const cache = new WeakMap<Request, Client>();

/** The client of this request (see resolveClient), computed once per request. */
export function clientOf(ctx: ClientSource): Client {
  let client = cache.get(ctx.request);
  if (!client) {
    client = resolveClient(ctx.clientAddress, ctx.request.headers, { https: ctx.url.protocol === 'https:' });
    cache.set(ctx.request, client);
  }
  return client;
}

/** The real client address of this request: what audit records, throttles and budgets use. */
export const clientAddress = (ctx: ClientSource): string => clientOf(ctx).address;

/**
 * Whether cookies set on this request get the `Secure` flag: when the client came over HTTPS
 * (directly or at a trusted proxy). COOKIE_SECURE=1 or 0 forces it either way.
 */
export function secureCookies(ctx: ClientSource): boolean {
  const forced = process.env.COOKIE_SECURE;
  if (forced === '1' || forced === '0') return forced === '1';
  return clientOf(ctx).https;
}

/**
 * The origin the browser sees (`https://runbook.example` behind a TLS proxy), for the same-origin
 * check of state-changing requests: the Host header with the scheme the client really used.
 */
export function publicOrigin(ctx: ClientSource): string {
  return `${clientOf(ctx).https ? 'https' : 'http'}://${ctx.url.host}`;
}
