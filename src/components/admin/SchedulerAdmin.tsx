import { durationText } from '@/checks/duration-text';
import { jobLabel, schedulerText } from '@/i18n/admin-scheduler';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import TokenPanel from './TokenPanel';
import { useSchedulerTasks } from './use-scheduler-tasks';
import '../checks/checks.css';
import './admin.css';

const pill = { 'on-time': 'ok', never: 'warn', manual: 'warn', overdue: 'fail' } as const;

/**
 * The task scheduler screen: every task with interval, last run, state and last error; issue or
 * rotate a service's heartbeat token (shown once, with a curl to test the call and the cron, systemd
 * and loop lines that keep reporting at the task's interval). A task the demo simulates says when
 * its simulation ends: at the first heartbeat with its token.
 */
export default function SchedulerAdmin({ lang, articleHref }: { lang: Lang; articleHref: string }) {
  const st = schedulerText.in(lang);
  const { tasks, at, timeZone, issued, busy, error, load, issue, close } = useSchedulerTasks(lang);
  // The zone is named with each time: nothing else on this screen says which clock is meant.
  const when = (iso: string) => formatMoment(iso, lang, timeZone, 'zoned');
  const d = (sec: number) => durationText(sec)[lang];
  return (
    <div class="omni-admin" data-scheduler>
      <p class="omni-actions">
        <button type="button" class="omni-secondary" onClick={load}>
          {st('refresh')}
        </button>
        {at && <span class="omni-muted">{st('updated', { at: when(at) })}</span>}
      </p>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {issued && <TokenPanel lang={lang} task={issued} articleHref={articleHref} onClose={close} />}
      {tasks && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.task', 'col.interval', 'col.lastRun', 'col.state', 'col.lastError', 'col.token'] as const).map((k) => (
                <th>{st(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr id={`task-${t.id}`} data-task={t.id} data-name={t.name} data-state={t.state}>
                <td data-label={st('col.task')}>
                  <strong>{jobLabel(lang, t.name)}</strong>
                  {t.source === 'internal' && <span class="omni-tag">{st('internal')}</span>}
                  {t.demoSimulated && (
                    <>
                      <span class="omni-tag omni-tag-example" title={st('simulatedHint')} data-simulated>
                        {st('simulated')}
                      </span>
                      <br />
                      <small class="omni-muted" data-simulated-until={t.hasToken ? 'token' : 'issue'}>
                        {st(t.hasToken ? 'simulatedUntil' : 'simulatedHint')}
                      </small>
                    </>
                  )}
                </td>
                <td data-label={st('col.interval')}>
                  {st('every', { d: d(t.intervalSec) })}
                  <br />
                  <small class="omni-muted">{st('allowed', { d: d(t.allowedSec) })}</small>
                </td>
                <td data-label={st('col.lastRun')}>
                  {t.lastRunAt ? (
                    <>
                      <time dateTime={t.lastRunAt}>{when(t.lastRunAt)}</time>
                      <br />
                      <small class="omni-muted">{st('ago', { d: d((Date.parse(at ?? t.lastRunAt) - Date.parse(t.lastRunAt)) / 1000) })}</small>
                    </>
                  ) : (
                    st('neverRan')
                  )}
                </td>
                <td data-label={st('col.state')}>
                  <span class={`omni-status omni-status-${pill[t.state]}`} data-status={pill[t.state]}>
                    {st(`state.${t.state}`)}
                  </span>
                </td>
                <td data-label={st('col.lastError')} class="omni-break">
                  {t.lastError ? (
                    <>
                      {t.lastError} <small class="omni-muted">({t.errorCurrent ? st('error.current') : st('error.recovered')})</small>
                    </>
                  ) : (
                    <span class="omni-muted">—</span>
                  )}
                </td>
                <td data-label={st('col.token')}>
                  {t.source === 'internal' ? (
                    <small class="omni-muted">{st('internalToken')}</small>
                  ) : (
                    <span class="omni-actions">
                      <span>{t.hasToken ? st('hasToken') : st('noToken')}</span>
                      <button type="button" data-action="token" disabled={busy === t.id} onClick={() => issue(t)}>
                        {busy === t.id ? st('issuing') : t.hasToken ? st('rotate') : st('issue')}
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
