import { formatDay } from '@/i18n/format-moment';
import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';
import type { useKeysetPages } from './hooks/use-keyset-pages';
import type { Selection } from './hooks/use-selection';
import SelectionBar from './SelectionBar';
import type { MigrationRow } from './use-migration-data';

interface Props {
  lang: Lang;
  services: { id: number; name: string }[];
  origin: number;
  setOrigin: (id: number) => void;
  q: string;
  setQ: (q: string) => void;
  pages: ReturnType<typeof useKeysetPages<MigrationRow, number>>;
  pageSize: number;
  sel: Selection<number>;
  /** The choices changed: a preview shown is stale. */
  changed: () => void;
}

/** Pick and select of the migration: the origin, its associated users filtered and paged, the selection. */
export default function MigrationList({ lang, services, origin, setOrigin, q, setQ, pages, pageSize, sel, changed }: Props) {
  const t = migrationStrings.in(lang);
  const count = sel.count(pages.total);
  const status = sel.all && sel.excluded.size === 0 ? t('allSelected', { n: pages.total }) : count === 1 ? t('selectedOne') : t('selected', { n: count });
  const pageCount = Math.max(1, Math.ceil(pages.total / pageSize));
  return (
    <>
      <form class="bulk-fields bulk-filter" onSubmit={(e) => e.preventDefault()}>
        <label class="omni-field">
          {t('origin')}
          <select name="origin" value={origin} onChange={(e) => setOrigin(Number((e.target as HTMLSelectElement).value))}>
            {services.map((x) => (
              <option value={x.id}>{x.name}</option>
            ))}
          </select>
        </label>
        <label class="omni-field">
          {t('filter')}
          <input
            name="q"
            type="search"
            value={q}
            onInput={(e) => {
              setQ((e.target as HTMLInputElement).value);
              sel.clear();
              changed();
            }}
          />
        </label>
      </form>
      <SelectionBar
        sel={sel}
        pageIds={pages.rows.map((u) => u.id)}
        total={pages.total}
        changed={changed}
        labels={{ selectPage: t('selectPage'), selectAll: t('selectAll', { n: pages.total }), clear: t('clear'), status }}
      />
      {pages.error && (
        <p class="omni-error" role="alert">
          {pages.error}
        </p>
      )}
      {pages.rows.length === 0 ? (
        <p>{t('noUsers')}</p>
      ) : (
        <table class="bulk-users omni-cards">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">{t('select')}</span>
              </th>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.rows.map((u) => (
              <tr key={u.id} data-user={u.id}>
                <td class="bulk-tick">
                  <input
                    type="checkbox"
                    aria-label={u.email}
                    checked={sel.isChecked(u.id)}
                    onChange={() => {
                      sel.toggle(u.id);
                      changed();
                    }}
                  />
                </td>
                <td data-label={t('name')}>{u.name}</td>
                <td class="bulk-wide" data-label={t('email')}>
                  {u.email}
                </td>
                <td data-label={t('status')}>{statusText(lang, u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="omni-actions bulk-pages" aria-label={t('page', { p: pages.page, n: pageCount })}>
        <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.prevPage}>
          {t('prev')}
        </button>
        <span class="omni-muted">{t('page', { p: pages.page, n: pageCount })}</span>
        <button type="button" class="omni-secondary" disabled={!pages.hasNext} onClick={pages.nextPage}>
          {t('next')}
        </button>
      </nav>
    </>
  );
}

/** A user's association: inactive, temporary until a day, or active. */
function statusText(lang: Lang, r: MigrationRow): string {
  const t = migrationStrings.in(lang);
  if (!r.active) return t('inactiveLabel');
  return r.kind === 'temporary' && r.revertOn ? t('temporaryUntil', { date: formatDay(r.revertOn, lang) }) : t('active');
}
