import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isAllowedAddress, parseAllowList, type AllowList } from './address-policy';

export { isAllowedAddress, parseAllowList, type AllowList };

/** A resolver: host name → addresses (injectable so tests can resolve names without DNS). */
export type Resolver = (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family as 4 | 6 }));

/** Why a target was refused. */
export type RefusalReason = 'not-found' | 'special-address' | 'invalid';

export class OutboundRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly host: string,
    readonly address?: string,
  ) {
    super(
      reason === 'not-found'
        ? `Host ${host} was not found`
        : reason === 'invalid'
          ? `Host ${host} is not a valid host name`
          : `Host ${host} resolves to ${address}, an address outside the allowed networks`,
    );
  }
}

export interface GuardOptions {
  /** Default: the system resolver (DNS, /etc/hosts). */
  resolver?: Resolver;
  /** Default: OUTBOUND_ALLOW_LIST from the environment, read on each call. */
  allowList?: AllowList;
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
