import { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import type { UserEntry, UsersFacets } from './use-users';

/**
 * A user's profile and groups, as the caller may change them: profiles and groups above the
 * caller's permissions are listed but disabled (the server refuses them anyway, with the reason).
 */
export default function UserAccessForm({
  lang,
  user,
  facets,
  onSaved,
  onCancel,
}: {
  lang: Lang;
  user: UserEntry;
  facets: UsersFacets;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = usersText.in(lang);
  const [profileId, setProfileId] = useState(String(user.profile.id));
  const [groups, setGroups] = useState<Set<number>>(new Set(user.groups.map((g) => g.id)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    const r = await callAction(actions.users.updateAccess, { userId: user.id, profileId: Number(profileId), groupIds: [...groups] }, lang);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onSaved();
  }
  return (
    <form class="omni-user-access" onSubmit={save} aria-label={t('edit', { name: user.name })} data-user-access={user.id}>
      <label class="omni-field">
        {t('profile')}
        <select ref={first} name="profileId" value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
          {facets.profiles.map((p) => (
            <option value={String(p.id)} disabled={!p.giveable && p.id !== user.profile.id}>
              {p.name}
              {p.giveable ? '' : ` ${t('edit.notGiveable')}`}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('edit.groups')}</legend>
        {facets.groups.map((g) => (
          <label class="omni-check">
            <input
              type="checkbox"
              name="groupId"
              value={String(g.id)}
              checked={groups.has(g.id)}
              disabled={!g.giveable}
              onChange={(e) => setGroups((s) => (e.currentTarget.checked ? new Set(s).add(g.id) : new Set([...s].filter((x) => x !== g.id))))}
            />{' '}
            {g.name}
            {g.giveable ? '' : ` ${t('edit.notGiveable')}`}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="omni-error" role="alert" data-access-error>
          {error}
        </p>
      )}
      <span class="omni-actions">
        <button type="submit" disabled={busy}>
          {t('save')}
        </button>
        <button type="button" class="omni-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </span>
    </form>
  );
}
