import { useEffect, useRef, useState } from 'preact/hooks';
import type { statusOf } from '../../bulk/status';
import type { ClosureRequestRow } from '../../bulk/queue-closure/list-requests';
import { bulkStrings } from '../../i18n/bulk';
import { closureStrings as cs } from '../../i18n/queue-closure';
import type { Lang } from '../../i18n/ui';
import BulkProgress from './BulkProgress';

type Status = Pick<Awaited<ReturnType<typeof statusOf>>, 'state' | 'total' | 'processed' | 'failed'> & { result: ClosureRequestRow['result'] };

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
  const [end, setEnd] = useState<Status | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const prefix = lang === 'en' ? '/en' : '';
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const es = new EventSource(`/api/bulk/${requestId}/events?lang=${lang}`);
    es.addEventListener('end', async () => {
      es.close();
      const r = await fetch(`/api/bulk/${requestId}?lang=${lang}`);
      if (r.ok) setEnd((await r.json()) as Status);
    });
    return () => es.close();
  }, [requestId]);

  const num = (n: number) => new Intl.NumberFormat(lang).format(n);
  const skipped = (end?.result?.skipped ?? 0) + (end?.result?.failed ?? 0);
  return (
    <section class="omni-summary omni-closure-summary" aria-labelledby="omni-closure-summary-title" data-state={end?.state ?? 'following'}>
      <h3 id="omni-closure-summary-title" tabIndex={-1} ref={heading}>
        {end ? cs.t(lang, 'summaryTitle', { service, state: bulkStrings.t(lang, `request.${end.state}`) }) : cs.t(lang, 'queued', { n: num(total), service })}
      </h3>
      <BulkProgress requestId={requestId} lang={lang} />
      {end?.state === 'done' && <p data-result><strong>{cs.t(lang, 'resultText', { applied: num(end.result?.applied ?? end.processed - skipped), skipped: num(skipped) })}</strong></p>}
      {end?.state === 'done' && skipped > 0 && <p class="omni-muted" data-not-closed>{cs.t(lang, 'notClosedNote', { n: num(skipped) })}</p>}
      {end && end.state !== 'done' && <p class="omni-warn">{cs.t(lang, 'summaryNotDone')}</p>}
      {!end && <p class="omni-muted">{cs.t(lang, 'keepsGoing')}</p>}
      <h4>{cs.t(lang, 'nextSteps')}</h4>
      <div class="omni-actions">
        <a class="omni-button" href={`${prefix}/bulk/request/?id=${requestId}`}>{cs.t(lang, 'openRequest')}</a>
        <a class="omni-button omni-secondary" href={`${prefix}/bulk/queue-monitor/?request=${requestId}`}>{cs.t(lang, 'openMonitor')}</a>
        <a class="omni-button omni-secondary" href={`${prefix}/reports/interaction-history/?request=${requestId}`}>{cs.t(lang, 'openReport')}</a>
        <button type="button" class="omni-secondary" onClick={onAnother}>{cs.t(lang, 'closeAnother')}</button>
      </div>
    </section>
  );
}
