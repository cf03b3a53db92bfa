import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { filesUnder } from '../helpers/route-files';

/**
 * Issue 19, "the browser side as clean as the server side": islands reach the server through Astro
 * Actions (one documented helper streams what stays REST), and every function of an island stays
 * within 100 lines.
 */
const components = filesUnder('src/components')
  .map((f) => f.split('\\').join('/'))
  .filter((f) => /\.(ts|tsx|astro)$/.test(f));
/** The one helper allowed to call REST directly: progress streams, the import's raw upload, downloads. */
const STREAM_HELPER = 'src/components/lib/stream.ts';

describe('islands', () => {
  test('there are islands to read', () => {
    expect(components.filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(30);
  });

  test('call the server through actions: no fetch( or EventSource outside the one stream helper', () => {
    const offenders = components.filter((f) => f !== STREAM_HELPER && /\bfetch\(|new EventSource\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    expect(readFileSync(STREAM_HELPER, 'utf8')).toMatch(/EventSource/);
  });

  test('build no query string of an API path by hand and never name the language in one', () => {
    const offenders = components.filter((f) => f !== STREAM_HELPER && /[`'"]\/api\/[^`'"]*\?(?!.*\.csv)|[?&]lang=\$\{lang\}/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('have no function longer than 100 lines', () => {
    const long: string[] = [];
    for (const f of components.filter((c) => /\.tsx?$/.test(c))) {
      const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true, f.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
      const visit = (n: ts.Node) => {
        if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) {
          const lines = sf.getLineAndCharacterOfPosition(n.getEnd()).line - sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
          if (lines > 100) long.push(`${f}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1} (${lines} lines)`);
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });
});

describe('the one way in', () => {
  test('the old fetch helpers are gone', () => {
    const require = createRequire(import.meta.url);
    for (const old of ['../../src/components/admin/request-json', '../../src/components/bulk/hooks/http']) expect(() => require.resolve(old)).toThrow();
  });
});
