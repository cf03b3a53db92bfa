import { describe, expect, test } from 'vitest';
import { openFor } from '@/components/bulk/open-for';

/** The transfer list's "Aberto há / Open for" column: a duration as each language writes it. */
describe('openFor', () => {
  const now = Date.UTC(2026, 10, 28, 12, 0);
  const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
  test('minutes, hours and minutes, days and hours, in the page language', () => {
    expect(openFor(ago(45), 'pt-BR', now)).toBe('45 min');
    expect(openFor(ago(125), 'pt-BR', now)).toBe('2 h e 5 min');
    expect(openFor(ago(120), 'pt-BR', now)).toBe('2 h');
    expect(openFor(ago(3 * 1440 + 130), 'pt-BR', now)).toBe('3 dias e 2 h');
    expect(openFor(ago(125), 'en', now)).toBe('2 hr, 5 min');
    expect(openFor(ago(1440), 'en', now)).toBe('1 day');
  });
  test('never empty: a just-opened or future attendance reads 0 min', () => {
    expect(openFor(ago(0), 'pt-BR', now)).toBe('0 min');
    expect(openFor(ago(-5), 'en', now)).toBe('0 min');
  });
});
