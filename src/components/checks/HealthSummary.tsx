import type { CheckStatus } from '@/checks/types';
import { healthText as ht } from '@/i18n/health-story';
import type { Lang } from '@/i18n/ui';
import { StatusPill } from './CheckResultView';

export interface SummaryEntry {
  id: string;
  title: string;
  /** null: waiting for a person's choice (or still running). */
  status: CheckStatus | null;
}

const rank = (s: CheckStatus | null) => (s === 'fail' ? 0 : s === 'warn' ? 1 : s === 'ok' ? 2 : 3);

/** Checks in the order the dashboard shows them: failures first, then warnings, OK, and those waiting for a choice. */
export const failuresFirst = <T extends { status: CheckStatus | null }>(entries: T[]): T[] => [...entries].sort((a, b) => rank(a.status) - rank(b.status));

/** Counts by status, the "failures only" switch and a jump list to every check, failures first. */
export default function HealthSummary({
  lang,
  entries,
  onlyFail,
  setOnlyFail,
}: {
  lang: Lang;
  entries: SummaryEntry[];
  onlyFail: boolean;
  setOnlyFail: (v: boolean) => void;
}) {
  const t = ht.in(lang);
  const n = (s: CheckStatus | null) => entries.filter((e) => e.status === s).length;
  return (
    <nav class="omni-health-summary" aria-label={t('summary.title')} data-summary>
      <p class="omni-health-counts">
        <span data-count="fail">{t('summary.fail', { n: n('fail') })}</span> · <span data-count="warn">{t('summary.warn', { n: n('warn') })}</span> ·{' '}
        <span data-count="ok">{t('summary.ok', { n: n('ok') })}</span> · <span data-count="skipped">{t('summary.skipped', { n: n(null) })}</span>
      </p>
      <label class="omni-health-only">
        <input type="checkbox" checked={onlyFail} onChange={(e) => setOnlyFail(e.currentTarget.checked)} data-only-fail /> {t('summary.onlyFail')}
      </label>
      <details open>
        <summary>{t('summary.jump')}</summary>
        <ol class="omni-health-jump">
          {failuresFirst(entries)
            .filter((e) => !onlyFail || e.status === 'fail')
            .map((e) => (
              <li>
                <a href={`#check-${e.id}`}>{e.title}</a> {e.status ? <StatusPill status={e.status} lang={lang} /> : <small>({t('summary.needsInput')})</small>}
              </li>
            ))}
        </ol>
      </details>
    </nav>
  );
}
