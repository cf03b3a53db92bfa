import { describe, expect, test } from 'vitest';
import { safeNext } from '@/auth/safe-next';

const origin = 'https://runbook.example.com';

describe('safeNext', () => {
  test.each([
    ['/health/', '/health/'],
    ['/en/bulk/migrate/?service=2', '/en/bulk/migrate/?service=2'],
    ['/suporte/licencas/#verificar', '/suporte/licencas/#verificar'],
    ['/a/../b/', '/b/'],
    ['/busca/?q=a%2Fb', '/busca/?q=a%2Fb'],
  ])('returns the same-origin path for %s', (raw, want) => {
    expect(safeNext(raw, origin)).toBe(want);
  });

  test.each([
    '/\\evil.example',
    '\\\\evil.example',
    '//evil.example',
    '///evil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    'https://evil.example/',
    'http:evil.example',
    'javascript:alert(1)',
    'data:text/html,x',
    'evil.example',
    '/\tevil',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%09/evil.example',
    '/\u0000',
    '/\u0085/x',
    '',
    '/' + 'a'.repeat(3000),
  ])('refuses %j', (raw) => {
    expect(safeNext(raw, origin)).toBeUndefined();
  });

  test('refuses null, undefined and a bad origin', () => {
    expect(safeNext(null, origin)).toBeUndefined();
    expect(safeNext(undefined, origin)).toBeUndefined();
    expect(safeNext('/x/', 'not a url')).toBeUndefined();
  });
});
