import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { usersText } from '@/i18n/admin-users';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import type { UserEntry } from './use-users';

/**
 * A user's actions: one toggle (deactivate, confirmed first since it ends every session; or
 * reactivate) and the button opening the profile and groups form. A user the caller may not change
 * says why instead; the caller's own row offers the form but not the toggle.
 */
export default function UserActions({
  lang,
  user,
  editing,
  setEditing,
  onChanged,
}: {
  lang: Lang;
  user: UserEntry;
  editing: boolean;
  setEditing: (on: boolean) => void;
  onChanged: (message: string) => void;
}) {
  const t = usersText.in(lang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refusal = user.refusal;

  async function toggle() {
    if (user.active && !confirm(t('confirm.deactivate', { name: user.name }))) return;
    setBusy(true);
    const r = await callAction(actions.users.setActive, { userId: user.id, active: !user.active }, lang);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    onChanged(t(user.active ? 'deactivated' : 'reactivated', { name: user.name }));
  }

  if (refusal && refusal !== 'self') {
    return (
      <p class="omni-muted" data-refusal={refusal}>
        {t(`refusal.${refusal}`)}
      </p>
    );
  }
  return (
    <>
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
      </span>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
