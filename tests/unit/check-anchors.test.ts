import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder } from '../helpers/route-files';

/**
 * Every article section a live check's finding links ("Como corrigir →", alerts, escalations) must
 * exist in both languages: the anchors the checks name (`anchor.*` keys of src/i18n/check-*.ts) are
 * the slugs of headings of the articles, as Starlight writes them (github-slugger: lower case,
 * punctuation dropped, spaces as hyphens). Rewording a heading without its anchor fails here.
 */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

const headingsOf = (lang: 'pt-BR' | 'en') =>
  new Set(
    filesUnder('src/content/docs')
      .filter((f) => f.endsWith('.mdx') && f.includes(`${join('docs', 'en')}`) === (lang === 'en'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((l) => /^#{2,4} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ''))),
  );

const anchors = readdirSync('src/i18n')
  .filter((f) => f.startsWith('check-'))
  .flatMap((f) =>
    [...readFileSync(join('src/i18n', f), 'utf8').matchAll(/'(anchor\.[\w.]+)': \{ 'pt-BR': '([^']+)', en: '([^']+)' \}/g)].map((m) => ({
      where: `${f} ${m[1]}`,
      pt: m[2]!,
      en: m[3]!,
    })),
  );

describe('check anchors', () => {
  test('slug() writes headings as Starlight does', () => {
    expect(slug("3. Check the rule's parameters")).toBe('3-check-the-rules-parameters');
    expect(slug('1. Vigência da pesquisa')).toBe('1-vigência-da-pesquisa');
  });

  test('the check tables name anchors', () => {
    expect(anchors.length).toBeGreaterThanOrEqual(9);
  });

  test.each(anchors)('$where exists in an article in both languages', ({ pt, en }) => {
    expect(headingsOf('pt-BR').has(pt), `pt-BR #${pt}`).toBe(true);
    expect(headingsOf('en').has(en), `en #${en}`).toBe(true);
  });
});
