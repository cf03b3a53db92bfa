import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { historyText } from '@/i18n/bulk-history';
import { formatMoment } from '@/i18n/format-moment';
import { localePath } from '@/i18n/locale-path';
import { bulkActionIds, type BulkActionId } from '@/lib/bulk-action-ids';
import type { Lang } from '@/i18n/ui';
import BulkProgress from '../bulk/BulkProgress';
import { callAction } from '../lib/call-action';
import { bulkKindName } from '../bulk/bulk-kind';
import RequestItems from './RequestItems';
import './admin.css';

type History = Awaited<ReturnType<typeof actions.bulk.requests.history.orThrow>>;

/** The article that explains each kind of request. */
const articleOf: Record<BulkActionId, string> = {
  'user-import': '/bulk/import-users-csv/',
  'user-migration': '/bulk/migrate-users/',
  'attendance-transfer': '/bulk/transfer-attendances/',
  'queue-closure': '/bulk/close-queue-in-bulk/',
};
const isKind = (k: string): k is BulkActionId => (bulkActionIds as readonly string[]).includes(k);

/**
 * One bulk request: what it is (read through the history, so the caller's scope applies) and the
 * article of its kind, its live progress, failures and failures CSV (BulkProgress), then what it
 * did item by item (RequestItems).
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
  const [ended, setEnded] = useState('');
  const row = found?.row;
  const kind = row && isKind(row.kind) ? row.kind : null;
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
              service: row.destination ? t('fromTo', { from: row.service ?? '—', to: row.destination }) : (row.service ?? t('allServices')),
              who: row.requestedBy ?? '—',
              at: formatMoment(row.createdAt, lang, found.timeZone, 'zoned'),
            })}
          </p>
          {kind && (
            <p>
              <a href={localePath(lang, articleOf[kind])} data-kind-article>
                {t(`article.${kind}`)}
              </a>
            </p>
          )}
          <BulkProgress requestId={id} lang={lang} onEnd={(p) => setEnded(p.state)} />
          {kind && <RequestItems lang={lang} id={id} kind={kind} refresh={ended} />}
        </>
      )}
    </div>
  );
}
