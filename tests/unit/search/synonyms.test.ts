import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distinctions } from '@/search/distinctions';
import { fold, tokenize } from '@/search/normalize';
import { sameStem } from '@/search/same-stem';
import { synonyms } from '@/search/synonyms';

/**
 * The synonyms file against the articles: no synonym group (nor a colloquial entry, one way) joins
 * two terms an article distinguishes. "Distinguishes" is the curated list src/search/distinctions.ts,
 * each entry checked here to still be drawn by its article.
 */
const articleText = (lang: string, article: string) =>
  fold(readFileSync(`src/content/docs/${lang === 'en' ? 'en/' : ''}${article}.mdx`, 'utf8'))
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ');

/** True when the member (a word or phrase of the synonyms file) is a way to write `form`. */
const names = (member: string, form: string) => {
  const a = tokenize(member);
  const b = tokenize(form);
  return a.length === b.length && a.every((w, i) => sameStem(w, b[i]!));
};

describe('distinctions', () => {
  test.each(distinctions.map((d) => [`${d.lang} ${d.article}: ${d.sides[0][0]} / ${d.sides[1][0]}`, d] as const))(
    '%s is still drawn by its article',
    (_, d) => {
      const text = articleText(d.lang, d.article);
      expect(
        d.evidence.some((e) => text.includes(e)),
        `none of ${JSON.stringify(d.evidence)} in ${d.article}`,
      ).toBe(true);
    },
  );

  test('no synonym group joins two sides of a distinction', () => {
    const joined: string[] = [];
    for (const d of distinctions) {
      for (const group of synonyms[d.lang].synonyms) {
        const a = group.filter((m) => d.sides[0].some((f) => names(m, f)));
        const b = group.filter((m) => d.sides[1].some((f) => names(m, f)));
        if (a.length && b.length) joined.push(`${d.lang}: [${group.join(', ')}] joins ${a.join('/')} and ${b.join('/')} (${d.article})`);
      }
      for (const [typed, meant] of Object.entries(synonyms[d.lang].colloquial)) {
        for (const [from, to] of [d.sides, [d.sides[1], d.sides[0]]] as const) {
          if (from.some((f) => names(typed, f)) && meant.some((m) => to.some((f) => names(m, f))))
            joined.push(`${d.lang}: colloquial ${typed} → ${meant.join(', ')} (${d.article})`);
        }
      }
    }
    expect(joined).toEqual([]);
  });

  test('the rule catches the groups issue 23 named', () => {
    const offending = {
      'pt-BR': [
        ['disponível', 'livre', 'logado', 'online'],
        ['encerrar', 'tabular'],
      ],
      en: [
        ['available', 'online'],
        ['close', 'tabulate'],
      ],
    } as const;
    for (const lang of ['pt-BR', 'en'] as const) {
      for (const group of offending[lang]) {
        const hit = distinctions.some(
          (d) => d.lang === lang && group.some((m) => d.sides[0].some((f) => names(m, f))) && group.some((m) => d.sides[1].some((f) => names(m, f))),
        );
        expect(hit, `${lang} [${group.join(', ')}]`).toBe(true);
      }
    }
  });
});
