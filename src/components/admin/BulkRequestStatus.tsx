import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { historyText } from '@/i18n/bulk-history';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import BulkProgress from '../bulk/BulkProgress';
import { callAction } from '../lib/call-action';
import { bulkKindName } from '../bulk/bulk-kind';
import './admin.css';

type History = Awaited<ReturnType<typeof actions.bulk.requests.history.orThrow>>;

/**
 * One bulk request: what it is (read through the history, so the caller's scope applies), then its
 * live progress, failures and failures CSV (BulkProgress).
 */
export default function BulkRequestStatus({ lang, id }: { lang: Lang; id: string }) {
  const t = historyText.in(lang);
  const [found, setFound] = useState<{ row: History['requests'][number]; timeZone: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void callAction(actions.bulk.requests.history, { id }, lang).then((r) => {
      if (!r.ok) return setError(r.error);
      const row = r.data.requests[0];
      if (!row) return setError(t('request.bad'));
      setFound({ row, timeZone: r.data.timeZone });
    });
  }, [id]);
  const row = found?.row;
  return (
    <div class="omni-admin" data-bulk-request={id}>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {row && found && (
        <>
          <p>
            {t('request.meta', {
              kind: bulkKindName(row.kind, lang),
              service: row.service ?? t('allServices'),
              who: row.requestedBy ?? '—',
              at: formatMoment(row.createdAt, lang, found.timeZone, 'zoned'),
            })}
          </p>
          <BulkProgress requestId={id} lang={lang} />
        </>
      )}
    </div>
  );
}
