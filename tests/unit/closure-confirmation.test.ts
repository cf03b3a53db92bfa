import { describe, expect, test } from 'vitest';
import { confirmsClosure } from '@/components/bulk/ClosurePreview';
import { closureStrings } from '@/i18n/queue-closure';

describe('the typed confirmation of a closure', () => {
  test('accepts the count, with or without separators', () => {
    expect(confirmsClosure('1234', 1234, 'Financeiro')).toBe(true);
    expect(confirmsClosure('1.234', 1234, 'Financeiro')).toBe(true);
    expect(confirmsClosure('1,234', 1234, 'Financeiro')).toBe(true);
    expect(confirmsClosure('1235', 1234, 'Financeiro')).toBe(false);
  });

  test("accepts the service's name whatever its accents, capitals and spacing", () => {
    for (const typed of ['Suporte Técnico', 'suporte tecnico', 'SUPORTE TECNICO', '  suporte   técnico ', 'Suporte Te\u0301cnico']) {
      expect(confirmsClosure(typed, 50, 'Suporte Técnico'), typed).toBe(true);
    }
    expect(confirmsClosure('suporte', 50, 'Suporte Técnico')).toBe(false);
    expect(confirmsClosure('', 50, 'Suporte Técnico')).toBe(false);
    expect(confirmsClosure('suporte tecnicos', 50, 'Suporte Técnico')).toBe(false);
  });

  test('says so in the hint, in both languages', () => {
    expect(closureStrings.t('pt-BR', 'typeHint', { n: '50', service: 'Suporte Técnico' })).toMatch(/acentos e maiúsculas não fazem diferença/);
    expect(closureStrings.t('en', 'typeHint', { n: '50', service: 'Suporte Técnico' })).toMatch(/accents and capitals do not matter/);
  });
});
