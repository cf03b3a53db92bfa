import type { CheckStatus, Finding } from '../types';

const rank: Record<CheckStatus, number> = { ok: 0, warn: 1, fail: 2 };

/** The most serious status among `findings` (`ok` for none). */
export function worstStatus(findings: Pick<Finding, 'status'>[]): CheckStatus {
  return findings.reduce<CheckStatus>((worst, f) => (rank[f.status] > rank[worst] ? f.status : worst), 'ok');
}
