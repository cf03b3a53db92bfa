import type { ComponentChildren } from 'preact';
import { bulkStrings } from '@/i18n/bulk';
import type { Lang } from '@/i18n/ui';
import type { ProgressEvent } from '../lib/stream';
import BulkFailures from './BulkFailures';
import BulkSummary, { type BulkSummaryOptions } from './BulkSummary';
import { useBulkProgress } from './use-bulk-progress';

export type { BulkSummaryOptions } from './BulkSummary';

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
  onEnd?: (p: ProgressEvent) => void;
  /** More of the summary (e.g. the users an import created), below the counts. */
  children?: ComponentChildren;
}) {
  const t = bulkStrings.in(lang);
  const { p, failures, error, lost, cancel, ended } = useBulkProgress(requestId, lang, onEnd);
  const failuresTable = <BulkFailures lang={lang} requestId={requestId} failures={failures} captioned={Boolean(summary)} />;

  if (summary && ended && p) {
    return (
      <BulkSummary lang={lang} requestId={requestId} p={p} error={error} summary={summary}>
        {children}
        {failuresTable}
      </BulkSummary>
    );
  }
  const pct = p && p.total > 0 ? Math.round((100 * p.processed) / p.total) : 0;
  return (
    <div class="bulk-progress" data-pagefind-ignore data-state={p?.state ?? 'loading'} aria-live="polite">
      <p>
        <strong>{p ? t(`request.${p.state}`) : '…'}</strong> {p ? t('progress.counts', { processed: p.processed, total: p.total, failed: p.failed }) : ''}
      </p>
      <progress max={100} value={pct} aria-label={t('progress.label')}>
        {pct}%
      </progress>
      {lost && !ended && <p class="bulk-note">{t('progress.lost')}</p>}
      {p?.state === 'waiting' && (
        <button type="button" class="omni-secondary" onClick={cancel}>
          {t('progress.cancel')}
        </button>
      )}
      {error && (
        <p class="bulk-error" role="alert">
          {error}
        </p>
      )}
      {failuresTable}
    </div>
  );
}
