import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { healthText } from '@/i18n/health-story';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';

type Demo = Awaited<ReturnType<typeof actions.admin.demo.orThrow>>;

/**
 * The dashboard's banner while the demo data is in place: it says so, and how to point an example
 * mailbox at a real server (with a link to each one's edit form when the viewer may edit them).
 */
export default function DemoBanner({ lang, canEdit }: { lang: Lang; canEdit: boolean }) {
  const t = healthText.in(lang);
  const [d, setD] = useState<Demo | null>(null);
  useEffect(() => {
    void callAction(actions.admin.demo, {}, lang).then((r) => setD(r.ok ? r.data : null));
  }, []);
  if (!d || (!d.demo && d.examples.length === 0)) return null;
  return (
    <aside class="omni-demo-banner" data-demo-banner role="note">
      <strong>{t('demo.title')}</strong>
      {d.demo && <p>{t('demo.body')}</p>}
      {d.examples.length > 0 && (
        <>
          <p>{t('demo.examples')}</p>
          <ul>
            {d.examples.map((m) => (
              <li>
                {canEdit ? <a href={localePath(lang, `/admin/mailboxes/?edit=${m.id}`)}>{t('demo.edit', { name: m.name })}</a> : m.name} &lt;{m.address}&gt;{' '}
                {!m.active && t('demo.disabled')}
              </li>
            ))}
          </ul>
          <p>{t('demo.how')}</p>
        </>
      )}
    </aside>
  );
}
