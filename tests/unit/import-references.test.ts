import { describe, expect, test } from 'vitest';
import { candidatesText, foldName, References } from '@/bulk/user-import/references';

const services = () =>
  new References([
    { id: 2, name: 'Suporte Técnico', aliases: [] },
    { id: 3, name: 'Financeiro', aliases: [] },
    { id: 7, name: 'Suporte tecnico', aliases: [] },
    { id: 9, name: '2024', aliases: [] },
  ]);

describe('import references: a service or profile by id or by name', () => {
  test('folds accents, case and runs of spaces', () => {
    expect(foldName('  SUPORTE   Técnico ')).toBe('suporte tecnico');
    expect(foldName('Usuário')).toBe('usuario');
  });

  test('reads an id first, then the exact name; an ambiguous name gives its candidates in id order', () => {
    const r = services();
    expect(r.resolve('3')).toEqual({ id: 3, name: 'Financeiro', byName: false });
    expect(r.resolve('financeiro')).toEqual({ id: 3, name: 'Financeiro', byName: true });
    // A number that is no id may still be a name.
    expect(r.resolve('2024')).toEqual({ id: 9, name: '2024', byName: true });
    const amb = r.resolve('suporte técnico');
    expect('ambiguous' in amb && candidatesText(amb.ambiguous)).toBe('2 (Suporte Técnico), 7 (Suporte tecnico)');
    expect(r.resolve('Suporte')).toEqual({ unknown: true });
    expect(r.resolve('x'.repeat(10_000))).toEqual({ unknown: true });
  });

  test('a record answers to its aliases (a built-in profile by its label in either language), once', () => {
    const p = new References([{ id: 1, name: 'User', aliases: ['Usuário', 'User'] }]);
    expect(p.resolve('USUARIO')).toEqual({ id: 1, name: 'User', byName: true });
    expect(p.resolve('user')).toEqual({ id: 1, name: 'User', byName: true });
  });

  test('remembers at most 1,000 distinct cells, and reports the names it read (bounded)', () => {
    const r = services();
    for (let i = 0; i < 5_000; i++) r.resolve(`Serviço ${i}`);
    r.resolve('Financeiro');
    // The memo is full: a new name is still resolved, just not remembered nor reported.
    expect(r.resolve('FINANCEIRO')).toEqual({ id: 3, name: 'Financeiro', byName: true });
    expect(r.understood(50)).toEqual([]);
    const fresh = services();
    fresh.resolve('financeiro');
    fresh.resolve('3');
    expect(fresh.understood(50)).toEqual([{ value: 'financeiro', id: 3, name: 'Financeiro' }]);
  });
});
