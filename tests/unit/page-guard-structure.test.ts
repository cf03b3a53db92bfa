import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../helpers/route-files';
import { openPages, pageFiles } from '../helpers/page-files';

/**
 * Issue 19, "one gate": every restricted page runs the one page guard first, and the language,
 * localized links and times each have one way: `Astro.locals.lang`, `localePath`/`signInHref`,
 * `formatMoment`/`formatDay`.
 */
describe('pages', () => {
  const restricted = pageFiles().filter((f) => !openPages.includes(f));

  test('there are restricted pages in both languages', () => {
    expect(restricted.length).toBeGreaterThanOrEqual(26);
    expect(restricted.filter((f) => f.startsWith('src/pages/en/')).length * 2).toBe(restricted.length);
  });

  test.each(restricted)('%s runs guardPage before anything else and returns its redirect', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/const access = guardPage\(Astro, [^)]+\);\nif \(access instanceof Response\) return access;/);
    expect(source, 'the language comes from Astro.locals.lang').not.toMatch(/lang="(pt-BR|en)"|const lang(: [^=]+)? = '(pt-BR|en)'/);
  });
});

const sources = filesUnder('src')
  .filter((f) => /\.(ts|tsx|astro)$/.test(f))
  .map((f) => f.split('\\').join('/'));

describe('one way to write a localized link, a sign-in link and a moment', () => {
  test('no hand-built /en prefix or sign-in address outside src/i18n/locale-path.ts', () => {
    const offenders = sources
      .filter((f) => f !== 'src/i18n/locale-path.ts')
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => /lang === 'en' \? '\/en|'\/en' : ''|'\/en\/login\/'|`\/en\/login/.test(line))
          .map(([, i]) => `${f}:${i + 1}`),
      );
    expect(offenders).toEqual([]);
  });

  test('no Intl.DateTimeFormat or toLocale*String of a date outside src/i18n/format-moment.ts', () => {
    const offenders = sources
      .filter((f) => f !== 'src/i18n/format-moment.ts')
      .filter((f) => /new Intl\.DateTimeFormat\(|\.toLocale(Date|Time)String\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
