import { useEffect, useState } from 'preact/hooks';
import { bulkStrings } from '../../i18n/bulk';
import { closureStrings } from '../../i18n/queue-closure';
import type { Lang } from '../../i18n/ui';

type State = 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
interface Req {
  id: string;
  state: State;
  serviceName: string | null;
  requestedBy: string | null;
  total: number;
  processed: number;
  failed: number;
  result: { applied?: number; skipped?: number; failed?: number } | null;
  createdAt: string;
}
const LIVE = new Set<State>(['waiting', 'running']);

/**
 * The monitoring screen of mass closures: every request in scope with its state, a progress bar
 * fed live by server-sent events while it waits or runs, cancel for a waiting one, and the result.
 * The request the screen was opened for (`highlight`) is followed until its stream's `end`, even
 * when it finished before the page loaded (the stream then ends at once with the final counts).
 */
export default function ClosureMonitor({ lang, highlight }: { lang: Lang; highlight?: string }) {
  const [reqs, setReqs] = useState<Req[]>([]);
  const [next, setNext] = useState<{ createdAt: string; id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fmt = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });

  const load = async (cursor?: { createdAt: string; id: string }) => {
    const p = new URLSearchParams({ lang, limit: '20' });
    if (cursor) { p.set('beforeAt', cursor.createdAt); p.set('beforeId', cursor.id); }
    const r = await fetch(`/api/bulk/queue-closure/requests?${p}`);
    const body = await r.json();
    if (!r.ok) return setError(body.error);
    setReqs((old) => (cursor ? [...old, ...body.requests] : body.requests));
    setNext(body.next);
  };
  useEffect(() => {
    load();
    const t = setInterval(() => load(), 10_000);
    return () => clearInterval(t);
  }, []);

  const [highlightEnded, setHighlightEnded] = useState(false);
  const liveIds = reqs.filter((r) => LIVE.has(r.state) || (r.id === highlight && !highlightEnded)).map((r) => r.id).join(',');
  useEffect(() => {
    const sources = liveIds.split(',').filter(Boolean).map((id) => {
      const es = new EventSource(`/api/bulk/${id}/events?lang=${lang}`);
      const update = (e: Event) => {
        const p = JSON.parse((e as MessageEvent).data);
        setReqs((old) => old.map((r) => (r.id === id ? { ...r, ...p } : r)));
      };
      es.addEventListener('progress', update);
      es.addEventListener('end', (e) => { update(e); es.close(); if (id === highlight) setHighlightEnded(true); load(); });
      return es;
    });
    return () => sources.forEach((s) => s.close());
  }, [liveIds]);

  const cancel = async (id: string) => {
    const r = await fetch(`/api/bulk/${id}/cancel?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    const body = await r.json();
    if (!r.ok) setError(body.error);
    load();
  };

  if (reqs.length === 0) return <p>{error ?? closureStrings.t(lang, 'monitorEmpty')}</p>;
  return (
    <div class="omni-monitor">
      {error && <p class="omni-error" role="alert">{error}</p>}
      <table>
        <thead>
          <tr><th>{closureStrings.t(lang, 'service')}</th><th>{closureStrings.t(lang, 'requestedBy')}</th><th>{closureStrings.t(lang, 'requestedAt')}</th><th>{closureStrings.t(lang, 'state')}</th><th>{bulkStrings.t(lang, 'progress.label')}</th><th>{closureStrings.t(lang, 'result')}</th></tr>
        </thead>
        <tbody>
          {reqs.map((r) => {
            const pct = r.total ? Math.round((100 * r.processed) / r.total) : r.state === 'done' ? 100 : 0;
            return (
              <tr key={r.id} data-request={r.id} data-state={r.state} class={r.id === highlight ? 'omni-highlight' : undefined}>
                <td>{r.serviceName}</td>
                <td>{r.requestedBy}</td>
                <td>{fmt.format(new Date(r.createdAt))}</td>
                <td><strong>{bulkStrings.t(lang, `request.${r.state}`)}</strong></td>
                <td>
                  <progress max={100} value={pct} aria-label={bulkStrings.t(lang, 'progress.label')}>{pct}%</progress>
                  <small>{bulkStrings.t(lang, 'progress.counts', { processed: r.processed, total: r.total, failed: r.failed })}</small>
                  {r.state === 'waiting' && <button type="button" class="omni-secondary" onClick={() => cancel(r.id)}>{bulkStrings.t(lang, 'progress.cancel')}</button>}
                </td>
                <td>
                  {r.state === 'done' && r.result && closureStrings.t(lang, 'resultText', { applied: r.result.applied ?? 0, skipped: (r.result.skipped ?? 0) + (r.result.failed ?? 0) })}
                  {r.state === 'done' && r.result && (r.result.skipped || r.result.failed) ? <> · <a href={`/api/bulk/${r.id}/failures.csv?lang=${lang}`}>{bulkStrings.t(lang, 'progress.download')}</a></> : null}
                  {r.state === 'cancelled' && bulkStrings.t(lang, 'cancelled')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {next && <button type="button" class="omni-secondary" onClick={() => load(next)}>{closureStrings.t(lang, 'more')}</button>}
    </div>
  );
}
