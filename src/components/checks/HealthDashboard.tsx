import { useState } from 'preact/hooks';
import type { FixRights } from '@/health/fix-screens';
import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';
import { StatusPill } from './CheckResultView';
import HealthCheckSection, { type CheckInfo } from './HealthCheckSection';
import HealthSummary, { failuresFirst } from './HealthSummary';
import { useHealthRun } from './use-health-run';
import './checks.css';

/**
 * Runs every check (`actions.health.sweep`) on open and on demand; a summary (counts, failures
 * only, jump list), then each check, failures first, with its findings, the screen that fixes each
 * one the viewer may open, and a history chart. The license check's idle users can be deactivated here.
 */
export default function HealthDashboard({ lang, checks, can, timeZone }: { lang: Lang; checks: CheckInfo[]; can: FixRights; timeZone: string }) {
  const t = checkStrings.in(lang);
  const [onlyFail, setOnlyFail] = useState(false);
  const { results, overall, history, busy, error, runAll, rerun } = useHealthRun(
    lang,
    checks.map((c) => c.id),
  );
  const statusOf = (id: string) => {
    const r = results[id];
    return r && r !== 'skipped' ? r.status : null;
  };
  const ordered = Object.keys(results).length
    ? failuresFirst(checks.map((c) => ({ ...c, status: statusOf(c.id) })))
    : checks.map((c) => ({ ...c, status: null }));

  return (
    <div class="omni-health" data-overall={overall ?? ''} data-only-fail={onlyFail ? '' : undefined}>
      <p class="omni-health-bar">
        <button type="button" onClick={runAll} disabled={busy}>
          {busy ? t('running') : t('health.runAll')}
        </button>{' '}
        {overall && (
          <span>
            {t('health.overall')}: <StatusPill status={overall} lang={lang} />
          </span>
        )}
      </p>
      {error && (
        <p class="omni-run-error" role="alert">
          {error}
        </p>
      )}
      {overall && (
        <HealthSummary
          lang={lang}
          entries={ordered.map((c) => ({ id: c.id, title: c.title, status: c.status }))}
          onlyFail={onlyFail}
          setOnlyFail={setOnlyFail}
        />
      )}
      {ordered.map((c) => (
        <HealthCheckSection
          lang={lang}
          check={c}
          result={results[c.id]}
          history={history[c.id]}
          hidden={onlyFail && c.status !== 'fail'}
          can={can}
          timeZone={timeZone}
          rerunLicenses={() => rerun('license-count')}
        />
      ))}
    </div>
  );
}
