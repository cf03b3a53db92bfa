import { describe, expect, test } from 'vitest';
import { buildVocabulary } from '@/search/build-vocabulary';
import { indexedText } from '@/search/indexed-text';
import { RecordingBudget } from '@/search/insights/rate-limit';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><nav>Menu lateral</nav><main data-pagefind-body><h1>Licenças &amp; acessos</h1>${body}</main><footer>Rodapé</footer></body></html>`;

describe('indexedText', () => {
  test('returns the language and the indexed body without ignored parts, scripts or chrome, plus inline metadata', () => {
    const html = page(
      'pt-BR',
      `<p>Limite <b>atingido</b><br>hoje</p><div data-pagefind-ignore><span>Seção intitulada</span></div><script>var x = "codigo";</script><span hidden data-pagefind-meta="keywords:esgotada acabou"></span><img src="a.png" alt="x">fim`,
    );
    const r = indexedText(html)!;
    expect(r.lang).toBe('pt-BR');
    for (const w of ['Licenças & acessos', 'Limite', 'atingido', 'hoje', 'esgotada acabou', 'fim']) expect(r.text).toContain(w);
    for (const w of ['Menu', 'Rodapé', 'intitulada', 'codigo']) expect(r.text).not.toContain(w);
  });
  test('returns undefined for a page outside the index', () => {
    expect(indexedText('<html lang="en"><body><main>404</main></body></html>')).toBeUndefined();
  });
});

describe('buildVocabulary', () => {
  test("returns each language's folded words, most frequent first", () => {
    const v = buildVocabulary([page('pt-BR', '<p>licença licença fila</p>'), page('en', '<p>queue queue queue license</p>')]);
    expect(v.get('pt-BR')![0]).toBe('licenca');
    expect(v.get('pt-BR')).toEqual(expect.arrayContaining(['licencas', 'acessos', 'fila']));
    expect(v.get('en')![0]).toBe('queue');
    expect(v.get('en')).not.toContain('fila');
  });
});

describe('RecordingBudget', () => {
  test('refuses an address past its budget until its window ends', () => {
    const b = new RecordingBudget(2, 1000, 10);
    expect([b.take('a', 0), b.take('a', 1), b.take('a', 2), b.take('b', 3)]).toEqual([true, true, false, true]);
    expect(b.take('a', 999)).toBe(false);
    expect(b.take('a', 1000)).toBe(true);
  });
  test('forgets the oldest address when it tracks as many as it may', () => {
    const b = new RecordingBudget(1, 1000, 2);
    expect([b.take('a', 0), b.take('b', 0), b.take('a', 1)]).toEqual([true, true, false]);
    expect(b.take('c', 2)).toBe(true);
    expect(b.take('a', 3)).toBe(true);
  });
});
