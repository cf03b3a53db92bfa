import type { CheckStatus, Finding, Localized } from '../types';

/** A text in both languages. */
export const loc = (pt: string, en: string): Localized => ({ 'pt-BR': pt, en });

const rank: Record<CheckStatus, number> = { ok: 0, warn: 1, fail: 2 };

/** The most serious status among `findings` (`ok` for none). */
export function worstStatus(findings: Pick<Finding, 'status'>[]): CheckStatus {
  return findings.reduce<CheckStatus>((worst, f) => (rank[f.status] > rank[worst] ? f.status : worst), 'ok');
}

/** Joins names for a message: `A, B, C`; `fallback` when there are none. */
export const listNames = (names: string[], fallback: Localized): Localized =>
  names.length ? loc(names.join(', '), names.join(', ')) : fallback;

/** `1 dia` / `2 dias`, `1 day` / `2 days`: a count with its noun in each language. */
export const countOf = (n: number, pt: [string, string], en: [string, string]): Localized => loc(`${n} ${n === 1 ? pt[0] : pt[1]}`, `${n} ${n === 1 ? en[0] : en[1]}`);
