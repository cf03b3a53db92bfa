import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import UserAccessForm from './UserAccessForm';
import type { UserEntry, UsersFacets } from './use-users';

const names = (xs: { name: string }[], none: string) => (xs.length ? xs.map((x) => x.name).join(', ') : none);

/**
 * One user: name and e-mail, services, groups, profile, last sign-in (the organization's zone),
 * license use; one toggle to deactivate or reactivate (confirmed before a deactivation, which ends
 * every session), and the profile and groups form. A user the caller may not change says why.
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refusal = user.refusal;
  const canEdit = refusal === null || refusal === 'self';

  async function toggle() {
    if (user.active && !confirm(t('confirm.deactivate', { name: user.name }))) return;
    setBusy(true);
    const r = await callAction(actions.users.setActive, { userId: user.id, active: !user.active }, lang);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    onChanged(t(user.active ? 'deactivated' : 'reactivated', { name: user.name }));
  }

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
          {refusal && refusal !== 'self' ? (
            <p class="omni-muted" data-refusal={refusal}>
              {t(`refusal.${refusal}`)}
            </p>
          ) : (
            <span class="omni-actions">
              {refusal === 'self' ? (
                <span class="omni-muted" data-refusal="self">
                  {t('refusal.self')}
                </span>
              ) : (
                <button
                  type="button"
                  class={user.active ? 'omni-secondary' : ''}
                  disabled={busy}
                  onClick={toggle}
                  aria-label={t(user.active ? 'deactivate' : 'reactivate', { name: user.name })}
                  data-toggle
                >
                  {t(user.active ? 'deactivate.short' : 'reactivate.short')}
                </button>
              )}
              {canEdit && (
                <button
                  type="button"
                  class="omni-secondary"
                  aria-expanded={editing}
                  aria-label={t('edit', { name: user.name })}
                  onClick={() => setEditing(!editing)}
                  data-edit
                >
                  {t('edit.short')}
                </button>
              )}
            </span>
          )}
          {error && (
            <p class="omni-error" role="alert">
              {error}
            </p>
          )}
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
