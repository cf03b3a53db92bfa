import { describe, expect, test } from 'vitest';
import { fold, normalizeQuery, tokenize } from '@/search/normalize';
import { sameStem } from '@/search/same-stem';
import { correct, editDistance } from '@/search/typo';

describe('tokenize', () => {
  test('returns folded words, and the joined form of a hyphenated word', () => {
    expect(tokenize('Licença esgotada! Follow-up, 403')).toEqual(['licenca', 'esgotada', 'follow', 'up', 'followup', '403']);
  });
  test('returns nothing for punctuation only', () => {
    expect(tokenize(' --- ?! ')).toEqual([]);
  });
});

describe('normalizeQuery', () => {
  test('returns the query folded, single-spaced, without control characters, at most 200 characters', () => {
    expect(normalizeQuery('  Não   CHEGA\u0000 e-mail\t')).toBe('nao chega e-mail');
    expect(normalizeQuery('a'.repeat(300))).toHaveLength(200);
    expect(fold('Ação')).toBe('acao');
  });
});

describe('sameStem', () => {
  test('returns true for forms of one word', () => {
    for (const [a, b] of [
      ['chat', 'chats'],
      ['licenca', 'licencas'],
      ['migrar', 'migracao'],
      ['transferir', 'transferencia'],
      ['cadastro', 'cadastrar'],
    ]) {
      expect(sameStem(a!, b!), `${a} ~ ${b}`).toBe(true);
    }
  });
  test('returns false for different words that share a short prefix', () => {
    for (const [a, b] of [
      ['atendente', 'atendimento'],
      ['operador', 'operacao'],
      ['fila', 'filtro'],
      ['cai', 'caixa'],
    ]) {
      expect(sameStem(a!, b!), `${a} !~ ${b}`).toBe(false);
    }
  });
});

describe('editDistance', () => {
  test('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('impotar', 'importar', 2)).toBe(1);
    expect(editDistance('tranferir', 'transferir', 2)).toBe(1);
    expect(editDistance('relatorio', 'relatroio', 2)).toBe(1);
    expect(editDistance('licensa', 'licenca', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('correct', () => {
  const vocabulary = ['importar', 'importante', 'usuarios', 'pasta', 'licenca', 'followup'];
  test('returns the closest word that starts with the same letter, one edit up to six letters, two from seven', () => {
    expect(correct('impotar', vocabulary)).toBe('importar');
    expect(correct('lcenca', vocabulary)).toBe('licenca');
    expect(correct('folowup', vocabulary)).toBe('followup');
  });
  test('returns undefined for short words, words with digits, a different first letter or words too far away', () => {
    expect(correct('usar', vocabulary)).toBeUndefined();
    expect(correct('erro403', vocabulary)).toBeUndefined();
    expect(correct('gasta', vocabulary)).toBeUndefined();
    expect(correct('planilha', vocabulary)).toBeUndefined();
  });
});
