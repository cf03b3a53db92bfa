import { describe, expect, test } from 'vitest';
import { MAX_JSON_DEPTH, tooDeep } from '@/server/json-depth';

describe('tooDeep', () => {
  test('counts arrays and objects nested in one another, up to the limit', () => {
    expect(tooDeep('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(tooDeep('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(tooDeep('{"a":'.repeat(MAX_JSON_DEPTH + 1) + '1' + '}'.repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    // Siblings do not add up.
    expect(tooDeep(`[${'[[]],'.repeat(10_000)}[]]`)).toBe(false);
  });

  test('ignores brackets inside strings, escaped quotes included', () => {
    expect(tooDeep(JSON.stringify({ note: '['.repeat(1000), q: 'a\\"[[[[', r: '\\\\' }))).toBe(false);
    expect(tooDeep(`["\\"${'['.repeat(100)}"]`)).toBe(false);
  });

  test('scans a million brackets without recursion (no stack overflow)', () => {
    expect(tooDeep('['.repeat(1_000_000))).toBe(true);
    expect(tooDeep('"' + '['.repeat(1_000_000))).toBe(false);
  });
});
