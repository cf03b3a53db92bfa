import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { mailboxText } from '@/i18n/admin-mailboxes';
import type { Lang } from '@/i18n/ui';
import type { ShownResult } from '../checks/CheckResultView';
import { callAction } from '../lib/call-action';
import MailboxForm from './MailboxForm';
import MailboxRow, { type Mailbox as Row } from './MailboxRow';
import '../checks/checks.css';
import './admin.css';

type Editing = number | 'new' | null;

/**
 * The mailboxes screen: every mailbox with its latest test, create and edit (passwords write-only;
 * a save tests the new settings and shows the result inline), "Test now", enable and disable. `edit` opens one mailbox's form at once
 * (the health dashboard links here with ?edit=<id>).
 */
export default function MailboxAdmin({ lang, edit }: { lang: Lang; edit: number | null }) {
  const t = mailboxText.in(lang);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [editing, setEditing] = useState<Editing>(edit);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Record<number, ShownResult>>({});
  const [busy, setBusy] = useState<number | null>(null);
  // Times show in the organization's zone, as on the scheduler and audit screens (not the browser's).
  const [timeZone, setTimeZone] = useState('UTC');

  async function load() {
    const r = await callAction(actions.admin.mailboxes.list, {}, lang);
    if (r.ok) (setRows(r.data.mailboxes), setTimeZone(r.data.timeZone));
    else setError(r.error);
  }
  useEffect(() => void load(), []);

  async function testNow(m: Row) {
    setBusy(m.id);
    const r = await callAction(actions.checks.run, { id: 'mailbox-test', mailboxId: m.id }, lang);
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setResults((prev) => ({ ...prev, [m.id]: r.data }));
    await load();
  }

  async function setActive(m: Row, active: boolean) {
    const r = await callAction(actions.admin.mailboxes.setActive, { id: m.id, active }, lang);
    if (!r.ok) return setError(r.error);
    await load();
  }

  const current = typeof editing === 'number' ? (rows?.find((m) => m.id === editing) ?? null) : null;
  return (
    <div class="omni-admin" data-mailboxes>
      <p class="omni-actions">
        <button type="button" onClick={() => (setEditing('new'), setNotice(null))}>
          {t('new')}
        </button>
      </p>
      {notice && (
        <p class="omni-notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {editing !== null && (editing === 'new' || current) && (
        <MailboxForm
          key={String(editing)}
          lang={lang}
          mailbox={current}
          onCancel={() => setEditing(null)}
          onSaved={async (m, test) => {
            // The test run on save replaces any earlier result shown under the mailbox.
            setResults((prev) => {
              const { [m.id]: _earlier, ...rest } = prev;
              return test ? { ...rest, [m.id]: test } : rest;
            });
            await load();
            setEditing(null);
            setNotice(t(test ? 'form.saved' : 'form.savedUntested', { name: m.name }));
          }}
        />
      )}
      {rows && rows.length === 0 && <p>{t('empty')}</p>}
      {rows && rows.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.mailbox', 'col.servers', 'col.state', 'col.lastTest', 'col.actions'] as const).map((k) => (
                <th>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <MailboxRow
                key={m.id}
                lang={lang}
                m={m}
                timeZone={timeZone}
                result={results[m.id]}
                testing={busy === m.id}
                onEdit={() => (setEditing(m.id), setNotice(null))}
                onTest={() => testNow(m)}
                onSetActive={(active) => setActive(m, active)}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
