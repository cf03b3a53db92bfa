import { useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import UserAccessForm from './UserAccessForm';
import UserActions from './UserActions';
import type { UserEntry, UsersFacets } from './use-users';

const names = (xs: { name: string }[], none: string) => (xs.length ? xs.map((x) => x.name).join(', ') : none);

/**
 * One user: name and e-mail, services, groups, profile, last sign-in (the organization's zone),
 * license use; its actions (see UserActions), and the profile and groups form on a row of its own.
 */
export default function UserRow({
  lang,
  user,
  facets,
  timeZone,
  onChanged,
}: {
  lang: Lang;
  user: UserEntry;
  facets: UsersFacets;
  timeZone: string;
  onChanged: (message: string) => void;
}) {
  const t = usersText.in(lang);
  const [editing, setEditing] = useState(false);

  return (
    <>
      <tr data-user={user.id} data-active={String(user.active)}>
        <td data-label={t('col.user')} class="omni-break">
          <strong>{user.name}</strong>
          <br />
          <span class="omni-muted">{user.email}</span>
          {!user.active && (
            <>
              <br />
              <span class="omni-badge" data-inactive>
                {t('inactive')}
              </span>
            </>
          )}
        </td>
        <td data-label={t('col.services')}>{names(user.services, t('none'))}</td>
        <td data-label={t('col.groups')}>{names(user.groups, t('none'))}</td>
        <td data-label={t('col.profile')}>{user.profile.name}</td>
        <td data-label={t('col.lastSignIn')}>
          {user.lastLoginAt ? <time dateTime={user.lastLoginAt}>{formatMoment(user.lastLoginAt, lang, timeZone, 'dateTime')}</time> : t('never')}
        </td>
        <td data-label={t('col.license')} data-licensed={String(user.licensed)}>
          {t(user.licensed ? 'licensed' : 'unlicensed')}
        </td>
        <td data-label={t('col.actions')}>
          <UserActions lang={lang} user={user} editing={editing} setEditing={setEditing} onChanged={onChanged} />
        </td>
      </tr>
      {/* The form takes the table's whole width, below its user. */}
      {editing && (
        <tr class="omni-result-row" data-access-for={user.id}>
          <td colSpan={7}>
            <UserAccessForm
              lang={lang}
              user={user}
              facets={facets}
              onCancel={() => setEditing(false)}
              onSaved={() => (setEditing(false), onChanged(t('saved', { name: user.name })))}
            />
          </td>
        </tr>
      )}
    </>
  );
}
