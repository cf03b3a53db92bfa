import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bulkStrings } from '../../i18n/bulk';
import type { Lang } from '../../i18n/ui';
import type { progressOf, statusOf } from '../../bulk/status';

/** What the progress stream sends (GET /api/bulk/<id>/events). */
export type BulkProgressState = ReturnType<typeof progressOf>;
/** What the status endpoint answers (GET /api/bulk/<id>). */
export type BulkStatus = Awaited<ReturnType<typeof statusOf>>;

/** The end of a job and what comes next: given, BulkProgress ends on a summary instead of the bare counts. */
export interface BulkSummaryOptions {
  /** The counts line, e.g. "12 atendimentos transferidos, 1 não transferido". Default: applied / not applied. */
  counts?: (applied: number, failed: number) => string;
  /** Label of the button that starts over ("Nova transferência"); shown with `onNew`. */
  newLabel?: string;
  onNew?: () => void;
  /** Links besides the request's report and the bulk history (always offered). */
  links?: { href: string; label: string }[];
}

const ended = (s: BulkProgressState['state'] | undefined) => s === 'done' || s === 'failed' || s === 'cancelled';

/**
 * Live progress of one bulk request (server-sent events), then its failures and the CSV link;
 * with `summary`, the end is a summary with next steps (counts, failures, the request's report,
 * the history, a "new …" button). `onEnd` hears the final state once.
 */
export default function BulkProgress({
  requestId,
  lang,
  summary,
  onEnd,
  children,
}: {
  requestId: string;
  lang: Lang;
  /** End on a summary with next steps (counts, failures, report, history, "new …"). */
  summary?: BulkSummaryOptions;
  /** Hears the final state once, after the failures are read. */
  onEnd?: (p: BulkProgressState) => void;
  /** More of the summary (e.g. the users an import created), below the counts. */
  children?: ComponentChildren;
}) {
  const [p, setP] = useState<BulkProgressState | null>(null);
  const [failures, setFailures] = useState<BulkStatus['failures']>([]);
  const [error, setError] = useState<string | null>(null);
  const [lost, setLost] = useState(false);
  const endRef = useRef(onEnd);
  endRef.current = onEnd;
  const base = `/api/bulk/${requestId}`;
  const q = `?lang=${lang}`;
  const t = bulkStrings.t;

  useEffect(() => {
    const es = new EventSource(`${base}/events${q}`);
    es.addEventListener('progress', (e) => {
      setLost(false);
      setP(JSON.parse((e as MessageEvent).data));
    });
    es.addEventListener('end', async (e) => {
      const last = JSON.parse((e as MessageEvent).data) as BulkProgressState;
      es.close();
      const s = (await (await fetch(`${base}${q}`)).json()) as BulkStatus;
      setFailures(s.failures ?? []);
      setError(s.error ?? null);
      setP(last);
      endRef.current?.(last);
    });
    es.onerror = () => setLost(true);
    return () => es.close();
  }, [requestId]);

  const cancel = async () => {
    const r = await fetch(`${base}/cancel${q}`, { method: 'POST', headers: { 'content-type': 'application/json' } });
    if (!r.ok) setError((await r.json()).error);
  };

  const pct = p && p.total > 0 ? Math.round((100 * p.processed) / p.total) : 0;
  const counts = p ? t(lang, 'progress.counts', { processed: p.processed, total: p.total, failed: p.failed }) : '';
  const prefix = lang === 'en' ? '/en' : '';
  const isEnd = ended(p?.state);
  const applied = p ? Math.max(0, p.processed - p.failed) : 0;
  const failuresTable = failures.length > 0 && (
    <>
      <table class="bulk-failures omni-cards">
        <caption class={summary ? undefined : 'sr-only'}>{t(lang, 'summary.failures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'csv.label')}</th>
            <th scope="col">{t(lang, 'csv.state')}</th>
            <th scope="col">{t(lang, 'csv.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((f) => (
            <tr key={f.key}>
              <td data-label={t(lang, 'csv.label')}>{f.label}</td>
              <td data-label={t(lang, 'csv.state')}>{t(lang, `state.${f.state}` as 'state.failed')}</td>
              <td class="bulk-wide" data-label={t(lang, 'csv.reason')}>{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${base}/failures.csv${q}`} download class="bulk-failures-csv">
          {t(lang, 'progress.download')}
        </a>
      </p>
    </>
  );

  if (summary && isEnd && p) {
    return (
      <section class="bulk-progress bulk-summary omni-summary" data-pagefind-ignore data-state={p.state} aria-live="polite" aria-labelledby={`sum-${requestId}`}>
        <h3 id={`sum-${requestId}`}>{t(lang, 'summary.title')}: {t(lang, `request.${p.state}`)}</h3>
        <p class="bulk-summary-counts">{summary.counts ? summary.counts(applied, p.failed) : t(lang, 'summary.counts', { applied, failed: p.failed })}</p>
        {error && <p class="bulk-error" role="alert">{error}</p>}
        {children}
        {failuresTable}
        <nav class="bulk-next" aria-label={t(lang, 'summary.next')}>
          <p class="omni-muted">{t(lang, 'summary.next')}</p>
          <ul>
            <li><a href={`${prefix}/bulk/request/?id=${requestId}`}>{t(lang, 'summary.report')}</a></li>
            <li><a href={`${prefix}/bulk/history/`}>{t(lang, 'summary.history')}</a></li>
            {(summary.links ?? []).map((l) => (
              <li key={l.href}><a href={l.href}>{l.label}</a></li>
            ))}
          </ul>
          {summary.onNew && summary.newLabel && (
            <div class="omni-actions">
              <button type="button" class="bulk-new" onClick={summary.onNew}>{summary.newLabel}</button>
            </div>
          )}
        </nav>
        <style>{`.bulk-next ul { margin: 0; padding-inline-start: 1.2rem; } .bulk-next p { margin: 0; } .bulk-summary h3 { margin: 0; font-size: var(--sl-text-lg); }`}</style>
      </section>
    );
  }

  return (
    <div class="bulk-progress" data-pagefind-ignore data-state={p?.state ?? 'loading'} aria-live="polite">
      <p>
        <strong>{p ? t(lang, `request.${p.state}`) : '…'}</strong> {counts}
      </p>
      <progress max={100} value={pct} aria-label={t(lang, 'progress.label')}>
        {pct}%
      </progress>
      {lost && !isEnd && <p class="bulk-note">{t(lang, 'progress.lost')}</p>}
      {p?.state === 'waiting' && (
        <button type="button" class="omni-secondary" onClick={cancel}>
          {t(lang, 'progress.cancel')}
        </button>
      )}
      {error && <p class="bulk-error" role="alert">{error}</p>}
      {failuresTable}
    </div>
  );
}
