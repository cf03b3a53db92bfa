import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Addresses and CIDR ranges a connection may reach although they are special (OUTBOUND_ALLOW_LIST). */
export interface AllowList {
  ranges: [Address, number][];
}

/**
 * Parses the allow-list: comma-separated addresses or CIDR ranges (`127.0.0.1,10.1.0.0/16,::1`).
 * Only canonical forms are accepted (dotted quads, RFC 4291 IPv6). Throws with the variable and
 * the entry to fix (`variable`: the environment variable it came from; TRUST_PROXY uses it too).
 */
export function parseAllowList(value: string | undefined, variable = 'OUTBOUND_ALLOW_LIST'): AllowList {
  const ranges: [Address, number][] = [];
  for (const raw of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [addr, bits, extra] = raw.split('/');
    if (extra !== undefined || !isCanonical(addr)) throw new Error(`${variable}: "${raw}" is not an IP address or CIDR range (e.g. 10.0.0.0/8).`);
    const ip = ipaddr.parse(addr);
    const max = ip.kind() === 'ipv4' ? 32 : 128;
    const n = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${variable}: "${raw}" has an invalid prefix length.`);
    ranges.push([ip, n]);
  }
  return { ranges };
}

/** Dotted-quad IPv4 or IPv6 text; ipaddr.js alone would also take legacy forms such as `0x7f.1`. */
function isCanonical(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || (text.includes(':') && ipaddr.IPv6.isValid(text));
}

const zeros = (parts: number[], n: number) => parts.slice(0, n).every((p) => p === 0);

/**
 * The IPv4 address an IPv6 address carries, when it is one of the forms that reach an IPv4 host:
 * IPv4-mapped (`::ffff:a.b.c.d`), IPv4-translated (`::ffff:0:a.b.c.d`), IPv4-compatible
 * (`::a.b.c.d`), well-known NAT64 (`64:ff9b::/96`) and 6to4 (`2002:AABB:CCDD::/48`).
 */
export function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = ip.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (zeros(p, 5) && p[5] === 0xffff) return v4(p[6], p[7]);
  if (zeros(p, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6], p[7]);
  if (zeros(p, 6)) return v4(p[6], p[7]);
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(p.slice(2), 4)) return v4(p[6], p[7]);
  if (p[0] === 0x2002) return v4(p[1], p[2]);
  return undefined;
}

export const inList = (ip: Address, allow: AllowList) => allow.ranges.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits));

/**
 * Whether an address may be connected to: ipaddr.js says it is plain `unicast` (not loopback,
 * private, link-local, CGNAT, reserved, documentation, multicast, Teredo…) and, for an IPv6 form
 * that carries an IPv4 address, that IPv4 address is too; or it is in the allow-list (the address
 * itself, or the IPv4 address it carries). Anything that does not parse is refused, and so is
 * the local-use NAT64 prefix `64:ff9b:1::/48`, whose IPv4 address sits where its length says.
 */
export function isAllowedAddress(address: string, allow: AllowList): boolean {
  const text = address.replace(/^\[(.*)\]$/, '$1');
  if (!isCanonical(text)) return false;
  const ip = ipaddr.parse(text);
  const inner = ip.kind() === 'ipv6' ? embeddedIPv4(ip as ipaddr.IPv6) : undefined;
  if (inList(ip, allow) || (inner && inList(inner, allow))) return true;
  if (inner) return inner.range() === 'unicast';
  return ip.range() === 'unicast';
}
