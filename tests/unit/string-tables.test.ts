import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Strings } from '@/i18n/define-strings';
import type { Localized } from '@/i18n/localized';

/**
 * Issue 13, "one i18n API": every module of src/i18n declares its tables with defineStrings, every
 * key has non-empty text in both languages naming the same placeholders, and no module exports a
 * lookup helper of its own beside them.
 */
const dir = join(import.meta.dirname, '../../src/i18n');
const modules = readdirSync(dir).filter(
  (f) => f.endsWith('.ts') && !['define-strings.ts', 'localized.ts', 'request-lang.ts', 'locale-path.ts', 'format-moment.ts'].includes(f),
);
/** The names a text's placeholders read, each once: `{n}` and plural choices `{n#one|other}`. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[#}]/g)].map((m) => m[1]))].sort();

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

/**
 * Issue 19, "all text in string tables": outside src/i18n no source writes a text in both
 * languages itself. Three shapes are looked for, line by line (comments skipped):
 * - a `'pt-BR':` object key (a `Localized` written by hand instead of `table.l(key)`, `perLang`, `sameInBoth`);
 * - a text ternary on the language (`lang === 'en' ? 'text' : 'texto'`, backticks too; a ternary
 *   that picks a language code, `? 'en' : 'pt-BR'`, is not text);
 * - an input message written as a pair (`inputMessage('pt…', 'en…')` instead of `inputMessage(table.l(key))`).
 */
const root = join(import.meta.dirname, '../..');
const srcDir = join(root, 'src');
const scanned = /\.(ts|tsx|astro|js|mjs)$/;
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : scanned.test(e.name) ? [join(dir, e.name)] : [],
  );

const shapes: Record<string, RegExp> = {
  'pt-BR key': /['"]pt-BR['"]:/,
  'text ternary':
    /(?:[\w.]*lang\w*\s*[!=]==?\s*['"](?:en|pt-BR)['"]|['"](?:en|pt-BR)['"]\s*[!=]==?\s*[\w.]*lang\w*)\s*\)?\s*\?\s*(?!['"](?:en|pt-BR)['"]\s*:)['"`]/i,
  'inputMessage pair': /\binputMessage\(\s*['"`]/,
};

/**
 * What may still match, and why. `file` is a path under the repository root, or a folder ending in
 * `/`; `line`, when given, limits the exception to lines containing it.
 */
const exceptions: { file: string; line?: string; why: string }[] = [
  // Data, not UI text.
  { file: 'src/search/synonyms.ts', why: 'per-language word data for the search index (synonyms), not text shown as such' },
  { file: 'src/search/stop-words.ts', why: 'per-language word data for the search index (stop words), not text shown as such' },
  {
    file: 'src/integrations/troubleshooting-guard.ts',
    why: 'the headings each troubleshooting article must have, per language: a build rule over content, not UI text',
  },
  { file: 'src/lib/csv-writer.ts', line: 'delimiterFor', why: 'picks the CSV delimiter (`;` / `,`) per language, not text' },
];

const excepted = (file: string, line: string) =>
  exceptions.some((x) => (x.file.endsWith('/') ? file.startsWith(x.file) : file === x.file) && (x.line === undefined || line.includes(x.line)));

/** Every line of `files` that writes text in one of the shapes above, as `path:line: shape: code`. */
function textOutsideTables(files: { path: string; source: string }[]): string[] {
  const found: string[] = [];
  for (const { path, source } of files) {
    source.split('\n').forEach((line, i) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      for (const [shape, re] of Object.entries(shapes)) if (re.test(line) && !excepted(path, line)) found.push(`${path}:${i + 1}: ${shape}: ${code}`);
    });
  }
  return found;
}

describe('no text outside the string tables', () => {
  const files = sourceFiles(srcDir)
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !f.startsWith('src/i18n/'))
    .map((path) => ({ path, source: readFileSync(join(root, path), 'utf8') }));

  test('there are sources to scan', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  test('no `pt-BR` key, text ternary on the language or input message pair outside src/i18n (beyond the listed exceptions)', () => {
    expect(textOutsideTables(files)).toEqual([]);
  });

  test('every exception still names a file that exists and still needs it', () => {
    for (const x of exceptions) {
      const covered = files.filter((f) => (x.file.endsWith('/') ? f.path.startsWith(x.file) : f.path === x.file));
      expect(covered.length, `${x.file} (${x.why}) names no source`).toBeGreaterThan(0);
    }
  });

  test('the scan finds each shape in a file that is not excepted', () => {
    const planted = [
      { path: 'src/checks/x.ts', source: "const t = { 'pt-BR': 'Fila', en: 'Queue' };" },
      { path: 'src/pages/api/x.ts', source: "const f = lang === 'en' ? 'failures' : 'falhas';" },
      { path: 'src/reports/x.ts', source: 'const f = `${lang === `pt-BR` ? `relatorio` : `report`}`;'.replace(/`pt-BR`/, "'pt-BR'") },
      { path: 'src/server/x.ts', source: "z.string({ error: inputMessage('Informe.', 'Give.') })" },
      { path: 'src/bulk/x.ts', source: "const d = lang === 'pt-BR' ? `${n} itens` : `${n} items`;" },
    ];
    expect(textOutsideTables(planted)).toHaveLength(5);
    // Not text: a language code picked by a ternary, a table lookup, an excepted file, a comment.
    const clean = [
      { path: 'src/search/client/x.ts', source: "const other = lang === 'en' ? 'pt-BR' : 'en';" },
      { path: 'src/checks/x.ts', source: "message: text.l('summary', { name })" },
      { path: 'src/checks/y.ts', source: " * `inputMessage('pt…', 'en…')` was the pair form" },
    ];
    expect(textOutsideTables(clean)).toEqual([]);
  });
});
