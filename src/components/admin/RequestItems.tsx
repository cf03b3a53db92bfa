import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { BulkActionId } from '@/lib/bulk-action-ids';
import { historyText } from '@/i18n/bulk-history';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

type Page = Awaited<ReturnType<typeof actions.bulk.requests.items.orThrow>>;
type Item = Page['items'][number];

/**
 * What a request did, item by item, a page at a time (previous/next): each user or attendance with
 * its outcome (moved from → to and a temporary move's return, transferred to whom, created where,
 * closed when; failures with the reason). Times in the organization's zone, with its offset.
 * `refresh` changes when the request's progress moves, so a running request's page fills in.
 */
export default function RequestItems({ lang, id, kind, refresh }: { lang: Lang; id: string; kind: BulkActionId; refresh: string }) {
  const t = historyText.in(lang);
  // The cursors of the pages seen so far: cursors[i] opens page i + 1.
  const [cursors, setCursors] = useState<number[]>([0]);
  const [page, setPage] = useState<Page | null>(null);
  // The number of the page whose rows are shown: it changes with them, not at the click.
  const [shown, setShown] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const at = cursors[cursors.length - 1]!;
  useEffect(() => {
    const n = cursors.length;
    let current = true; // an answer to an earlier click that arrives late is dropped
    void callAction(actions.bulk.requests.items, { id, after: at }, lang).then((r) => {
      if (!current) return;
      if (!r.ok) return setError(r.error);
      setPage(r.data);
      setShown(n);
      setError(null);
    });
    return () => {
      current = false;
    };
  }, [id, at, refresh]);

  const when = (iso: string | null) => (iso && page ? formatMoment(iso, lang, page.timeZone, 'zoned') : '');
  const outcome = (i: Item) => (i.state === 'applied' ? t(`applied.${kind}`) : t(`state.${i.state}`));
  const detail = (i: Item): string => {
    if (i.state !== 'applied' && i.state !== 'pending') return i.reason ?? '';
    if (kind === 'user-migration') {
      const moved = `${t('detail.moved', { from: i.from ?? '—', to: i.to ?? '—' })} (${t(i.temporary ? 'detail.temporary' : 'detail.permanent')})`;
      if (!i.returnsAt) return moved;
      return `${moved}. ${t(i.returned ? 'detail.returned' : 'detail.returns', { from: i.from ?? '—', at: when(i.returnsAt) })}`;
    }
    if (kind === 'attendance-transfer') return t('detail.transferred', { from: i.from ?? t('detail.unassigned'), to: i.to ?? '—' });
    if (kind === 'user-import') return i.to || i.profile ? t('detail.created', { services: i.to ?? '—', profile: i.profile ?? '—' }) : '';
    return i.at ? t('detail.closedAt', { at: when(i.at) }) : '';
  };

  return (
    <section class="omni-request-items" data-request-items aria-labelledby="request-items-title">
      <h2 id="request-items-title">{t('items.title')}</h2>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {!page && !error && <p class="omni-muted">{t('items.loading')}</p>}
      {page && page.items.length === 0 && cursors.length === 1 && <p>{t('items.empty')}</p>}
      {page && page.items.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              <th scope="col">{t(`col.item.${kind}`)}</th>
              <th scope="col">{t('col.outcome')}</th>
              <th scope="col">{t('col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((i) => (
              <tr key={i.key} data-item={i.key} data-state={i.state} data-returns-at={i.returnsAt ?? undefined}>
                <td data-label={t(`col.item.${kind}`)}>
                  {i.subject}
                  {i.note && (
                    <>
                      <br />
                      <small class="omni-muted omni-break">{i.note}</small>
                    </>
                  )}
                </td>
                <td data-label={t('col.outcome')} class="omni-item-outcome">
                  {outcome(i)}
                </td>
                <td data-label={t('col.detail')}>{detail(i)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && (cursors.length > 1 || page.next !== null) && (
        <nav class="omni-actions" aria-label={t('items.nav')}>
          <button type="button" class="omni-secondary" disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))} data-prev>
            {t('items.prev')}
          </button>
          <span>{t('items.page', { n: shown })}</span>
          <button
            type="button"
            class="omni-secondary"
            disabled={page.next === null}
            onClick={() => page.next !== null && setCursors((c) => [...c, page.next!])}
            data-next
          >
            {t('items.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
