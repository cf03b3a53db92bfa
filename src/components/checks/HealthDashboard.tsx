import { useEffect, useState } from 'preact/hooks';
import type { CheckStatus, Finding } from '../../checks/types';
import type { ClientField } from '../../checks/lib/client-fields';
import CheckRunner from './CheckRunner';
import { checkStrings } from '../../i18n/checks';
import type { Lang } from '../../i18n/ui';
import { CheckResultView, StatusPill, type ShownResult } from './CheckResultView';
import HistoryChart, { type HistoryPoint } from './HistoryChart';
import HealthSummary, { failuresFirst } from './HealthSummary';
import IdleUsers from './IdleUsers';
import { fixScreen, type FixRights } from '../../health/fix-screens';
import './checks.css';

interface CheckInfo {
  id: string;
  title: string;
  description: string;
  articleHref: string | null;
  /** The inputs, for checks the dashboard cannot run without a person's choice. */
  fields: ClientField[];
}
type ApiEntry = { id: string; skipped?: true; status?: CheckStatus; summary?: string; findings?: (Omit<Finding, 'message'> & { message: string })[]; durationMs?: number; at?: string };

/** A fresh run as the widgets show it (the API answers in the page's language). */
const shown = (e: Omit<ApiEntry, 'id' | 'skipped'>): ShownResult => ({
  status: e.status!,
  summary: { 'pt-BR': e.summary!, en: e.summary! },
  findings: e.findings!.map((f) => ({ ...f, message: { 'pt-BR': f.message, en: f.message } })),
  at: e.at!,
  durationMs: e.durationMs!,
});

/**
 * Runs every check (GET /api/health) on open and on demand; a summary (counts, failures only, jump
 * list), then each check, failures first, with its findings, the screen that fixes each one the
 * viewer may open, and a history chart. The license check's idle users can be deactivated here.
 */
export default function HealthDashboard({ lang, checks, can, timeZone }: { lang: Lang; checks: CheckInfo[]; can: FixRights; timeZone: string }) {
  const [results, setResults] = useState<Record<string, ShownResult | 'skipped'>>({});
  const [onlyFail, setOnlyFail] = useState(false);
  const [overall, setOverall] = useState<CheckStatus | null>(null);
  const [history, setHistory] = useState<Record<string, HistoryPoint[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadHistory() {
    const entries = await Promise.all(
      checks.map(async (c) => {
        const r = await fetch(`/api/checks/${c.id}?limit=50&lang=${lang}`);
        return [c.id, r.ok ? ((await r.json()).runs as HistoryPoint[]) : []] as const;
      }),
    );
    setHistory(Object.fromEntries(entries));
  }

  async function runAll() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/health?lang=${lang}&sweep=1`);
      const data = await res.json();
      if (res.status !== 200 && res.status !== 503) throw new Error(data.error ?? String(res.status));
      setOverall(data.status);
      const next: Record<string, ShownResult | 'skipped'> = {};
      for (const e of data.checks as ApiEntry[]) {
        next[e.id] = e.skipped ? 'skipped' : shown(e);
      }
      setResults(next);
      await loadHistory();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : checkStrings.t(lang, 'networkError'));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void runAll();
  }, []);

  /** Runs the license count again (after deactivating idle users) and shows its new result. */
  async function rerunLicenses() {
    const res = await fetch(`/api/checks/license-count?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    if (!res.ok) return;
    const r = (await res.json()) as ShownResult;
    setResults((prev) => ({ ...prev, 'license-count': r }));
  }

  const statusOf = (id: string) => {
    const r = results[id];
    return r && r !== 'skipped' ? r.status : null;
  };
  const ordered = Object.keys(results).length ? failuresFirst(checks.map((c) => ({ ...c, status: statusOf(c.id) }))) : checks.map((c) => ({ ...c, status: null }));

  return (
    <div class="omni-health" data-overall={overall ?? ''} data-only-fail={onlyFail ? '' : undefined}>
      <p class="omni-health-bar">
        <button type="button" onClick={runAll} disabled={busy}>
          {busy ? checkStrings.t(lang, 'running') : checkStrings.t(lang, 'health.runAll')}
        </button>{' '}
        {overall && (
          <span>
            {checkStrings.t(lang, 'health.overall')}: <StatusPill status={overall} lang={lang} />
          </span>
        )}
      </p>
      {error && <p class="omni-run-error" role="alert">{error}</p>}
      {overall && <HealthSummary lang={lang} entries={ordered.map((c) => ({ id: c.id, title: c.title, status: c.status }))} onlyFail={onlyFail} setOnlyFail={setOnlyFail} />}
      {ordered.map((c) => {
        const r = results[c.id];
        return (
          <section id={`check-${c.id}`} class="omni-health-check" data-check={c.id} data-status={r && r !== 'skipped' ? r.status : ''} hidden={onlyFail && c.status !== 'fail'}>
            <h2>{c.title}</h2>
            <p class="omni-live-check-desc">
              {c.description} {c.articleHref && <a href={c.articleHref}>{checkStrings.t(lang, 'health.article')} →</a>}
            </p>
            {r === 'skipped' ? (
              <>
                <p>{checkStrings.t(lang, 'health.needsInput')}</p>
                <CheckRunner id={c.id} lang={lang} fields={c.fields} last={null} timeZone={timeZone} />
              </>
            ) : r ? (
              <>
                <CheckResultView
                  result={r}
                  lang={lang}
                  timeZone={timeZone}
                  extra={(f) => {
                    const screen = fixScreen(c.id, f, lang, can);
                    return screen && <> · <a class="omni-fix-screen" href={screen.href}>{screen.label} →</a></>;
                  }}
                />
                {c.id === 'license-count' && can.manageUsers && <IdleUsers lang={lang} findings={r.findings} onDone={rerunLicenses} />}
              </>
            ) : (
              <p>{checkStrings.t(lang, 'running')}</p>
            )}
            {(history[c.id]?.length ?? 0) > 0 && <HistoryChart points={history[c.id]} title={checkStrings.t(lang, 'health.history')} lang={lang} timeZone={timeZone} />}
          </section>
        );
      })}
    </div>
  );
}
