import { useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import type { Lang } from '@/i18n/ui';
import UserRow from './UserRow';
import UsersFilterForm from './UsersFilterForm';
import { noUsersFilters, useUsers, type UsersFilters } from './use-users';
import './admin.css';

/**
 * The users screen: filters, the license use, one page of users by name (Previous/Next), each with
 * its toggle and its profile and groups form. After a change the page is read again, so the
 * license count and the row show what the database now holds.
 */
export default function UsersAdmin({ lang, initial }: { lang: Lang; initial: Partial<UsersFilters> }) {
  const t = usersText.in(lang);
  const { data, busy, error, facets, apply, goTo, reload } = useUsers(lang, initial);
  const [notice, setNotice] = useState<string | null>(null);
  const n = (x: number) => x.toLocaleString(lang);
  return (
    <div class="omni-admin" data-users>
      <UsersFilterForm lang={lang} initial={{ ...noUsersFilters, ...initial }} facets={facets} apply={(f) => (setNotice(null), apply(f))} />
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" class="omni-notice" data-users-notice hidden={!notice}>
        {notice}
      </p>
      {data && (
        <p class="omni-muted" data-license={data.license.consumed}>
          {t('license', { consumed: n(data.license.consumed), contracted: n(data.license.contracted) })} {t('tz', { tz: data.timeZone })}
        </p>
      )}
      <p class="omni-muted" aria-live="polite">
        {busy ? t('loading') : data ? t('page', { page: n(data.page) }) : ''}
      </p>
      {data && data.users.length === 0 && !busy && <p>{t('empty')}</p>}
      {data && data.users.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.user', 'col.services', 'col.groups', 'col.profile', 'col.lastSignIn', 'col.license', 'col.actions'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.users.map((u) => (
              <UserRow key={u.id} lang={lang} user={u} facets={facets} timeZone={data.timeZone} onChanged={(m) => void reload().then(() => setNotice(m))} />
            ))}
          </tbody>
        </table>
      )}
      {data && (data.page > 1 || data.hasMore) && (
        <nav class="omni-actions" aria-label={t('page', { page: n(data.page) })}>
          <button type="button" class="omni-secondary" disabled={busy || data.page <= 1} onClick={() => goTo(data.page - 1)} data-previous>
            {t('previous')}
          </button>
          <button type="button" class="omni-secondary" disabled={busy || !data.hasMore} onClick={() => goTo(data.page + 1)} data-next>
            {t('next')}
          </button>
        </nav>
      )}
    </div>
  );
}
