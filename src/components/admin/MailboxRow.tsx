import type { actions } from 'astro:actions';
import { mailboxText } from '@/i18n/admin-mailboxes';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { CheckResultView, StatusPill, type ShownResult } from '../checks/CheckResultView';

/** A mailbox as the list shows it (no password), with its latest test. */
export type Mailbox = Awaited<ReturnType<typeof actions.admin.mailboxes.list.orThrow>>['mailboxes'][number];

interface Props {
  lang: Lang;
  m: Mailbox;
  /** The organization's time zone (times never show in the browser's). */
  timeZone: string;
  /** The result of "Test now", shown in a row of its own under the mailbox. */
  result: ShownResult | undefined;
  testing: boolean;
  onEdit: () => void;
  onTest: () => void;
  onSetActive: (active: boolean) => void;
}

/** One mailbox of the list: name and address, servers, state, latest test, actions; then its fresh test result, if any. */
export default function MailboxRow({ lang, m, timeZone, result, testing, onEdit, onTest, onSetActive }: Props) {
  const t = mailboxText.in(lang);
  return (
    <>
      <tr key={m.id} data-mailbox={m.id} data-name={m.name}>
        <td data-label={t('col.mailbox')} class="omni-break">
          <strong>{m.name}</strong>
          {m.example && (
            <span class="omni-tag omni-tag-example" title={t('exampleHint')} data-example>
              {t('example')}
            </span>
          )}
          <br />
          <span class="omni-muted omni-whole">{m.address}</span>
          {m.example && (
            <>
              <br />
              <small class="omni-muted">{t('exampleHint')}</small>
            </>
          )}
        </td>
        <td data-label={t('col.servers')} class="omni-break">
          IMAP{' '}
          <span class="omni-whole">
            {m.imapHost}:{m.imapPort}
          </span>
          <br />
          SMTP{' '}
          <span class="omni-whole">
            {m.smtpHost}:{m.smtpPort}
          </span>
        </td>
        <td data-label={t('col.state')} data-active={String(m.active)}>
          {t(m.active ? 'enabled' : 'disabled')}
        </td>
        <td data-label={t('col.lastTest')} data-last-test={m.lastTest?.status ?? ''}>
          {m.lastTest ? (
            <>
              <StatusPill status={m.lastTest.status} lang={lang} />{' '}
              <time dateTime={m.lastTest.at}>{formatMoment(m.lastTest.at, lang, timeZone, 'dateTimeSeconds')}</time>
              {m.lastTest.stale && (
                <>
                  <br />
                  <small class="omni-stale" data-stale>
                    {t('staleTest')}
                  </small>
                </>
              )}
              {m.lastTest.problems.slice(0, 1).map((p) => (
                <>
                  <br />
                  <small>{p[lang]}</small>
                </>
              ))}
            </>
          ) : (
            <span class="omni-muted">{t('never')}</span>
          )}
        </td>
        <td data-label={t('col.actions')}>
          <span class="omni-actions">
            <button type="button" class="omni-secondary" data-action="edit" onClick={onEdit}>
              {t('edit')}
            </button>
            <button type="button" data-action="test" disabled={testing} onClick={onTest}>
              {t(testing ? 'testing' : 'testNow')}
            </button>
            <button type="button" class="omni-secondary" data-action={m.active ? 'disable' : 'enable'} onClick={() => onSetActive(!m.active)}>
              {t(m.active ? 'disable' : 'enable')}
            </button>
          </span>
        </td>
      </tr>
      {result && (
        <tr key={`r${m.id}`} class="omni-result-row" data-result-for={m.id}>
          <td colSpan={5}>
            <strong>{t('result.title', { name: m.name })}</strong>
            <CheckResultView result={result} lang={lang} timeZone={timeZone} />
          </td>
        </tr>
      )}
    </>
  );
}
