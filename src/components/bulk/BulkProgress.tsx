import { useEffect, useState } from 'preact/hooks';
import { bt } from '../../i18n/bulk';
import type { Lang } from '../../i18n/ui';

interface Progress {
  state: 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  total: number;
  processed: number;
  failed: number;
}
interface Failure {
  key: string;
  label: string;
  state: string;
  reason: string;
}

/** Live progress of one bulk request (server-sent events), then its failures and the CSV link. */
export default function BulkProgress({ requestId, lang }: { requestId: string; lang: Lang }) {
  const [p, setP] = useState<Progress | null>(null);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [lost, setLost] = useState(false);
  const base = `/api/bulk/${requestId}`;
  const q = `?lang=${lang}`;

  useEffect(() => {
    const es = new EventSource(`${base}/events${q}`);
    es.addEventListener('progress', (e) => {
      setLost(false);
      setP(JSON.parse((e as MessageEvent).data));
    });
    es.addEventListener('end', async (e) => {
      setP(JSON.parse((e as MessageEvent).data));
      es.close();
      const s = await (await fetch(`${base}${q}`)).json();
      setFailures(s.failures ?? []);
      setError(s.error ?? null);
    });
    es.onerror = () => setLost(true);
    return () => es.close();
  }, [requestId]);

  const cancel = async () => {
    const r = await fetch(`${base}/cancel${q}`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    if (!r.ok) setError((await r.json()).error);
  };

  const pct = p && p.total > 0 ? Math.round((100 * p.processed) / p.total) : 0;
  const counts = p ? bt(lang, 'progress.counts').replace('{processed}', String(p.processed)).replace('{total}', String(p.total)).replace('{failed}', String(p.failed)) : '';
  return (
    <div class="bulk-progress" data-pagefind-ignore data-state={p?.state ?? 'loading'} aria-live="polite">
      <p>
        <strong>{p ? bt(lang, `request.${p.state}`) : '…'}</strong> {counts}
      </p>
      <progress max={100} value={pct} aria-label={bt(lang, 'progress.label')}>
        {pct}%
      </progress>
      {lost && <p class="bulk-note">{bt(lang, 'progress.lost')}</p>}
      {p?.state === 'waiting' && (
        <button type="button" onClick={cancel}>
          {bt(lang, 'progress.cancel')}
        </button>
      )}
      {error && <p class="bulk-error" role="alert">{error}</p>}
      {failures.length > 0 && (
        <>
          <table class="bulk-failures">
            <thead>
              <tr>
                <th>{bt(lang, 'csv.label')}</th>
                <th>{bt(lang, 'csv.state')}</th>
                <th>{bt(lang, 'csv.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((f) => (
                <tr key={f.key}>
                  <td>{f.label}</td>
                  <td>{bt(lang, `state.${f.state}` as 'state.failed')}</td>
                  <td>{f.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <a href={`${base}/failures.csv${q}`} download>
            {bt(lang, 'progress.download')}
          </a>
        </>
      )}
    </div>
  );
}
