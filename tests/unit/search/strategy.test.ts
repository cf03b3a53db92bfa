import { describe, expect, test } from 'vitest';
import { rank } from '@/search/rank';
import { searchBoth } from '@/search/search-both';
import { searchLanguage, type Engine } from '@/search/strategy';
import type { Lang } from '@/i18n/ui';

/**
 * A fake index: each page is a bag of words; a search finds the pages holding every word of the
 * text (Pagefind's AND) and scores them by occurrences, titles counting five times.
 */
function fakeEngine(lang: Lang, pages: Record<string, { title: string; body: string }>): Engine & { searches: string[] } {
  const words = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const vocabulary = [...new Set(Object.values(pages).flatMap((p) => words(`${p.title} ${p.body}`)))];
  const searches: string[] = [];
  return {
    lang,
    pageCount: Object.keys(pages).length,
    vocabulary,
    known: new Set(vocabulary),
    searches,
    async search(text) {
      searches.push(text);
      const known = words(text).filter((w) => vocabulary.includes(w));
      if (!known.length) return [];
      return Object.entries(pages)
        .map(([id, p]) => {
          const t = words(p.title);
          const b = words(p.body);
          const counts = known.map((w) => t.filter((x) => x === w).length * 5 + b.filter((x) => x === w).length);
          return { id, score: counts.every((c) => c > 0) ? counts.reduce((a, c) => a + c, 0) : 0 };
        })
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score);
    },
  };
}

const pt = fakeEngine('pt-BR', {
  licencas: { title: 'Não há licenças disponíveis', body: 'o limite de licencas foi atingido ao criar usuario' },
  chats: { title: 'Operador não recebe chats', body: 'o operador disponivel nao recebe chat da fila' },
  importar: { title: 'Importar usuarios', body: 'importar usuarios por planilha csv' },
  fila: { title: 'Fila de chat fora do horario', body: 'a fila abre fora do horario e no feriado' },
  grade: { title: 'Grade de horario', body: 'grade de horario e feriado da fila' },
  glossario: { title: 'Glossario', body: 'termos chat fila usuario licenca' },
  encerrar: { title: 'Encerrar a fila em massa', body: 'finalizar os atendimentos da fila de um servico' },
});
const en = fakeEngine('en', {
  licenses: { title: 'No licenses available', body: 'the license limit was reached when creating a user' },
  attach: { title: 'Chat attachments', body: 'the customer cannot send a file in chat' },
});

describe('searchLanguage', () => {
  test('returns pages of the whole query when it finds a handful, ranked by the query words', async () => {
    const o = await searchLanguage('fila', pt, en.known);
    expect(o.relaxed).toBe(false);
    expect(o.pages.length).toBeGreaterThanOrEqual(5);
    expect(o.pages[0]!.id).toBe('fila');
  });
  test('relaxes a query whose words no page holds together, so that it is never empty', async () => {
    const o = await searchLanguage('operador logado mas nao cai chat pra ele', pt, en.known);
    expect(o.relaxed).toBe(true);
    expect(o.pages[0]!.id).toBe('chats');
    expect(o.terms).not.toContain('pra');
  });
  test('corrects a word the index does not know to the closest indexed word', async () => {
    const o = await searchLanguage('impotar usuarios', pt, en.known);
    expect(o.corrected).toBe('importar usuarios');
    expect(o.pages[0]!.id).toBe('importar');
  });
  test('leaves a word of the other language as typed', async () => {
    const o = await searchLanguage('license', pt, en.known);
    expect(o.corrected).toBeUndefined();
  });
  test('returns no pages for a query no page matches at all', async () => {
    const o = await searchLanguage('xyzzy plugh', pt, en.known);
    expect(o.pages).toEqual([]);
  });
});

describe('searchBoth', () => {
  test('returns the other language first for a query in that language', async () => {
    const o = await searchBoth('customer cannot send a file in chat', pt, en);
    expect(o.foreign?.lang).toBe('en');
    expect(o.foreign?.pages[0]!.id).toBe('attach');
  });
  test('returns the page language only when it matches well', async () => {
    const o = await searchBoth('licencas esgotadas limite', pt, en);
    expect(o.foreign).toBeUndefined();
    expect(o.primary.pages[0]!.id).toBe('licencas');
  });
});

describe('rank', () => {
  test('ranks a page holding the rare word strongly above pages holding only a common one', () => {
    const ranked = rank(
      [
        { term: 'licenca', variants: [{ text: 'licenca', words: ['licenca'], weight: 1, hits: [{ id: 'a', score: 10 }] }] },
        {
          term: 'usuario',
          variants: [
            {
              text: 'usuario',
              words: ['usuario'],
              weight: 1,
              hits: [
                { id: 'a', score: 1 },
                { id: 'b', score: 3 },
                { id: 'c', score: 3 },
              ],
            },
          ],
        },
      ],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(ranked[0]!.coverage).toBe(1);
    expect(ranked[1]!.coverage).toBe(0.5);
  });
});
