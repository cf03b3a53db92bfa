import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import type { Finding } from '@/checks/types';
import { usersText } from '@/i18n/admin-users';
import { healthText as ht } from '@/i18n/health-story';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

/**
 * Act from the license finding: the idle users it lists can be selected and deactivated here,
 * through the same gated action as anywhere else (`actions.users.setActive`, manage:users,
 * audited). `onDone` runs the license count again.
 */
export default function IdleUsers({ lang, findings, onDone }: { lang: Lang; findings: Finding[]; onDone: () => Promise<void> }) {
  const t = ht.in(lang);
  const users = findings.filter((f) => f.record?.kind === 'user' && f.status !== 'ok');
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ done: number; errors: string[] } | null>(null);
  if (!users.length && !report) return null;
  const toggle = (id: number, on: boolean) => setPicked((p) => (on ? new Set(p).add(id) : new Set([...p].filter((x) => x !== id))));

  async function deactivate() {
    if (!picked.size || !confirm(t('idle.confirm', { n: picked.size }))) return;
    setBusy(true);
    let done = 0;
    const errors: string[] = [];
    for (const f of users.filter((u) => picked.has(Number(u.record!.id)))) {
      const r = await callAction(actions.users.setActive, { userId: Number(f.record!.id), active: false }, lang);
      if (!r.ok) errors.push(t('idle.failed', { name: f.record!.label, error: r.error }));
      else done++;
    }
    setPicked(new Set());
    setReport({ done, errors });
    await onDone();
    setBusy(false);
  }

  return (
    <section id="license-users" class="omni-idle-users" data-idle-users>
      <h3>{t('idle.title')}</h3>
      <p>{t('idle.intro')}</p>
      <p>
        <a href={localePath(lang, '/admin/users/?status=active&idle=1')} data-users-link>
          {usersText.t(lang, 'idleLink')}
        </a>
      </p>
      {users.length > 0 && (
        <>
          <label class="omni-check">
            <input
              type="checkbox"
              checked={picked.size === users.length}
              onChange={(e) => setPicked(e.currentTarget.checked ? new Set(users.map((u) => Number(u.record!.id))) : new Set())}
            />{' '}
            {t('idle.all')}
          </label>
          <ul>
            {users.map((u) => (
              <li>
                <label class="omni-check">
                  <input
                    type="checkbox"
                    name="idle-user"
                    value={String(u.record!.id)}
                    checked={picked.has(Number(u.record!.id))}
                    onChange={(e) => toggle(Number(u.record!.id), e.currentTarget.checked)}
                  />
                  <span>
                    <strong>{u.record!.label}</strong> — {u.message[lang]}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button type="button" disabled={busy || picked.size === 0} onClick={deactivate} data-deactivate>
            {busy ? t('idle.working') : t('idle.deactivate', { n: picked.size })}
          </button>
        </>
      )}
      {report && (
        <div role="status">
          <p class="omni-notice" data-idle-done>
            {t('idle.done', { n: report.done })}
          </p>
          {report.errors.map((e) => (
            <p class="omni-run-error">{e}</p>
          ))}
        </div>
      )}
    </section>
  );
}
