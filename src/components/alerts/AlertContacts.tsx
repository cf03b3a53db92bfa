import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import ContactForm from './ContactForm';
import ContactRow, { type TestResult } from './ContactRow';
import type { Contact, ContactsData } from './types';

interface Props {
  lang: Lang;
  data: ContactsData;
  reload: () => Promise<void>;
  say: (notice: string | null, error?: string | null) => void;
}

/** The contacts: hint of the target only, state, last result, "Send test" with the SMTP/HTTP reply, edit, enable, delete. */
export default function AlertContacts({ lang, data, reload, say }: Props) {
  const t = alertText.in(lang);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [tests, setTests] = useState<Record<number, TestResult>>({});
  const [secret, setSecret] = useState<string | null>(null);

  async function test(c: Contact) {
    setBusy(c.id);
    const r = await callAction(actions.alerts.contacts.test, { id: c.id }, lang);
    setBusy(null);
    if (!r.ok) return say(null, r.error);
    setTests((p) => ({ ...p, [c.id]: r.data }));
    await reload();
  }
  async function setEnabled(c: Contact, enabled: boolean) {
    const r = await callAction(actions.alerts.contacts.update, { id: c.id, enabled }, lang);
    if (!r.ok) return say(null, r.error);
    await reload();
  }
  async function remove(c: Contact) {
    if (!confirm(t('confirm.deleteContact', { name: c.name }))) return;
    const r = await callAction(actions.alerts.contacts.delete, { id: c.id }, lang);
    if (!r.ok) return say(null, r.error);
    say(t('deleted', { name: c.name }));
    await reload();
  }

  const current = typeof editing === 'number' ? (data.contacts.find((c) => c.id === editing) ?? null) : null;
  return (
    <section aria-labelledby="alert-contacts" data-alert-contacts>
      <h2 id="alert-contacts">{t('tab.contacts')}</h2>
      <p class="omni-actions">
        <button type="button" data-action="new-contact" onClick={() => (setEditing('new'), setSecret(null), say(null))}>
          {t('contacts.new')}
        </button>
      </p>
      {secret && (
        <p class="omni-notice" role="status" data-signing-secret>
          <span class="omni-break">{t('contact.secretOnce', { secret })}</span>
        </p>
      )}
      {editing !== null && (editing === 'new' || current) && (
        <ContactForm
          key={String(editing)}
          lang={lang}
          data={data}
          contact={current}
          onCancel={() => setEditing(null)}
          onSaved={async (name, signingSecret) => {
            setEditing(null);
            setSecret(signingSecret ?? null);
            say(t('cform.saved', { name }));
            await reload();
          }}
        />
      )}
      {data.contacts.length === 0 && <p>{t('contacts.empty')}</p>}
      {data.contacts.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.name', 'col.target', 'col.state', 'col.lastResult', 'col.actions'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.contacts.map((c) => (
              <ContactRow
                lang={lang}
                c={c}
                demo={data.demo}
                timeZone={data.timeZone}
                result={tests[c.id]}
                testing={busy === c.id}
                onTest={() => test(c)}
                onEdit={() => (setEditing(c.id), setSecret(null), say(null))}
                onSetEnabled={(enabled) => setEnabled(c, enabled)}
                onDelete={() => remove(c)}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
