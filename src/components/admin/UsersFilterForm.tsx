import { useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import type { Lang } from '@/i18n/ui';
import { noUsersFilters, type UsersFacets, type UsersFilters } from './use-users';

/** The users screen's filters: name or e-mail, service, profile, group, status, idle; Filter and Clear. */
export default function UsersFilterForm({
  lang,
  initial,
  facets,
  apply,
}: {
  lang: Lang;
  initial: UsersFilters;
  facets: UsersFacets;
  apply: (f: UsersFilters) => void;
}) {
  const t = usersText.in(lang);
  const [draft, setDraft] = useState<UsersFilters>(initial);
  const set = (k: keyof UsersFilters, v: string) => setDraft((p) => ({ ...p, [k]: v }));
  const choice = (k: 'serviceId' | 'profileId' | 'groupId', options: { id: number; name: string }[]) => (
    <select name={k} value={draft[k]} onChange={(e) => set(k, e.currentTarget.value)}>
      <option value="">{t('any')}</option>
      {options.map((o) => (
        <option value={String(o.id)}>{o.name}</option>
      ))}
      {/* A filter from the address keeps its value until the lists arrive. */}
      {draft[k] && !options.some((o) => String(o.id) === draft[k]) && <option value={draft[k]}>{draft[k]}</option>}
    </select>
  );
  return (
    <form class="omni-filters" onSubmit={(e) => (e.preventDefault(), apply(draft))} data-users-filters>
      <label class="omni-field">
        {t('search')}
        <input name="q" type="search" maxLength={200} value={draft.q} onInput={(e) => set('q', e.currentTarget.value)} />
      </label>
      <label class="omni-field">
        {t('service')}
        {choice('serviceId', facets.services)}
      </label>
      <label class="omni-field">
        {t('profile')}
        {choice('profileId', facets.profiles)}
      </label>
      <label class="omni-field">
        {t('group')}
        {choice('groupId', facets.groups)}
      </label>
      <label class="omni-field">
        {t('status')}
        <select name="status" value={draft.status} onChange={(e) => set('status', e.currentTarget.value)}>
          <option value="">{t('any')}</option>
          <option value="active">{t('status.active')}</option>
          <option value="inactive">{t('status.inactive')}</option>
        </select>
      </label>
      <label class="omni-check">
        <input type="checkbox" name="idle" checked={draft.idle === '1'} onChange={(e) => set('idle', e.currentTarget.checked ? '1' : '')} /> {t('idle')}
      </label>
      <span class="omni-actions">
        <button type="submit">{t('apply')}</button>
        <button type="button" class="omni-secondary" onClick={() => (setDraft(noUsersFilters), apply(noUsersFilters))}>
          {t('clear')}
        </button>
      </span>
    </form>
  );
}
