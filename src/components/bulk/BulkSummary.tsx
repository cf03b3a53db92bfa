import type { ComponentChildren } from 'preact';
import { bulkStrings } from '@/i18n/bulk';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';
import type { ProgressEvent } from '../lib/stream';

/** The end of a job and what comes next: given, BulkProgress ends on a summary instead of the bare counts. */
export interface BulkSummaryOptions {
  /** The heading, given the state's name ("Encerramento da fila de Financeiro: Concluído"). Default: "Resumo: <state>". */
  heading?: (state: string) => string;
  /** The counts line, e.g. "12 atendimentos transferidos, 1 não transferido". Default: applied / not applied. */
  counts?: (applied: number, failed: number, p: ProgressEvent) => string;
  /** A note under the counts (why some were not applied), or null. */
  note?: (p: ProgressEvent) => string | null;
  /** Label of the button that starts over ("Nova transferência"); shown with `onNew`. */
  newLabel?: string;
  onNew?: () => void;
  /** Links besides the request's report and the bulk history (always offered). */
  links?: { href: string; label: string }[];
}

/**
 * The summary every bulk form ends on (one layout for all kinds): the final state and counts, a
 * note, its details and failures, then the next steps (the request's page, the history, the kind's
 * own links, a "new …" button).
 */
export default function BulkSummary({
  lang,
  requestId,
  p,
  error,
  summary,
  children,
}: {
  lang: Lang;
  requestId: string;
  p: ProgressEvent;
  error: string | null;
  summary: BulkSummaryOptions;
  children?: ComponentChildren;
}) {
  const t = bulkStrings.in(lang);
  const applied = Math.max(0, p.processed - p.failed);
  return (
    <section class="bulk-progress bulk-summary omni-summary" data-pagefind-ignore data-state={p.state} aria-live="polite" aria-labelledby={`sum-${requestId}`}>
      <h3 id={`sum-${requestId}`}>{summary.heading ? summary.heading(t(`request.${p.state}`)) : `${t('summary.title')}: ${t(`request.${p.state}`)}`}</h3>
      <p class="bulk-summary-counts" data-result>
        {summary.counts ? summary.counts(applied, p.failed, p) : t('summary.counts', { applied, failed: p.failed })}
      </p>
      {summary.note?.(p) && (
        <p class="omni-muted" data-note>
          {summary.note(p)}
        </p>
      )}
      {error && (
        <p class="bulk-error" role="alert">
          {error}
        </p>
      )}
      {children}
      <nav class="bulk-next" aria-label={t('summary.next')}>
        <p class="omni-muted">{t('summary.next')}</p>
        <ul>
          <li>
            <a href={localePath(lang, `/bulk/request/?id=${requestId}`)}>{t('summary.report')}</a>
          </li>
          <li>
            <a href={localePath(lang, '/bulk/history/')}>{t('summary.history')}</a>
          </li>
          {(summary.links ?? []).map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
        {summary.onNew && summary.newLabel && (
          <div class="omni-actions">
            <button type="button" class="bulk-new" onClick={summary.onNew}>
              {summary.newLabel}
            </button>
          </div>
        )}
      </nav>
      <style>{`.bulk-next ul { margin: 0; padding-inline-start: 1.2rem; } .bulk-next p { margin: 0; } .bulk-summary h3 { margin: 0; font-size: var(--sl-text-lg); }`}</style>
    </section>
  );
}
