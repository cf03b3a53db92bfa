import { useEffect, useRef, useState } from 'preact/hooks';
import { localePath } from '@/i18n/locale-path';
import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import BulkProgress from './BulkProgress';

interface Props {
  lang: Lang;
  requestId: string;
  total: number;
  service: string;
  onAnother: () => void;
}

/**
 * A confirmed closure: its live progress, then the summary every bulk form ends on (BulkSummary):
 * what it closed and what it could not (the attendances no longer queued when it reached them), and
 * the next steps — the request's page, the history, the monitoring screen, the closed attendances
 * in the report, another queue.
 */
export default function ClosureSummary({ lang, requestId, total, service, onAnother }: Props) {
  const t = closureStrings.in(lang);
  const [state, setState] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const num = (n: number) => new Intl.NumberFormat(lang).format(n);
  // A range request closes what is still queued: the rest of what was counted was not closed.
  const notClosed = (p: { total: number; processed: number }) => Math.max(0, p.total - p.processed);
  return (
    <section class="omni-closure-summary" aria-labelledby="omni-closure-summary-title" data-state={state ?? 'following'}>
      {!state && (
        <>
          <h3 id="omni-closure-summary-title" tabIndex={-1} ref={heading}>
            {t('queued', { n: num(total), service })}
          </h3>
          <p class="omni-muted">{t('keepsGoing')}</p>
        </>
      )}
      <BulkProgress
        requestId={requestId}
        lang={lang}
        onEnd={(p) => setState(p.state)}
        summary={{
          heading: (stateName) => t('summaryTitle', { service, state: stateName }),
          counts: (applied, failed, p) =>
            p.state === 'done' ? t('resultText', { applied: num(applied), skipped: num(notClosed(p) + failed) }) : t('summaryNotDone'),
          note: (p) => (p.state === 'done' && notClosed(p) > 0 ? t('notClosedNote', { n: num(notClosed(p)) }) : null),
          links: [
            { href: localePath(lang, `/bulk/queue-monitor/?request=${requestId}`), label: t('openMonitor') },
            { href: localePath(lang, `/reports/interaction-history/?request=${requestId}`), label: t('openReport') },
          ],
          newLabel: t('closeAnother'),
          onNew: onAnother,
        }}
      />
    </section>
  );
}
