import { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClosureRequestRow } from '@/bulk/queue-closure/list-requests';
import { bulkStrings } from '@/i18n/bulk';
import { localePath } from '@/i18n/locale-path';
import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { followProgress } from '../lib/stream';
import BulkProgress from './BulkProgress';
import type { BulkStatus } from './use-bulk-progress';

/** The end of a closure: its state and counts, and what its result says it closed or skipped. */
type Ended = Pick<BulkStatus, 'state' | 'total' | 'processed' | 'failed'> & { result: ClosureRequestRow['result'] };

interface Props {
  lang: Lang;
  requestId: string;
  total: number;
  service: string;
  onAnother: () => void;
}

/**
 * A confirmed closure: its live progress (BulkProgress), then what came of it, and the next steps —
 * the request's page, the monitoring screen, the closed attendances in the report, another queue.
 */
export default function ClosureSummary({ lang, requestId, total, service, onAnother }: Props) {
  const t = closureStrings.in(lang);
  const b = bulkStrings.in(lang);
  const [end, setEnd] = useState<Ended | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(
    () =>
      followProgress(requestId, {
        end: async () => {
          const r = await callAction(actions.bulk.requests.status, { id: requestId }, lang);
          // The status carries the closure's result as stored (a JSON object of counts).
          if (r.ok) setEnd({ ...r.data, result: r.data.result as ClosureRequestRow['result'] });
        },
      }),
    [requestId],
  );

  const num = (n: number) => new Intl.NumberFormat(lang).format(n);
  const skipped = (end?.result?.skipped ?? 0) + (end?.result?.failed ?? 0);
  return (
    <section class="omni-summary omni-closure-summary" aria-labelledby="omni-closure-summary-title" data-state={end?.state ?? 'following'}>
      <h3 id="omni-closure-summary-title" tabIndex={-1} ref={heading}>
        {end ? t('summaryTitle', { service, state: b(`request.${end.state}`) }) : t('queued', { n: num(total), service })}
      </h3>
      <BulkProgress requestId={requestId} lang={lang} />
      {end?.state === 'done' && (
        <p data-result>
          <strong>{t('resultText', { applied: num(end.result?.applied ?? end.processed - skipped), skipped: num(skipped) })}</strong>
        </p>
      )}
      {end?.state === 'done' && skipped > 0 && (
        <p class="omni-muted" data-not-closed>
          {t('notClosedNote', { n: num(skipped) })}
        </p>
      )}
      {end && end.state !== 'done' && <p class="omni-warn">{t('summaryNotDone')}</p>}
      {!end && <p class="omni-muted">{t('keepsGoing')}</p>}
      <h4>{t('nextSteps')}</h4>
      <div class="omni-actions">
        <a class="omni-button" href={localePath(lang, `/bulk/request/?id=${requestId}`)}>
          {t('openRequest')}
        </a>
        <a class="omni-button omni-secondary" href={localePath(lang, `/bulk/queue-monitor/?request=${requestId}`)}>
          {t('openMonitor')}
        </a>
        <a class="omni-button omni-secondary" href={localePath(lang, `/reports/interaction-history/?request=${requestId}`)}>
          {t('openReport')}
        </a>
        <button type="button" class="omni-secondary" onClick={onAnother}>
          {t('closeAnother')}
        </button>
      </div>
    </section>
  );
}
