import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import ContactForm from './ContactForm';
import type { Contact, ContactsData } from './types';

interface Props {
  lang: Lang;
  data: ContactsData;
  reload: () => Promise<void>;
  say: (notice: string | null, error?: string | null) => void;
}

type TestResult = { ok: boolean; reply: string; ms: number };

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
    const r = await callAction(actions.alerts.contacts.delete, { id: c.id }, lang);
    if (!r.ok) return say(null, r.error);
    say(t('deleted', { name: c.name }));
    await reload();
  }

  const current = typeof editing === 'number' ? (data.contacts.find((c) => c.id === editing) ?? null) : null;
  const when = (at: string | Date) => formatMoment(String(at), lang, data.timeZone, 'zoned');
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
            {data.contacts.map((c) => {
              const result = tests[c.id];
              return (
                <tr data-contact={c.id} data-name={c.name}>
                  <td data-label={t('col.name')} class="omni-break">
                    <strong>{c.name}</strong>
                    <br />
                    <small class="omni-muted">
                      {t(`contact.kind.${c.kind}`)}
                      {c.format ? ` · ${t(`cform.format.${c.format}`)}` : ''}
                    </small>
                  </td>
                  <td data-label={t('col.target')} class="omni-break" data-target-hint>
                    {c.targetHint}
                  </td>
                  <td data-label={t('col.state')} data-enabled={String(c.enabled)}>
                    {t(c.enabled ? 'contact.enabled' : 'contact.disabled')}
                    {!c.enabled && data.demo && (
                      <>
                        <br />
                        <small class="omni-muted">{t('demo.contactNote')}</small>
                      </>
                    )}
                  </td>
                  <td data-label={t('col.lastResult')} class="omni-break" data-test-result={result ? String(result.ok) : ''}>
                    {result ? (
                      <span role="status">{t(result.ok ? 'contact.testOk' : 'contact.testFail', { ms: result.ms, reply: result.reply })}</span>
                    ) : c.lastErrorAt && (!c.lastOkAt || c.lastErrorAt > c.lastOkAt) ? (
                      t('contact.lastError', { at: when(c.lastErrorAt), error: c.lastError ?? '' })
                    ) : c.lastOkAt ? (
                      t('contact.lastOk', { at: when(c.lastOkAt) })
                    ) : (
                      <span class="omni-muted">{t('contact.never')}</span>
                    )}
                  </td>
                  <td data-label={t('col.actions')}>
                    <span class="omni-actions">
                      <button type="button" data-action="test" disabled={busy === c.id} onClick={() => test(c)}>
                        {t(busy === c.id ? 'contact.testing' : 'contact.test')}
                      </button>
                      <button type="button" class="omni-secondary" data-action="edit" onClick={() => (setEditing(c.id), setSecret(null), say(null))}>
                        {t('edit')}
                      </button>
                      <button type="button" class="omni-secondary" data-action={c.enabled ? 'disable' : 'enable'} onClick={() => setEnabled(c, !c.enabled)}>
                        {t(c.enabled ? 'contact.disable' : 'contact.enable')}
                      </button>
                      <button type="button" class="omni-secondary" data-action="delete" onClick={() => remove(c)}>
                        {t('delete')}
                      </button>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
