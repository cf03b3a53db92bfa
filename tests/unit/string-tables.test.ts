import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Strings } from '../../src/i18n/define-strings';
import type { Localized } from '../../src/i18n/localized';

/**
 * Issue 13, "one i18n API": every module of src/i18n declares its tables with defineStrings, every
 * key has non-empty text in both languages naming the same placeholders, and no module exports a
 * lookup helper of its own beside them.
 */
const dir = join(import.meta.dirname, '../../src/i18n');
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !['define-strings.ts', 'localized.ts', 'request-lang.ts', 'locale-path.ts', 'format-moment.ts'].includes(f));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const isStrings = (v: unknown): v is Strings<Record<string, Localized>> =>
  typeof v === 'object' && v !== null && 'table' in v && typeof (v as { t?: unknown }).t === 'function' && typeof (v as { l?: unknown }).l === 'function';

describe('string tables', () => {
  test('there are modules to read', () => {
    expect(modules.length).toBeGreaterThanOrEqual(15);
  });

  test.each(modules)('%s: every table is declared with defineStrings, with both languages and the same placeholders', async (file) => {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    const tables = Object.entries(mod).filter(([, v]) => isStrings(v));
    expect(tables.length, `${file} declares no table with defineStrings`).toBeGreaterThan(0);
    for (const [name, strings] of tables) {
      for (const [key, text] of Object.entries((strings as Strings<Record<string, Localized>>).table)) {
        expect(text['pt-BR']?.trim(), `${name}.${key} lacks pt-BR`).toBeTruthy();
        expect(text.en?.trim(), `${name}.${key} lacks en`).toBeTruthy();
        expect(placeholders(text['pt-BR']), `${name}.${key}: the languages name different placeholders`).toEqual(placeholders(text.en));
      }
    }
  });

  test.each(modules)('%s: exports no lookup helper of its own', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    // A lookup helper is an exported function taking a key (and a language) into a table.
    const helpers = [...source.matchAll(/export (?:const (\w+) = \(|function (\w+)\()[^)]*\bkey\b/g)].map((m) => m[1] ?? m[2]);
    expect(helpers).toEqual([]);
    // Nor an alias of a table's lookup (`export const x = someStrings.t`).
    expect(source).not.toMatch(/export const \w+ = \w+\.(t|l);/);
  });
});
