import { useEffect, useState } from 'preact/hooks';
import { healthText as ht } from '../../i18n/health-story';
import type { Lang } from '../../i18n/ui';

type Demo = { demo: boolean; examples: { id: number; name: string; address: string; active: boolean }[] };

/**
 * The dashboard's banner while the demo data is in place: it says so, and how to point an example
 * mailbox at a real server (with a link to each one's edit form when the viewer may edit them).
 */
export default function DemoBanner({ lang, canEdit }: { lang: Lang; canEdit: boolean }) {
  const [d, setD] = useState<Demo | null>(null);
  useEffect(() => {
    fetch(`/api/admin/demo?lang=${lang}`)
      .then((r) => (r.ok ? r.json() : null))
      .then(setD)
      .catch(() => setD(null));
  }, []);
  if (!d || (!d.demo && d.examples.length === 0)) return null;
  const prefix = lang === 'en' ? '/en' : '';
  return (
    <aside class="omni-demo-banner" data-demo-banner role="note">
      <strong>{ht.t(lang, 'demo.title')}</strong>
      {d.demo && <p>{ht.t(lang, 'demo.body')}</p>}
      {d.examples.length > 0 && (
        <>
          <p>{ht.t(lang, 'demo.examples')}</p>
          <ul>
            {d.examples.map((m) => (
              <li>
                {canEdit ? <a href={`${prefix}/admin/mailboxes/?edit=${m.id}`}>{ht.t(lang, 'demo.edit', { name: m.name })}</a> : m.name} &lt;{m.address}&gt; {!m.active && ht.t(lang, 'demo.disabled')}
              </li>
            ))}
          </ul>
          <p>{ht.t(lang, 'demo.how')}</p>
        </>
      )}
    </aside>
  );
}
