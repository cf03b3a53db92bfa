import { afterEach, describe, expect, test } from 'vitest';
import { clientOf, normalizeAddress, publicOrigin, resolveClient, secureCookies } from '@/server/client';
import { parseAllowList } from '@/security/address-policy';
import { readEnv } from '@/env';

const trust = (spec: string) => parseAllowList(spec, 'TRUST_PROXY');
const h = (init: Record<string, string>) => new Headers(init);
const http = { https: false };

describe('the real client of a request (TRUST_PROXY)', () => {
  test('without trusted proxies, forwarded headers are ignored: the peer is the client', () => {
    expect(resolveClient('10.0.0.5', h({ 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' }), http, trust(''))).toEqual({
      address: '10.0.0.5',
      https: false,
    });
  });

  test('a peer that is not a trusted proxy cannot forge its address or HTTPS', () => {
    const list = trust('10.0.0.1');
    expect(resolveClient('10.0.0.9', h({ 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' }), http, list)).toEqual({
      address: '10.0.0.9',
      https: false,
    });
  });

  test('from a trusted proxy: the right-most untrusted address, and the proto it set', () => {
    const list = trust('10.0.0.0/24');
    // The client sent a forged first hop; nginx appended the address it saw (198.51.100.4).
    expect(resolveClient('10.0.0.1', h({ 'x-forwarded-for': '203.0.113.7, 198.51.100.4', 'x-forwarded-proto': 'https' }), http, list)).toEqual({
      address: '198.51.100.4',
      https: true,
    });
    // Two trusted proxies in a row are skipped.
    expect(resolveClient('10.0.0.1', h({ 'x-forwarded-for': '198.51.100.4, 10.0.0.2' }), http, list)).toEqual({ address: '198.51.100.4', https: false });
    // Everything trusted: the left-most is the client.
    expect(resolveClient('10.0.0.1', h({ 'x-forwarded-for': '10.0.0.7, 10.0.0.2' }), http, list).address).toBe('10.0.0.7');
    // No header: the proxy itself.
    expect(resolveClient('10.0.0.1', h({}), http, list)).toEqual({ address: '10.0.0.1', https: false });
  });

  test('a hop that is not an address ends the walk at the last trusted one; ports, brackets and IPv4-mapped forms are normalized', () => {
    const list = trust('127.0.0.1,::1');
    expect(resolveClient('127.0.0.1', h({ 'x-forwarded-for': '203.0.113.7, <script>' }), http, list).address).toBe('127.0.0.1');
    expect(resolveClient('::ffff:127.0.0.1', h({ 'x-forwarded-for': '203.0.113.7:5555' }), http, list).address).toBe('203.0.113.7');
    expect(resolveClient('::1', h({ 'x-forwarded-for': '[2001:db8::1]:443' }), http, list).address).toBe('2001:db8::1');
    expect(normalizeAddress('0x7f.1')).toBeUndefined();
    expect(normalizeAddress('::ffff:10.1.2.3')).toBe('10.1.2.3');
  });

  test('X-Forwarded-Proto: the value the nearest proxy put last', () => {
    const list = trust('127.0.0.1');
    expect(resolveClient('127.0.0.1', h({ 'x-forwarded-proto': 'http, https' }), http, list).https).toBe(true);
    expect(resolveClient('127.0.0.1', h({ 'x-forwarded-proto': 'https, http' }), { https: true }, list).https).toBe(false);
  });

  test('TRUST_PROXY is validated at start-up, naming the entry to fix', () => {
    expect(readEnv({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8,::1' }).TRUST_PROXY).toBe('127.0.0.1,10.0.0.0/8,::1');
    expect(() => readEnv({ TRUST_PROXY: 'proxy.internal' })).toThrow(/TRUST_PROXY: "proxy.internal" is not an IP address/);
    expect(() => readEnv({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY: "10.0.0.0\/40" has an invalid prefix length/);
  });
});

describe('per request (process.env.TRUST_PROXY)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.TRUST_PROXY = saved.TRUST_PROXY;
    process.env.COOKIE_SECURE = saved.COOKIE_SECURE;
    if (saved.TRUST_PROXY === undefined) delete process.env.TRUST_PROXY;
    if (saved.COOKIE_SECURE === undefined) delete process.env.COOKIE_SECURE;
  });
  const ctx = (peer: string, headers: Record<string, string>, url = 'http://runbook.example:8080/api/me') => ({
    request: new Request(url, { headers }),
    clientAddress: peer,
    url: new URL(url),
  });

  test('without TRUST_PROXY set at all, the peer is the client', () => {
    delete process.env.TRUST_PROXY;
    expect(clientOf(ctx('192.0.2.1', { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' }))).toEqual({ address: '192.0.2.1', https: false });
  });

  test('Secure cookies and the public origin follow HTTPS at a trusted proxy', () => {
    process.env.TRUST_PROXY = '127.0.0.1';
    const viaProxy = ctx('127.0.0.1', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.4' });
    expect(clientOf(viaProxy)).toEqual({ address: '198.51.100.4', https: true });
    expect(secureCookies(viaProxy)).toBe(true);
    expect(publicOrigin(viaProxy)).toBe('https://runbook.example:8080');
    const forged = ctx('192.0.2.1', { 'x-forwarded-proto': 'https' });
    expect(secureCookies(forged)).toBe(false);
    expect(publicOrigin(forged)).toBe('http://runbook.example:8080');
    process.env.COOKIE_SECURE = '1';
    expect(secureCookies(ctx('192.0.2.1', {}))).toBe(true);
  });
});
