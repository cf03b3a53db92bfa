import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** A resolver: host name → addresses (injectable so tests can resolve names without DNS). */
export type Resolver = (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;

const systemResolver: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));

/** Loopback, private, link-local (cloud metadata), CGNAT, documentation, multicast and other special ranges. */
const special = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) special.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32],
  ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) special.addSubnet(net, prefix, 'ipv6');

/** Why a target was refused. */
export type RefusalReason = 'not-found' | 'special-address' | 'invalid';

export class OutboundRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly host: string,
    readonly address?: string,
  ) {
    super(reason === 'not-found' ? `Host ${host} was not found` : reason === 'invalid' ? `Host ${host} is not a valid host name` : `Host ${host} resolves to ${address}, an address outside the allowed networks`);
  }
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`), else the address itself. */
function unmap(address: string): { address: string; type: 'ipv4' | 'ipv6' } {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return { address: m[1], type: 'ipv4' };
  return { address, type: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/**
 * Parses the allow-list: comma-separated addresses or CIDR ranges (`127.0.0.1,10.1.0.0/16,::1`).
 * Throws with the entry to fix.
 */
export function parseAllowList(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits] = raw.split('/');
    const v = isIP(addr);
    if (!v) throw new Error(`OUTBOUND_ALLOW_LIST: "${raw}" is not an IP address or CIDR range (e.g. 10.0.0.0/8).`);
    const type = v === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(addr, type);
    else {
      const n = Number(bits);
      if (!Number.isInteger(n) || n < 0 || n > (v === 4 ? 32 : 128)) throw new Error(`OUTBOUND_ALLOW_LIST: "${raw}" has an invalid prefix length.`);
      list.addSubnet(addr, n, type);
    }
  }
  return list;
}

/** Whether an address may be connected to: public, or in the allow-list. */
export function isAllowedAddress(address: string, allow: BlockList): boolean {
  const { address: a, type } = unmap(address);
  if (allow.check(a, type)) return true;
  return !special.check(a, type);
}

export interface GuardOptions {
  /** Default: the system resolver (DNS, /etc/hosts). */
  resolver?: Resolver;
  /** Default: OUTBOUND_ALLOW_LIST from the environment, read on each call. */
  allowList?: BlockList;
}

/**
 * Resolves `host` and returns the address to connect to, refusing when the name does not resolve
 * or when ANY of its addresses is loopback, private, link-local, CGNAT, metadata or otherwise
 * special and not allow-listed. Connect to the returned address (not the name), so a second DNS
 * answer cannot point elsewhere.
 */
export async function resolveOutbound(host: string, opts: GuardOptions = {}): Promise<{ address: string; family: 4 | 6 }> {
  const allow = opts.allowList ?? parseAllowList(process.env.OUTBOUND_ALLOW_LIST);
  const name = host.trim().replace(/^\[(.*)\]$/, '$1');
  if (!name || /[\s/\\@]/.test(name)) throw new OutboundRefused('invalid', host);
  let addresses: { address: string; family: 4 | 6 }[];
  if (isIP(name)) addresses = [{ address: name, family: isIP(name) as 4 | 6 }];
  else {
    try {
      addresses = await (opts.resolver ?? systemResolver)(name);
    } catch {
      throw new OutboundRefused('not-found', host);
    }
    if (!addresses.length) throw new OutboundRefused('not-found', host);
  }
  const bad = addresses.find((a) => !isAllowedAddress(a.address, allow));
  if (bad) throw new OutboundRefused('special-address', host, bad.address);
  return addresses[0];
}
