import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import { mailboxText } from '@/i18n/admin-mailboxes';
import { mailboxFieldLabels, type MailboxField } from '@/mail/fields';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import type { ShownResult } from '../checks/CheckResultView';
import type { Mailbox } from './MailboxRow';

type Values = Record<MailboxField, string>;
const securities = ['tls', 'starttls', 'none'] as const;
type Security = (typeof securities)[number];

function initial(m: Mailbox | null): Values {
  return {
    name: m?.name ?? '',
    address: m?.address ?? '',
    imapHost: m?.imapHost ?? '',
    imapPort: String(m?.imapPort ?? 993),
    imapSecurity: m?.imapSecurity ?? 'tls',
    imapUser: m?.imapUser ?? '',
    imapPassword: '',
    folder: m?.folder ?? 'INBOX',
    smtpHost: m?.smtpHost ?? '',
    smtpPort: String(m?.smtpPort ?? 587),
    smtpSecurity: m?.smtpSecurity ?? 'starttls',
    smtpUser: m?.smtpUser ?? '',
    smtpPassword: '',
  };
}

/** The form's values as the operation takes them: ports as numbers, a kept or empty password left out. */
function inputOf(v: Values, keep: { imapPassword: boolean; smtpPassword: boolean }, editing: boolean) {
  const password = (p: 'imapPassword' | 'smtpPassword') => ((editing && keep[p]) || !v[p] ? undefined : v[p]);
  // The selects offer only `securities`; the server checks the value again.
  return {
    ...v,
    imapPort: Number(v.imapPort),
    smtpPort: Number(v.smtpPort),
    imapSecurity: v.imapSecurity as Security,
    smtpSecurity: v.smtpSecurity as Security,
    imapPassword: password('imapPassword'),
    smtpPassword: password('smtpPassword'),
  };
}

/** The messages the server gave for field `k`, under it. */
function FieldErrors({ k, errors }: { k: string; errors: Record<string, string[]> }) {
  return (
    <>
      {errors[k]?.map((m) => (
        <small class="omni-field-error" data-field-error={k}>
          {m}
        </small>
      ))}
    </>
  );
}

/** What a save hands back: the mailbox and the test run on its new settings (null without admin:checks). */
type Saved = (m: { id: number; name: string }, test: ShownResult | null) => void;

/** The form's values, password choices and its save through `admin.mailboxes.create`/`update`. */
function useMailboxSave(lang: Lang, mailbox: Mailbox | null, onSaved: Saved) {
  const [v, setV] = useState<Values>(() => initial(mailbox));
  const [keep, setKeep] = useState({ imapPassword: Boolean(mailbox), smtpPassword: Boolean(mailbox) });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const input = inputOf(v, keep, Boolean(mailbox));
    const r = mailbox
      ? await callAction(actions.admin.mailboxes.update, { ...input, id: mailbox.id }, lang)
      : await callAction(actions.admin.mailboxes.create, input, lang);
    setBusy(false);
    if (r.ok) return onSaved(r.data.mailbox, r.data.test);
    setErrors(r.fields);
    setError(Object.keys(r.fields).length ? mailboxText.t(lang, 'form.fix') : r.error);
  }
  const set = (k: MailboxField, value: string) => setV((prev) => ({ ...prev, [k]: value }));
  return { v, set, keep, setKeep, errors, error, busy, submit };
}

/**
 * Create or edit a mailbox. Passwords are write-only: on an existing mailbox "keep the current
 * password" is checked until the person types a new one. Per-field errors come from the server
 * (validation and the outbound guard), in the page's language.
 */
export default function MailboxForm({ lang, mailbox, onSaved, onCancel }: { lang: Lang; mailbox: Mailbox | null; onSaved: Saved; onCancel: () => void }) {
  const t = mailboxText.in(lang);
  const { v, set, keep, setKeep, errors, error, busy, submit } = useMailboxSave(lang, mailbox, onSaved);

  const field = (k: MailboxField, type = 'text', extra: Record<string, string> = {}) => (
    <label class="omni-field">
      {mailboxFieldLabels[k][lang]}
      <input name={k} type={type} value={v[k]} onInput={(e) => set(k, e.currentTarget.value)} aria-invalid={errors[k] ? 'true' : undefined} {...extra} />
      <FieldErrors k={k} errors={errors} />
    </label>
  );
  const security = (k: 'imapSecurity' | 'smtpSecurity') => (
    <label class="omni-field">
      {mailboxFieldLabels[k][lang]}
      <select name={k} value={v[k]} onChange={(e) => set(k, e.currentTarget.value)}>
        {securities.map((s) => (
          <option value={s}>{t(`security.${s}`)}</option>
        ))}
      </select>
      <FieldErrors k={k} errors={errors} />
    </label>
  );
  const password = (k: 'imapPassword' | 'smtpPassword') => (
    <div class="omni-field">
      {mailbox && (
        <label class="omni-check">
          <input type="checkbox" name={`keep-${k}`} checked={keep[k]} onChange={(e) => setKeep((p) => ({ ...p, [k]: e.currentTarget.checked }))} />
          {t('form.keep')}
        </label>
      )}
      {!(mailbox && keep[k]) && field(k, 'password', { autocomplete: 'new-password' })}
      {mailbox && keep[k] && <FieldErrors k={k} errors={errors} />}
    </div>
  );

  return (
    <form class="omni-form" onSubmit={submit} data-mailbox-form={mailbox?.id ?? 'new'} noValidate>
      <h2>{mailbox ? t('form.edit', { name: mailbox.name }) : t('form.new')}</h2>
      <div class="omni-grid">
        {field('name')}
        {field('address', 'email')}
      </div>
      <fieldset>
        <legend>{t('form.imap')}</legend>
        <div class="omni-grid">
          {field('imapHost')}
          {field('imapPort', 'number', { min: '1', max: '65535' })}
          {security('imapSecurity')}
          {field('imapUser')}
          {password('imapPassword')}
          {field('folder')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('form.smtp')}</legend>
        <div class="omni-grid">
          {field('smtpHost')}
          {field('smtpPort', 'number', { min: '1', max: '65535' })}
          {security('smtpSecurity')}
          {field('smtpUser')}
          {password('smtpPassword')}
        </div>
      </fieldset>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-actions">
        <button type="submit" disabled={busy}>
          {t(busy ? 'form.saving' : 'form.save')}
        </button>
        <button type="button" class="omni-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
