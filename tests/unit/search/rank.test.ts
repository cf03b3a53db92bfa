import { describe, expect, test } from 'vitest';
import { headMatch, isStrong, rank, type Head, type TermHits } from '@/search/rank';
import { bestSection } from '@/search/section';

const term = (t: string, hits: { id: string; score: number; words?: number[] }[], synonyms: string[] = []): TermHits => ({
  term: t,
  variants: [{ text: t, words: [t], weight: 1, hits }, ...synonyms.map((s) => ({ text: s, words: [s], weight: 0.7, hits: [] }))],
});
const head = (title: string, symptoms: string[]): Head => {
  const lines = [title, ...symptoms].map((l) => l.split(' '));
  return { title: lines[0]!, symptoms: lines.slice(1).flat(), lines };
};

describe('head match and strong pages', () => {
  test('a word in the title counts fully, in the symptoms less, through a synonym discounted, absent 0', () => {
    const h = head('fila chat feriado', ['chat abre no feriado', 'fila fora do horario']);
    expect(headMatch(term('fila', []), h)).toBe(1);
    expect(headMatch(term('horario', []), h)).toBeCloseTo(0.8);
    expect(headMatch(term('folga', [], ['feriado']), h)).toBeCloseTo(0.7);
    expect(headMatch(term('senha', []), h)).toBe(0);
  });

  test('the page whose head says the query ranks above one that repeats it in its body, and only it is strong', () => {
    const heads: Record<string, Head> = { about: head('licenca esgotada', ['acabaram as licencas']), mentions: head('importar usuarios', ['planilha csv']) };
    const ranked = rank(
      [
        term('licenca', [
          { id: 'mentions', score: 9 },
          { id: 'about', score: 4 },
        ]),
        term('esgotada', [
          { id: 'about', score: 2 },
          { id: 'mentions', score: 2 },
        ]),
      ],
      20,
      (id) => heads[id],
    );
    expect(ranked.map((r) => [r.id, r.strong])).toEqual([
      ['about', true],
      ['mentions', false],
    ]);
    expect(ranked[1]!.coverage).toBe(1);
    expect(ranked[1]!.head).toBe(0);
  });

  test('strong needs most of the words anywhere and some of them in the head', () => {
    expect(isStrong(1, 0.5)).toBe(true);
    expect(isStrong(2 / 3, 2 / 3)).toBe(true);
    expect(isStrong(1, 1 / 3)).toBe(false);
    expect(isStrong(0.5, 0.5)).toBe(false);
  });

  test('strong pages come first, whatever the scores', () => {
    const heads: Record<string, Head> = { a: head('grade horario', []), b: head('outra coisa', []) };
    const ranked = rank(
      [
        term('grade', [
          { id: 'b', score: 50 },
          { id: 'a', score: 1 },
        ]),
        term('horario', [{ id: 'b', score: 50 }]),
      ],
      3,
      (id) => heads[id],
    );
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('bestSection', () => {
  const anchors = [
    { element: 'h2', id: 'causas', text: 'Causas prováveis', location: 10 },
    { element: 'h3', id: 'passo-2', text: '2. Qtde máxima de chat', location: 50 },
    { element: 'div', id: 'widget', text: 'Verificação', location: 60 },
    { element: 'h2', id: 'quando-escalar', text: 'Quando escalar', location: 90 },
  ];
  test('is the heading whose section holds the most distinct query words, then the most matches', () => {
    expect(bestSection(anchors, [[12, 55], [56, 57], [13]])).toEqual({ id: 'passo-2', title: '2. Qtde máxima de chat' });
    expect(
      bestSection(anchors, [
        [12, 95],
        [13, 96, 97],
      ]),
    ).toEqual({ id: 'quando-escalar', title: 'Quando escalar' });
  });
  test('ignores anchors that are not h2/h3, and is undefined before the first heading or without matches', () => {
    expect(bestSection(anchors, [[61, 62]])).toEqual({ id: 'passo-2', title: '2. Qtde máxima de chat' });
    expect(bestSection(anchors, [[1, 2, 3]])).toBeUndefined();
    expect(bestSection(anchors, [])).toBeUndefined();
    expect(bestSection([], [[12]])).toBeUndefined();
  });
});
