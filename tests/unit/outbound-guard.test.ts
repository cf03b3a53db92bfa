import { describe, expect, test } from 'vitest';
import { isAllowedAddress, OutboundRefused, parseAllowList, resolveOutbound, type Resolver } from '@/security/outbound-guard';

const none = parseAllowList('');
/** A resolver that answers from a table, as DNS would (no network in tests). */
const stub =
  (table: Record<string, string[]>): Resolver =>
  async (host) => {
    const a = table[host];
    if (!a) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return a.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

describe('isAllowedAddress', () => {
  test.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '100.100.100.200',
    '169.254.169.254',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.10',
    '198.18.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    'ff02::1',
    '2001:db8::1',
  ])('refuses %s', (ip) => {
    expect(isAllowedAddress(ip, none)).toBe(false);
  });

  test.each([
    // IPv4 inside IPv6: compatible, mapped (hex too), translated, NAT64, 6to4
    '::127.0.0.1',
    '::7f00:1',
    '::ffff:0:7f00:1',
    '::ffff:7f00:1',
    '::ffff:0:127.0.0.1',
    '::ffff:0:a9fe:a9fe',
    '::10.0.0.1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b::10.1.1.1',
    '64:ff9b:1::7f00:1',
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
    '2002:c0a8:101::1',
    // Teredo, benchmarking, ORCHID, discard, site-local, documentation, segment routing
    '2001::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2',
    '2001:2::1',
    '2001:20::1',
    '100::1',
    'fec0::1',
    '3fff::1',
    '5f00::1',
    // not addresses at all, or legacy IPv4 spellings that some parsers read as loopback
    'localhost',
    '',
    '0x7f.1',
    '2130706433',
    '127.1',
    '017700000001',
    '1.2.3',
    '::1%lo',
  ])('refuses %s, a special address in another spelling', (ip) => {
    expect(isAllowedAddress(ip, none)).toBe(false);
  });

  test.each(['::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1'])('accepts %s, which carries a public IPv4 address', (ip) => {
    expect(isAllowedAddress(ip, none)).toBe(true);
  });

  test('matches the allow-list on the IPv4 address an IPv6 form carries', () => {
    const allow = parseAllowList('127.0.0.1');
    expect(isAllowedAddress('::ffff:127.0.0.1', allow)).toBe(true);
    expect(isAllowedAddress('::ffff:127.0.0.2', allow)).toBe(false);
    expect(isAllowedAddress('::1', parseAllowList('::1'))).toBe(true);
    expect(isAllowedAddress('fd00::5', parseAllowList('fd00::/8'))).toBe(true);
    expect(isAllowedAddress('fe80::5', parseAllowList('fd00::/8'))).toBe(false);
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
    expect(() => parseAllowList('10.0.0.0/8x')).toThrow(/prefix length/);
    expect(() => parseAllowList('0x7f.1')).toThrow(/"0x7f.1"/);
    expect(() => parseAllowList('::1/200')).toThrow(/prefix length/);
  });
});

describe('resolveOutbound', () => {
  const resolver = stub({
    'mail.example.com': ['93.184.216.34'],
    'sneaky.example.com': ['93.184.216.34', '127.0.0.1'],
    'internal.example.com': ['169.254.169.254'],
    'v6loop.example.com': ['::1'],
    'mapped.example.com': ['::ffff:0:7f00:1'],
    localhost: ['127.0.0.1', '::1'],
  });

  test('returns the resolved public address', async () => {
    expect(await resolveOutbound('mail.example.com', { resolver, allowList: none })).toEqual({ address: '93.184.216.34', family: 4 });
  });

  test.each([
    'sneaky.example.com',
    'internal.example.com',
    'v6loop.example.com',
    'mapped.example.com',
    'localhost',
    '127.0.0.1',
    '[::1]',
    '169.254.169.254',
    '[::127.0.0.1]',
    '[::ffff:0:7f00:1]',
  ])('refuses %s, whose address is special, after resolution', async (host) => {
    const e = await resolveOutbound(host, { resolver, allowList: none }).catch((x) => x);
    expect(e).toBeInstanceOf(OutboundRefused);
    expect(e.reason).toBe('special-address');
  });

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
