import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClosureRequestRow, RequestCursor } from '../../bulk/queue-closure/list-requests';
import { bulkStrings } from '../../i18n/bulk';
import { closureStrings as cs } from '../../i18n/queue-closure';
import type { Lang } from '../../i18n/ui';
import { requestJson } from '../admin/request-json';
import { fieldErrors } from './hooks/field-errors';

type State = ClosureRequestRow['state'];
interface Service { id: number; name: string }
interface Filter { serviceId: string; state: string; from: string; to: string }
const LIVE = new Set<State>(['waiting', 'running']);
/** The states a request can be in (the schema's list; not imported, to keep the database code out of the island). */
const STATES: State[] = ['waiting', 'running', 'done', 'failed', 'cancelled'];
const none: Filter = { serviceId: '', state: '', from: '', to: '' };

/**
 * The monitoring screen of mass closures: the requests in scope, narrowed by service, state and
 * the day they were made (the server ANDs the filters with the caller's scope), each with its
 * state, a progress bar fed live by server-sent events while it waits or runs, cancel for a
 * waiting one, the result, and links to its request page and its report. The request the screen
 * was opened for (`highlight`) is followed until its stream's `end`.
 */
export default function ClosureMonitor({ lang, highlight, services }: { lang: Lang; highlight?: string; services: Service[] }) {
  const [reqs, setReqs] = useState<ClosureRequestRow[] | null>(null);
  const [next, setNext] = useState<RequestCursor | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [timeZone, setTimeZone] = useState('UTC');
  const [f, setF] = useState<Filter>(none);
  const applied = useRef<Filter>(none);
  const prefix = lang === 'en' ? '/en' : '';
  // The zone is named once above the table, so each cell is just the date and time.
  const at = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(new Date(iso));

  const load = async (cursor?: RequestCursor, filter = applied.current) => {
    const p = new URLSearchParams({ limit: '20' });
    for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
    if (cursor) { p.set('beforeAt', cursor.createdAt); p.set('beforeId', cursor.id); }
    const r = await requestJson<{ requests: ClosureRequestRow[]; next: RequestCursor | null; timeZone: string }>(lang, `/api/bulk/queue-closure/requests?${p}`);
    if (!r.ok) {
      setFields(r.fields);
      setError(Object.keys(r.fields).length ? null : r.error);
      setReqs([]);
      setNext(null);
      return;
    }
    setFields({});
    setError(null);
    setTimeZone(r.data.timeZone);
    setReqs((old) => (cursor ? [...(old ?? []), ...r.data.requests] : r.data.requests));
    setNext(r.data.next);
  };
  useEffect(() => {
    void load();
    const t = setInterval(() => void load(), 10_000);
    return () => clearInterval(t);
  }, []);

  const [highlightEnded, setHighlightEnded] = useState(false);
  const liveIds = (reqs ?? []).filter((r) => LIVE.has(r.state) || (r.id === highlight && !highlightEnded)).map((r) => r.id).join(',');
  useEffect(() => {
    const sources = liveIds.split(',').filter(Boolean).map((id) => {
      const es = new EventSource(`/api/bulk/${id}/events?lang=${lang}`);
      const update = (e: Event) => {
        const p = JSON.parse((e as MessageEvent).data);
        setReqs((old) => (old ?? []).map((r) => (r.id === id ? { ...r, ...p } : r)));
      };
      es.addEventListener('progress', update);
      es.addEventListener('end', (e) => { update(e); es.close(); if (id === highlight) setHighlightEnded(true); void load(); });
      return es;
    });
    return () => sources.forEach((s) => s.close());
  }, [liveIds]);

  const cancel = async (id: string) => {
    const r = await requestJson(lang, `/api/bulk/${id}/cancel`, { method: 'POST', body: {} });
    if (!r.ok) setError(r.error);
    void load();
  };
  const apply = (filter: Filter) => {
    applied.current = filter;
    setF(filter);
    void load(undefined, filter);
  };
  const set = (k: keyof Filter) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement | HTMLSelectElement).value });
  const { message: fieldError, invalid } = fieldErrors<keyof Filter>('omni-monitor', fields);
  const filtered = Object.values(applied.current).some(Boolean);

  return (
    <div class="omni-tool omni-monitor">
      <form class="omni-monitor-filters" onSubmit={(e) => { e.preventDefault(); apply(f); }}>
        <div class="omni-field-box">
          <label class="omni-field">
            {cs.t(lang, 'service')}
            <select name="serviceId" value={f.serviceId} onChange={set('serviceId')} {...invalid('serviceId')}>
              <option value="">{cs.t(lang, 'allServices')}</option>
              {services.map((s) => <option value={s.id}>{s.name}</option>)}
            </select>
          </label>
          {fieldError('serviceId')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">
            {cs.t(lang, 'state')}
            <select name="state" value={f.state} onChange={set('state')} {...invalid('state')}>
              <option value="">{cs.t(lang, 'allStates')}</option>
              {STATES.map((s) => <option value={s}>{bulkStrings.t(lang, `request.${s}`)}</option>)}
            </select>
          </label>
          {fieldError('state')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">{cs.t(lang, 'from')}<input type="date" name="from" min="2000-01-01" max="2099-12-31" value={f.from} onInput={set('from')} {...invalid('from')} /></label>
          {fieldError('from')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">{cs.t(lang, 'to')}<input type="date" name="to" min="2000-01-01" max="2099-12-31" value={f.to} onInput={set('to')} {...invalid('to')} /></label>
          {fieldError('to')}
        </div>
        <div class="omni-actions">
          <button type="submit">{cs.t(lang, 'filter')}</button>
          {filtered && <button type="button" class="omni-secondary" onClick={() => apply(none)}>{cs.t(lang, 'clearFilters')}</button>}
        </div>
      </form>
      {error && <p class="omni-error" role="alert">{error}</p>}
      {reqs === null ? null : reqs.length === 0 ? (
        <p role="status">{filtered ? cs.t(lang, 'monitorNone') : cs.t(lang, 'monitorEmpty')}</p>
      ) : (
        <>
          <p class="omni-muted">{cs.t(lang, 'tz', { tz: timeZone })}</p>
          <table class="omni-cards omni-monitor-table">
            <thead>
              <tr><th scope="col">{cs.t(lang, 'service')}</th><th scope="col">{cs.t(lang, 'requestedBy')}</th><th scope="col">{cs.t(lang, 'requestedAt')}</th><th scope="col">{cs.t(lang, 'state')}</th><th scope="col">{bulkStrings.t(lang, 'progress.label')}</th><th scope="col">{cs.t(lang, 'result')}</th><th scope="col">{cs.t(lang, 'links')}</th></tr>
            </thead>
            <tbody>
              {reqs.map((r) => {
                const pct = r.total ? Math.round((100 * r.processed) / r.total) : r.state === 'done' ? 100 : 0;
                const named = { service: r.serviceName ?? '—', at: at(r.createdAt) };
                return (
                  <tr key={r.id} data-request={r.id} data-state={r.state} class={r.id === highlight ? 'omni-highlight' : undefined}>
                    <td data-label={cs.t(lang, 'service')}>{r.serviceName}</td>
                    <td data-label={cs.t(lang, 'requestedBy')}>{r.requestedBy}</td>
                    <td data-label={cs.t(lang, 'requestedAt')}><time dateTime={r.createdAt}>{at(r.createdAt)}</time></td>
                    <td data-label={cs.t(lang, 'state')}><strong>{bulkStrings.t(lang, `request.${r.state}`)}</strong></td>
                    <td data-label={bulkStrings.t(lang, 'progress.label')}>
                      <progress max={100} value={pct} aria-label={bulkStrings.t(lang, 'progress.label')}>{pct}%</progress>
                      <small>{bulkStrings.t(lang, 'progress.counts', { processed: r.processed, total: r.total, failed: r.failed })}</small>
                      {r.state === 'waiting' && <button type="button" class="omni-secondary" onClick={() => cancel(r.id)}>{bulkStrings.t(lang, 'progress.cancel')}</button>}
                    </td>
                    <td data-label={cs.t(lang, 'result')}>
                      {r.state === 'done' && r.result && cs.t(lang, 'resultText', { applied: r.result.applied ?? 0, skipped: (r.result.skipped ?? 0) + (r.result.failed ?? 0) })}
                      {r.state === 'done' && r.result && (r.result.skipped || r.result.failed) ? <> · <a href={`/api/bulk/${r.id}/failures.csv?lang=${lang}`}>{bulkStrings.t(lang, 'progress.download')}</a></> : null}
                      {r.state === 'cancelled' && bulkStrings.t(lang, 'cancelled')}
                    </td>
                    <td data-label={cs.t(lang, 'links')} class="omni-monitor-links">
                      <a href={`${prefix}/bulk/request/?id=${r.id}`} aria-label={cs.t(lang, 'requestPageOf', named)} data-link="request">{cs.t(lang, 'requestPage')}</a>
                      <a href={`${prefix}/reports/interaction-history/?request=${r.id}`} aria-label={cs.t(lang, 'reportPageOf', named)} data-link="report">{cs.t(lang, 'reportPage')}</a>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      {next && <button type="button" class="omni-secondary" onClick={() => load(next)}>{cs.t(lang, 'more')}</button>}
    </div>
  );
}
