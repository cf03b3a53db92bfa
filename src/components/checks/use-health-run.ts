import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { CheckStatus } from '@/checks/types';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import type { ShownResult } from './CheckResultView';
import type { HistoryPoint } from './HistoryChart';

/** Each check's latest run on the dashboard, or `skipped` when it waits for a person's choice. */
export type HealthResults = Record<string, ShownResult | 'skipped'>;

/**
 * The dashboard's state: runs every check on open and on demand (`actions.health.sweep`), then
 * reads each check's history for its chart; `rerun` runs one check again (the license count after
 * deactivating idle users).
 */
export function useHealthRun(lang: Lang, checkIds: string[]) {
  const [results, setResults] = useState<HealthResults>({});
  const [overall, setOverall] = useState<CheckStatus | null>(null);
  const [history, setHistory] = useState<Record<string, HistoryPoint[]>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadHistory() {
    const entries = await Promise.all(
      checkIds.map(async (id) => {
        const r = await callAction(actions.checks.history, { id, limit: 50 }, lang);
        return [id, r.ok ? r.data.runs : []] as const;
      }),
    );
    setHistory(Object.fromEntries(entries));
  }

  async function runAll() {
    setBusy(true);
    setError(null);
    const r = await callAction(actions.health.sweep, {}, lang);
    if (r.ok) {
      setOverall(r.data.status);
      setResults(Object.fromEntries(r.data.checks.map((e) => [e.checkId, 'skipped' in e ? 'skipped' : e])));
      await loadHistory();
    } else setError(r.error);
    setBusy(false);
  }

  async function rerun(id: string) {
    const r = await callAction(actions.checks.run, { id }, lang);
    if (r.ok) setResults((prev) => ({ ...prev, [id]: r.data }));
  }

  useEffect(() => {
    void runAll();
  }, []);

  return { results, overall, history, busy, error, runAll, rerun };
}
