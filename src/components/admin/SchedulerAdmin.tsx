import { useEffect, useState } from 'preact/hooks';
import type { TaskRow } from '../../scheduler/task-list';
import { durationText } from '../../checks/duration-text';
import { jobLabel, schedulerText as st } from '../../i18n/admin-scheduler';
import type { Lang } from '../../i18n/ui';
import { requestJson } from './request-json';
import { formatAt } from './format-time';
import TokenPanel from './TokenPanel';
import '../checks/checks.css';
import './admin.css';

const pill = { 'on-time': 'ok', never: 'warn', manual: 'warn', overdue: 'fail' } as const;
/** The list refreshes itself this often, so a heartbeat sent from a shell shows up on its own. */
const REFRESH_MS = 10_000;

/**
 * The task scheduler screen: every task with interval, last run, state and last error; issue or
 * rotate a service's heartbeat token (shown once, with a curl example of the call).
 */
export default function SchedulerAdmin({ lang, articleHref }: { lang: Lang; articleHref: string }) {
  const [tasks, setTasks] = useState<TaskRow[] | null>(null);
  const [at, setAt] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [issued, setIssued] = useState<{ id: number; name: string; token: string } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const r = await requestJson<{ tasks: TaskRow[]; at: string; timeZone: string }>(lang, '/api/admin/scheduler/tasks');
    if (!r.ok) return setError(r.error);
    setTimeZone(r.data.timeZone);
    setTasks(r.data.tasks);
    setAt(r.data.at);
  }
  useEffect(() => {
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function issue(t: TaskRow) {
    if (t.hasToken && !confirm(st.t(lang, 'rotateConfirm', { name: t.name }))) return;
    setBusy(t.id);
    const r = await requestJson<{ token: string }>(lang, `/api/scheduler/tasks/${t.id}/token`, { method: 'POST', body: {} });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setIssued({ id: t.id, name: t.name, token: r.data.token });
    await load();
  }

  const d = (sec: number) => durationText(sec)[lang];
  return (
    <div class="omni-admin" data-scheduler>
      <p class="omni-actions">
        <button type="button" class="omni-secondary" onClick={load}>{st.t(lang, 'refresh')}</button>
        {at && <span class="omni-muted">{st.t(lang, 'updated', { at: formatAt(at, lang, timeZone) })}</span>}
      </p>
      {error && <p class="omni-error" role="alert">{error}</p>}
      {issued && <TokenPanel lang={lang} name={issued.name} token={issued.token} articleHref={articleHref} onClose={() => setIssued(null)} />}
      {tasks && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.task', 'col.interval', 'col.lastRun', 'col.state', 'col.lastError', 'col.token'] as const).map((k) => <th>{st.t(lang, k)}</th>)}
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr id={`task-${t.id}`} data-task={t.id} data-name={t.name} data-state={t.state}>
                <td data-label={st.t(lang, 'col.task')}>
                  <strong>{jobLabel(lang, t.name)}</strong>
                  {t.source === 'internal' && <span class="omni-tag">{st.t(lang, 'internal')}</span>}
                  {t.demoSimulated && <span class="omni-tag omni-tag-example" title={st.t(lang, 'simulatedHint')} data-simulated>{st.t(lang, 'simulated')}</span>}
                </td>
                <td data-label={st.t(lang, 'col.interval')}>
                  {st.t(lang, 'every', { d: d(t.intervalSec) })}
                  <br />
                  <small class="omni-muted">{st.t(lang, 'allowed', { d: d(t.allowedSec) })}</small>
                </td>
                <td data-label={st.t(lang, 'col.lastRun')}>
                  {t.lastRunAt ? (
                    <>
                      <time dateTime={t.lastRunAt}>{formatAt(t.lastRunAt, lang, timeZone)}</time>
                      <br />
                      <small class="omni-muted">{st.t(lang, 'ago', { d: d((Date.parse(at ?? t.lastRunAt) - Date.parse(t.lastRunAt)) / 1000) })}</small>
                    </>
                  ) : (
                    st.t(lang, 'neverRan')
                  )}
                </td>
                <td data-label={st.t(lang, 'col.state')}>
                  <span class={`omni-status omni-status-${pill[t.state]}`} data-status={pill[t.state]}>{st.t(lang, `state.${t.state}`)}</span>
                </td>
                <td data-label={st.t(lang, 'col.lastError')} class="omni-break">
                  {t.lastError ? (
                    <>
                      {t.lastError} <small class="omni-muted">({t.errorCurrent ? st.t(lang, 'error.current') : st.t(lang, 'error.recovered')})</small>
                    </>
                  ) : (
                    <span class="omni-muted">—</span>
                  )}
                </td>
                <td data-label={st.t(lang, 'col.token')}>
                  {t.source === 'internal' ? (
                    <small class="omni-muted">{st.t(lang, 'internalToken')}</small>
                  ) : (
                    <span class="omni-actions">
                      <span>{t.hasToken ? st.t(lang, 'hasToken') : st.t(lang, 'noToken')}</span>
                      <button type="button" data-action="token" disabled={busy === t.id} onClick={() => issue(t)}>
                        {busy === t.id ? st.t(lang, 'issuing') : t.hasToken ? st.t(lang, 'rotate') : st.t(lang, 'issue')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
