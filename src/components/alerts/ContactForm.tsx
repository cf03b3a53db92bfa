import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import FieldErrors from './FieldErrors';
import type { Contact, ContactsData } from './types';

const formats = ['json', 'slack', 'teams', 'google-chat'] as const;
type Format = (typeof formats)[number];

/**
 * Create or edit a contact. The target (an address or a webhook URL, a credential) is write-only:
 * an existing contact shows its hint and keeps it when the field is left empty. A new signed JSON
 * webhook's secret is shown once by the caller (`onSaved`).
 */
export default function ContactForm({
  lang,
  data,
  contact,
  onSaved,
  onCancel,
}: {
  lang: Lang;
  data: ContactsData;
  contact: Contact | null;
  onSaved: (name: string, signingSecret?: string) => void;
  onCancel: () => void;
}) {
  const t = alertText.in(lang);
  const [name, setName] = useState(contact?.name ?? '');
  const [kind, setKind] = useState<'email' | 'webhook'>(contact?.kind ?? 'email');
  const [target, setTarget] = useState('');
  const [format, setFormat] = useState<Format>(contact?.format ?? 'json');
  const [msgLang, setMsgLang] = useState<Lang>(contact?.lang ?? lang);
  const [sendResolved, setSendResolved] = useState(contact?.sendResolved ?? true);
  const [mailboxId, setMailboxId] = useState(contact?.mailboxId ? String(contact.mailboxId) : '');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const common = {
      name,
      lang: msgLang,
      sendResolved,
      ...(kind === 'webhook' ? { format } : { mailboxId: mailboxId ? Number(mailboxId) : null }),
    };
    const r = contact
      ? await callAction(actions.alerts.contacts.update, { ...common, id: contact.id, ...(target ? { target } : {}) }, lang)
      : await callAction(actions.alerts.contacts.create, { ...common, kind, target }, lang);
    setBusy(false);
    if (r.ok) return onSaved(name, r.data.signingSecret);
    setErrors(r.fields);
    setError(Object.keys(r.fields).length ? t('form.fix') : r.error);
  }

  return (
    <form class="omni-form" onSubmit={submit} data-contact-form={contact?.id ?? 'new'} noValidate>
      <h2>{contact ? t('cform.edit', { name: contact.name }) : t('cform.new')}</h2>
      <div class="omni-grid">
        <label class="omni-field">
          {t('cform.name')}
          <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} aria-invalid={errors.name ? 'true' : undefined} />
          <FieldErrors k="name" errors={errors} />
        </label>
        {!contact && (
          <label class="omni-field">
            {t('cform.kind')}
            <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'email' | 'webhook')}>
              <option value="email">{t('contact.kind.email')}</option>
              <option value="webhook">{t('contact.kind.webhook')}</option>
            </select>
          </label>
        )}
        <label class="omni-field">
          {t(kind === 'email' ? 'cform.target.email' : 'cform.target.webhook')}
          <input
            name="target"
            type={kind === 'email' ? 'email' : 'url'}
            autocomplete="off"
            value={target}
            onInput={(e) => setTarget(e.currentTarget.value)}
            aria-invalid={errors.target ? 'true' : undefined}
            aria-describedby={contact ? 'contact-target-keep' : undefined}
          />
          {contact && (
            <small id="contact-target-keep" class="omni-muted">
              {t('cform.targetKeep', { hint: contact.targetHint })}
            </small>
          )}
          <FieldErrors k="target" errors={errors} />
        </label>
        {kind === 'webhook' && (
          <label class="omni-field">
            {t('cform.format')}
            <select name="format" value={format} onChange={(e) => setFormat(e.currentTarget.value as Format)}>
              {formats.map((f) => (
                <option value={f}>{t(`cform.format.${f}`)}</option>
              ))}
            </select>
            <FieldErrors k="format" errors={errors} />
          </label>
        )}
        {kind === 'email' && (
          <label class="omni-field">
            {t('cform.mailbox')}
            <select name="mailboxId" value={mailboxId} onChange={(e) => setMailboxId(e.currentTarget.value)}>
              <option value="">{t('cform.mailboxDefault')}</option>
              {data.mailboxes.map((m) => (
                <option value={String(m.id)}>{m.name}</option>
              ))}
            </select>
            <FieldErrors k="mailboxId" errors={errors} />
          </label>
        )}
        <label class="omni-field">
          {t('cform.lang')}
          <select name="lang" value={msgLang} onChange={(e) => setMsgLang(e.currentTarget.value as Lang)}>
            <option value="pt-BR">{t('cform.lang.pt-BR')}</option>
            <option value="en">{t('cform.lang.en')}</option>
          </select>
        </label>
        <label class="omni-field">
          <input type="checkbox" name="sendResolved" checked={sendResolved} onChange={(e) => setSendResolved(e.currentTarget.checked)} />
          {t('cform.sendResolved')}
        </label>
      </div>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-actions">
        <button type="submit" disabled={busy}>
          {t(busy ? 'form.saving' : 'cform.save')}
        </button>
        <button type="button" class="omni-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
