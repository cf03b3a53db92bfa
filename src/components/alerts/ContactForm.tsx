import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import FieldErrors from './FieldErrors';
import { CheckField, InputField, SelectField } from './FormFields';
import type { Contact, ContactsData } from './types';

const formats = ['json', 'slack', 'teams', 'google-chat'] as const;
type Format = (typeof formats)[number];

/** The form's values and its save through `alerts.contacts.create`/`update` (a kept target is left out). */
function useContactSave(lang: Lang, contact: Contact | null, onSaved: (name: string, signingSecret?: string) => void) {
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

  return {
    name,
    setName,
    kind,
    setKind,
    target,
    setTarget,
    format,
    setFormat,
    msgLang,
    setMsgLang,
    sendResolved,
    setSendResolved,
    mailboxId,
    setMailboxId,
    errors,
    error,
    busy,
    submit,
  };
}

/** The target: an address or a webhook URL, write-only (an existing contact shows its hint and keeps it when left empty). */
function TargetField(p: {
  lang: Lang;
  kind: 'email' | 'webhook';
  hint: string | null;
  value: string;
  onValue: (v: string) => void;
  errors: Record<string, string[]>;
}) {
  const t = alertText.in(p.lang);
  return (
    <label class="omni-field">
      {t(p.kind === 'email' ? 'cform.target.email' : 'cform.target.webhook')}
      <input
        name="target"
        type={p.kind === 'email' ? 'email' : 'url'}
        autocomplete="off"
        value={p.value}
        onInput={(e) => p.onValue(e.currentTarget.value)}
        aria-invalid={p.errors.target ? 'true' : undefined}
        aria-describedby={p.hint ? 'contact-target-keep' : undefined}
      />
      {p.hint && (
        <small id="contact-target-keep" class="omni-muted">
          {t('cform.targetKeep', { hint: p.hint })}
        </small>
      )}
      <FieldErrors k="target" errors={p.errors} />
    </label>
  );
}

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
  const f = useContactSave(lang, contact, onSaved);
  const { kind, errors } = f;

  return (
    <form class="omni-form" onSubmit={f.submit} data-contact-form={contact?.id ?? 'new'} noValidate>
      <h2>{contact ? t('cform.edit', { name: contact.name }) : t('cform.new')}</h2>
      <div class="omni-grid">
        <InputField label={t('cform.name')} name="name" value={f.name} onValue={f.setName} errors={errors} />
        {!contact && (
          <SelectField
            label={t('cform.kind')}
            name="kind"
            value={kind}
            onValue={(x) => f.setKind(x as 'email' | 'webhook')}
            errors={errors}
            options={[
              ['email', t('contact.kind.email')],
              ['webhook', t('contact.kind.webhook')],
            ]}
          />
        )}
        <TargetField lang={lang} kind={kind} hint={contact?.targetHint ?? null} value={f.target} onValue={f.setTarget} errors={errors} />
        {kind === 'webhook' && (
          <SelectField
            label={t('cform.format')}
            name="format"
            value={f.format}
            onValue={(x) => f.setFormat(x as Format)}
            errors={errors}
            options={formats.map((x) => [x, t(`cform.format.${x}`)] as const)}
          />
        )}
        {kind === 'email' && (
          <SelectField
            label={t('cform.mailbox')}
            name="mailboxId"
            value={f.mailboxId}
            onValue={f.setMailboxId}
            errors={errors}
            options={[['', t('cform.mailboxDefault')], ...data.mailboxes.map((m) => [String(m.id), m.name] as const)]}
          />
        )}
        <SelectField
          label={t('cform.lang')}
          name="lang"
          value={f.msgLang}
          onValue={(x) => f.setMsgLang(x as Lang)}
          errors={errors}
          options={[
            ['pt-BR', t('cform.lang.pt-BR')],
            ['en', t('cform.lang.en')],
          ]}
        />
        <CheckField label={t('cform.sendResolved')} name="sendResolved" checked={f.sendResolved} onChecked={f.setSendResolved} />
      </div>
      {f.error && (
        <p class="omni-error" role="alert">
          {f.error}
        </p>
      )}
      <p class="omni-actions">
        <button type="submit" disabled={f.busy}>
          {t(f.busy ? 'form.saving' : 'cform.save')}
        </button>
        <button type="button" class="omni-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
