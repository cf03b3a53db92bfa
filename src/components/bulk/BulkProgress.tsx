import { useEffect, useState } from 'preact/hooks';
import { bulkStrings } from '../../i18n/bulk';
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
  const counts = p ? bulkStrings.t(lang, 'progress.counts', { processed: p.processed, total: p.total, failed: p.failed }) : '';
  return (
    <div class="bulk-progress" data-pagefind-ignore data-state={p?.state ?? 'loading'} aria-live="polite">
      <p>
        <strong>{p ? bulkStrings.t(lang, `request.${p.state}`) : '…'}</strong> {counts}
      </p>
      <progress max={100} value={pct} aria-label={bulkStrings.t(lang, 'progress.label')}>
        {pct}%
      </progress>
      {lost && <p class="bulk-note">{bulkStrings.t(lang, 'progress.lost')}</p>}
      {p?.state === 'waiting' && (
        <button type="button" onClick={cancel}>
          {bulkStrings.t(lang, 'progress.cancel')}
        </button>
      )}
      {error && <p class="bulk-error" role="alert">{error}</p>}
      {failures.length > 0 && (
        <>
          <table class="bulk-failures">
            <thead>
              <tr>
                <th>{bulkStrings.t(lang, 'csv.label')}</th>
                <th>{bulkStrings.t(lang, 'csv.state')}</th>
                <th>{bulkStrings.t(lang, 'csv.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((f) => (
                <tr key={f.key}>
                  <td>{f.label}</td>
                  <td>{bulkStrings.t(lang, `state.${f.state}` as 'state.failed')}</td>
                  <td>{f.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <a href={`${base}/failures.csv${q}`} download>
            {bulkStrings.t(lang, 'progress.download')}
          </a>
        </>
      )}
    </div>
  );
}
