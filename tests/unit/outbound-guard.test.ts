import { describe, expect, test } from 'vitest';
import { isAllowedAddress, OutboundRefused, parseAllowList, resolveOutbound, type Resolver } from '../../src/security/outbound-guard';

const none = parseAllowList('');
/** A resolver that answers from a table, as DNS would (no network in tests). */
const stub = (table: Record<string, string[]>): Resolver => async (host) => {
  const a = table[host];
  if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('isAllowedAddress', () => {
  test.each([
    '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '100.100.100.200',
    '169.254.169.254', '0.0.0.0', '224.0.0.1', '255.255.255.255', '192.0.2.10', '198.18.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:169.254.169.254', 'ff02::1', '2001:db8::1',
  ])('refuses %s', (ip) => {
    expect(isAllowedAddress(ip, none)).toBe(false);
  });

  test.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111'])('accepts the public address %s', (ip) => {
    expect(isAllowedAddress(ip, none)).toBe(true);
  });

  test('accepts a special address that is in the allow-list, and only that one', () => {
    const allow = parseAllowList('127.0.0.1, 10.20.0.0/16');
    expect(isAllowedAddress('127.0.0.1', allow)).toBe(true);
    expect(isAllowedAddress('127.0.0.2', allow)).toBe(false);
    expect(isAllowedAddress('10.20.5.5', allow)).toBe(true);
    expect(isAllowedAddress('10.21.0.1', allow)).toBe(false);
  });
});

describe('parseAllowList', () => {
  test('throws with the entry to fix', () => {
    expect(() => parseAllowList('127.0.0.1,not-an-ip')).toThrow(/"not-an-ip"/);
    expect(() => parseAllowList('10.0.0.0/40')).toThrow(/prefix length/);
  });
});

describe('resolveOutbound', () => {
  const resolver = stub({ 'mail.example.com': ['93.184.216.34'], 'sneaky.example.com': ['93.184.216.34', '127.0.0.1'], 'internal.example.com': ['169.254.169.254'], 'v6loop.example.com': ['::1'], localhost: ['127.0.0.1', '::1'] });

  test('returns the resolved public address', async () => {
    expect(await resolveOutbound('mail.example.com', { resolver, allowList: none })).toEqual({ address: '93.184.216.34', family: 4 });
  });

  test.each(['sneaky.example.com', 'internal.example.com', 'v6loop.example.com', 'localhost', '127.0.0.1', '[::1]', '169.254.169.254'])(
    'refuses %s, whose address is special, after resolution',
    async (host) => {
      const e = await resolveOutbound(host, { resolver, allowList: none }).catch((x) => x);
      expect(e).toBeInstanceOf(OutboundRefused);
      expect(e.reason).toBe('special-address');
    },
  );

  test('refuses localhost through the real system resolver too', async () => {
    const e = await resolveOutbound('localhost', { allowList: none }).catch((x) => x);
    expect(e).toMatchObject({ reason: 'special-address' });
  });

  test('says not-found for a name that does not resolve, and invalid for junk', async () => {
    await expect(resolveOutbound('nowhere.example.com', { resolver, allowList: none })).rejects.toMatchObject({ reason: 'not-found' });
    await expect(resolveOutbound('a b/c', { resolver, allowList: none })).rejects.toMatchObject({ reason: 'invalid' });
  });

  test('lets an allow-listed loopback name through', async () => {
    const allowList = parseAllowList('127.0.0.1,::1');
    expect((await resolveOutbound('localhost', { resolver, allowList })).address).toBe('127.0.0.1');
  });
});
