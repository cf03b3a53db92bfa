import { describe, expect, test } from 'vitest';
import { defineStrings, fillPlaceholders } from '@/i18n/define-strings';

const s = defineStrings({
  hello: { 'pt-BR': 'Olá, {name}! Você tem {n} fila(s).', en: 'Hello, {name}! You have {n} queue(s).' },
  plain: { 'pt-BR': 'Salvar', en: 'Save' },
});

describe('defineStrings', () => {
  test('returns the text of a key in the language asked, placeholders filled', () => {
    expect(s.t('pt-BR', 'hello', { name: 'Ana', n: 2 })).toBe('Olá, Ana! Você tem 2 fila(s).');
    expect(s.t('en', 'hello', { name: 'Ana', n: 2 })).toBe('Hello, Ana! You have 2 queue(s).');
    expect(s.t('en', 'plain')).toBe('Save');
  });
  test('returns both languages with l()', () => {
    expect(s.l('hello', { name: 'Bo', n: 0 })).toEqual({ 'pt-BR': 'Olá, Bo! Você tem 0 fila(s).', en: 'Hello, Bo! You have 0 queue(s).' });
  });
});

describe('stored()', () => {
  test('reads a stored value through the table when it is a key, and as stored otherwise', () => {
    expect(s.stored('plain')).toEqual({ 'pt-BR': 'Salvar', en: 'Save' });
    expect(s.stored('Time Ouvidoria')).toEqual({ 'pt-BR': 'Time Ouvidoria', en: 'Time Ouvidoria' });
    expect(s.stored('toString')).toEqual({ 'pt-BR': 'toString', en: 'toString' });
  });
});

describe('fillPlaceholders', () => {
  test('leaves an unknown placeholder as written', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
