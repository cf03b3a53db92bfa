import { alertText } from '@/i18n/admin-alerts';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import type { Contact } from './types';

export type TestResult = { ok: boolean; reply: string; ms: number };

interface Props {
  lang: Lang;
  c: Contact;
  demo: boolean;
  timeZone: string;
  /** The answer of "Send test", shown in the row. */
  result: TestResult | undefined;
  testing: boolean;
  onTest: () => void;
  onEdit: () => void;
  onSetEnabled: (enabled: boolean) => void;
  onDelete: () => void;
}

/** The last result a contact shows: a fresh test's reply, else its last error or last good send. */
function LastResult({ lang, c, timeZone, result }: Pick<Props, 'lang' | 'c' | 'timeZone' | 'result'>) {
  const t = alertText.in(lang);
  const when = (at: string) => formatMoment(at, lang, timeZone, 'zoned');
  if (result) return <span role="status">{t(result.ok ? 'contact.testOk' : 'contact.testFail', { ms: result.ms, reply: result.reply })}</span>;
  if (c.lastErrorAt && (!c.lastOkAt || c.lastErrorAt > c.lastOkAt))
    return <>{t('contact.lastError', { at: when(String(c.lastErrorAt)), error: c.lastError ?? '' })}</>;
  if (c.lastOkAt) return <>{t('contact.lastOk', { at: when(String(c.lastOkAt)) })}</>;
  return <span class="omni-muted">{t('contact.never')}</span>;
}

/** One contact: name and kind, the target's hint (never the target), state, last result, actions. */
export default function ContactRow({ lang, c, demo, timeZone, result, testing, onTest, onEdit, onSetEnabled, onDelete }: Props) {
  const t = alertText.in(lang);
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
        {!c.enabled && demo && (
          <>
            <br />
            <small class="omni-muted">{t('demo.contactNote')}</small>
          </>
        )}
      </td>
      <td data-label={t('col.lastResult')} class="omni-break" data-test-result={result ? String(result.ok) : ''}>
        <LastResult lang={lang} c={c} timeZone={timeZone} result={result} />
      </td>
      <td data-label={t('col.actions')}>
        <span class="omni-actions">
          <button type="button" data-action="test" disabled={testing} onClick={onTest}>
            {t(testing ? 'contact.testing' : 'contact.test')}
          </button>
          <button type="button" class="omni-secondary" data-action="edit" onClick={onEdit}>
            {t('edit')}
          </button>
          <button type="button" class="omni-secondary" data-action={c.enabled ? 'disable' : 'enable'} onClick={() => onSetEnabled(!c.enabled)}>
            {t(c.enabled ? 'contact.disable' : 'contact.enable')}
          </button>
          <button type="button" class="omni-secondary" data-action="delete" onClick={onDelete}>
            {t('delete')}
          </button>
        </span>
      </td>
    </tr>
  );
}
