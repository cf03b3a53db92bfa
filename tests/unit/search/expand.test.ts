import { describe, expect, test } from 'vitest';
import { keywordsFor, variantsOf } from '@/search/expand';
import type { SearchVocabulary } from '@/search/synonyms';
import { synonyms } from '@/search/synonyms';
import { matchingSymptom } from '@/search/matching-symptom';

const vocabulary: SearchVocabulary = {
  synonyms: [
    ['operador', 'agente', 'atendente'],
    ['chat', 'conversa'],
    ['e-mail', 'caixa de entrada'],
  ],
  colloquial: { cai: ['recebe', 'chega'] },
};

describe('variantsOf', () => {
  test('returns the other members of the groups a query word belongs to, forms included', () => {
    expect(variantsOf('operadores', 'pt-BR', vocabulary).map((v) => v.text)).toEqual(['agente', 'atendente']);
    expect(variantsOf('email', 'pt-BR', vocabulary)).toEqual([]);
    expect(variantsOf('e-mail', 'pt-BR', vocabulary).map((v) => v.text)).toEqual(['caixa de entrada']);
  });
  test('returns what a colloquial word means, one way only', () => {
    expect(variantsOf('cai', 'pt-BR', vocabulary).map((v) => v.text)).toEqual(['recebe', 'chega']);
    expect(variantsOf('recebe', 'pt-BR', vocabulary)).toEqual([]);
  });
});

describe('keywordsFor', () => {
  test('returns the synonyms of the words present and the colloquial words for the meanings present', () => {
    const k = keywordsFor('Operador disponível não recebe chats', 'pt-BR', vocabulary);
    expect(k.sort()).toEqual(['agente', 'atendente', 'cai', 'conversa']);
  });
  test('returns nothing for a text without any member', () => {
    expect(keywordsFor('Grade de horário', 'pt-BR', vocabulary)).toEqual([]);
  });
});

describe('synonyms', () => {
  test('holds, in each language, groups of at least two members and colloquial words with meanings', () => {
    for (const lang of ['pt-BR', 'en'] as const) {
      expect(synonyms[lang].synonyms.length).toBeGreaterThan(10);
      for (const g of synonyms[lang].synonyms) expect(g.length, g.join(', ')).toBeGreaterThanOrEqual(2);
      for (const [k, v] of Object.entries(synonyms[lang].colloquial)) expect(v.length, k).toBeGreaterThan(0);
    }
  });
});

describe('matchingSymptom', () => {
  test('returns the symptom sharing most words with the query, synonyms counted', () => {
    const symptoms = 'operador disponível não recebe chats | clientes esperando na fila | chat abandonado';
    expect(matchingSymptom('agente logado mas nao cai conversa', symptoms, 'pt-BR')).toBe('operador disponível não recebe chats');
    expect(matchingSymptom('grade de horario', symptoms, 'pt-BR')).toBeUndefined();
  });
});
