import { useState } from 'preact/hooks';
import type { MailboxRow } from '../../admin/mailboxes/list-mailboxes';
import { mailboxText as mt } from '../../i18n/admin-mailboxes';
import { mailboxFieldLabels, type MailboxField } from '../../mail/fields';
import type { Lang } from '../../i18n/ui';
import { requestJson } from './request-json';

type Values = Record<MailboxField, string>;
const securities = ['tls', 'starttls', 'none'] as const;

function initial(m: MailboxRow | null): Values {
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

/**
 * Create or edit a mailbox. Passwords are write-only: on an existing mailbox "keep the current
 * password" is checked until the person types a new one. Per-field errors come from the server
 * (validation and the outbound guard), in the page's language.
 */
export default function MailboxForm({ lang, mailbox, onSaved, onCancel }: { lang: Lang; mailbox: MailboxRow | null; onSaved: (m: MailboxRow) => void; onCancel: () => void }) {
  const [v, setV] = useState<Values>(() => initial(mailbox));
  const [keep, setKeep] = useState({ imapPassword: Boolean(mailbox), smtpPassword: Boolean(mailbox) });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: MailboxField, value: string) => setV((prev) => ({ ...prev, [k]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    const body: Record<string, unknown> = { ...v, imapPort: Number(v.imapPort), smtpPort: Number(v.smtpPort) };
    for (const p of ['imapPassword', 'smtpPassword'] as const) if ((mailbox && keep[p]) || !v[p]) delete body[p];
    const r = await requestJson<{ mailbox: MailboxRow }>(lang, mailbox ? `/api/admin/mailboxes/${mailbox.id}` : '/api/admin/mailboxes', { method: mailbox ? 'PUT' : 'POST', body });
    setBusy(false);
    if (r.ok) return onSaved(r.data.mailbox);
    setErrors(r.fields);
    setError(Object.keys(r.fields).length ? mt.t(lang, 'form.fix') : r.error);
  }

  const field = (k: MailboxField, type = 'text', extra: Record<string, string> = {}) => (
    <label class="omni-field">
      {mailboxFieldLabels[k][lang]}
      <input name={k} type={type} value={v[k]} onInput={(e) => set(k, e.currentTarget.value)} aria-invalid={errors[k] ? 'true' : undefined} {...extra} />
      {errors[k]?.map((m) => <small class="omni-field-error" data-field-error={k}>{m}</small>)}
    </label>
  );
  const security = (k: 'imapSecurity' | 'smtpSecurity') => (
    <label class="omni-field">
      {mailboxFieldLabels[k][lang]}
      <select name={k} value={v[k]} onChange={(e) => set(k, e.currentTarget.value)}>
        {securities.map((s) => <option value={s}>{mt.t(lang, `security.${s}`)}</option>)}
      </select>
      {errors[k]?.map((m) => <small class="omni-field-error" data-field-error={k}>{m}</small>)}
    </label>
  );
  const password = (k: 'imapPassword' | 'smtpPassword') => (
    <div class="omni-field">
      {mailbox && (
        <label class="omni-check">
          <input type="checkbox" name={`keep-${k}`} checked={keep[k]} onChange={(e) => setKeep((p) => ({ ...p, [k]: e.currentTarget.checked }))} />
          {mt.t(lang, 'form.keep')}
        </label>
      )}
      {!(mailbox && keep[k]) && field(k, 'password', { autocomplete: 'new-password' })}
      {mailbox && keep[k] && errors[k]?.map((m) => <small class="omni-field-error" data-field-error={k}>{m}</small>)}
    </div>
  );

  return (
    <form class="omni-form" onSubmit={submit} data-mailbox-form={mailbox?.id ?? 'new'} noValidate>
      <h2>{mailbox ? mt.t(lang, 'form.edit', { name: mailbox.name }) : mt.t(lang, 'form.new')}</h2>
      <div class="omni-grid">
        {field('name')}
        {field('address', 'email')}
      </div>
      <fieldset>
        <legend>{mt.t(lang, 'form.imap')}</legend>
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
        <legend>{mt.t(lang, 'form.smtp')}</legend>
        <div class="omni-grid">
          {field('smtpHost')}
          {field('smtpPort', 'number', { min: '1', max: '65535' })}
          {security('smtpSecurity')}
          {field('smtpUser')}
          {password('smtpPassword')}
        </div>
      </fieldset>
      {error && <p class="omni-error" role="alert">{error}</p>}
      <p class="omni-actions">
        <button type="submit" disabled={busy}>{busy ? mt.t(lang, 'form.saving') : mt.t(lang, 'form.save')}</button>
        <button type="button" class="omni-secondary" onClick={onCancel}>{mt.t(lang, 'form.cancel')}</button>
      </p>
    </form>
  );
}
