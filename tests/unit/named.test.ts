import { describe, expect, test } from 'vitest';
import { named } from '@/lib/named';

describe('named', () => {
  test('puts the kind word before a name that does not start with it', () => {
    expect(named('Time', 'Suporte')).toBe('Time Suporte');
    expect(named('Team', 'Time Suporte Chat')).toBe('Team Time Suporte Chat');
    expect(named('Pesquisa', 'NPS trimestral')).toBe('Pesquisa NPS trimestral');
  });

  test('does not repeat it when the name already starts with it, whatever its case and accents', () => {
    expect(named('Time', 'Time Suporte Chat')).toBe('Time Suporte Chat');
    expect(named('Pesquisa', 'Pesquisa de satisfação (CSAT)')).toBe('Pesquisa de satisfação (CSAT)');
    expect(named('a campanha', 'Campanha CSAT contínua')).toBe('a Campanha CSAT contínua');
    expect(named('Pesquisa', 'PESQUÍSA rápida')).toBe('PESQUÍSA rápida');
    // Only a whole word counts: "Timeline" is not a team called "Time …".
    expect(named('Time', 'Timeline')).toBe('Time Timeline');
  });
});
