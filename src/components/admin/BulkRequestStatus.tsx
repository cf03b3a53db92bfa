import { useEffect, useState } from 'preact/hooks';
import { bulkActionIds } from '../../lib/bulk-action-ids';
import type { BulkHistoryRow } from '../../bulk/history';
import { historyText as ht } from '../../i18n/bulk-history';
import type { Lang } from '../../i18n/ui';
import BulkProgress from '../bulk/BulkProgress';
import { formatAt } from './format-time';
import { requestJson } from './request-json';
import './admin.css';

/**
 * One bulk request: what it is (read through the history, so the caller's scope applies), then its
 * live progress, failures and failures CSV (BulkProgress).
 */
export default function BulkRequestStatus({ lang, id }: { lang: Lang; id: string }) {
  const [row, setRow] = useState<BulkHistoryRow | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void requestJson<{ requests: BulkHistoryRow[]; timeZone: string }>(lang, `/api/bulk/history?id=${id}`).then((r) => {
      if (!r.ok) return setError(r.error);
      if (!r.data.requests[0]) return setError(ht.t(lang, 'request.bad'));
      setTimeZone(r.data.timeZone);
      setRow(r.data.requests[0]);
    });
  }, [id]);
  const kind = row && (bulkActionIds as readonly string[]).includes(row.kind) ? ht.t(lang, `kind.${row.kind as (typeof bulkActionIds)[number]}`) : (row?.kind ?? '');
  return (
    <div class="omni-admin" data-bulk-request={id}>
      {error && <p class="omni-error" role="alert">{error}</p>}
      {row && (
        <>
          <p>{ht.t(lang, 'request.meta', { kind, service: row.service ?? ht.t(lang, 'allServices'), who: row.requestedBy ?? '—', at: formatAt(row.createdAt, lang, timeZone) })}</p>
          <BulkProgress requestId={id} lang={lang} />
        </>
      )}
    </div>
  );
}
