import { useEffect, useState } from 'preact/hooks';
import type { MailboxRow } from '../../admin/mailboxes/list-mailboxes';
import type { CheckStatus, Finding } from '../../checks/types';
import { mailboxText as mt } from '../../i18n/admin-mailboxes';
import type { Lang } from '../../i18n/ui';
import { CheckResultView, StatusPill, when, type ShownResult } from '../checks/CheckResultView';
import MailboxForm from './MailboxForm';
import { requestJson } from './request-json';
import '../checks/checks.css';
import './admin.css';

type Editing = number | 'new' | null;

/**
 * The mailboxes screen: every mailbox with its latest test, create and edit (passwords write-only),
 * "Test now" with the result inline, enable and disable. `edit` opens one mailbox's form at once
 * (the health dashboard links here with ?edit=<id>).
 */
export default function MailboxAdmin({ lang, edit }: { lang: Lang; edit: number | null }) {
  const [rows, setRows] = useState<MailboxRow[] | null>(null);
  const [editing, setEditing] = useState<Editing>(edit);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<Record<number, ShownResult>>({});
  const [busy, setBusy] = useState<number | null>(null);
  // Times show in the organization's zone, as on the scheduler and audit screens (not the browser's).
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);

  async function load() {
    const r = await requestJson<{ mailboxes: MailboxRow[]; timeZone: string }>(lang, '/api/admin/mailboxes');
    if (r.ok) (setRows(r.data.mailboxes), setTimeZone(r.data.timeZone));
    else setError(r.error);
  }
  useEffect(() => void load(), []);

  async function testNow(m: MailboxRow) {
    setBusy(m.id);
    const r = await requestJson<{ status: CheckStatus; summary: ShownResult['summary']; findings: Finding[]; at: string; durationMs: number }>(lang, '/api/checks/mailbox-test', { method: 'POST', body: { mailboxId: m.id } });
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setResults((prev) => ({ ...prev, [m.id]: r.data }));
    await load();
  }

  async function setActive(m: MailboxRow, active: boolean) {
    const r = await requestJson(lang, `/api/admin/mailboxes/${m.id}/active`, { method: 'POST', body: { active } });
    if (!r.ok) return setError(r.error);
    await load();
  }

  const current = typeof editing === 'number' ? (rows?.find((m) => m.id === editing) ?? null) : null;
  return (
    <div class="omni-admin" data-mailboxes>
      <p class="omni-actions">
        <button type="button" onClick={() => (setEditing('new'), setNotice(null))}>{mt.t(lang, 'new')}</button>
      </p>
      {notice && <p class="omni-notice" role="status">{notice}</p>}
      {error && <p class="omni-error" role="alert">{error}</p>}
      {editing !== null && (editing === 'new' || current) && (
        <MailboxForm
          key={String(editing)}
          lang={lang}
          mailbox={current}
          onCancel={() => setEditing(null)}
          onSaved={async (m) => {
            await load();
            setEditing(null);
            setNotice(mt.t(lang, 'form.saved', { name: m.name }));
          }}
        />
      )}
      {rows && rows.length === 0 && <p>{mt.t(lang, 'empty')}</p>}
      {rows && rows.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.mailbox', 'col.servers', 'col.state', 'col.lastTest', 'col.actions'] as const).map((k) => <th>{mt.t(lang, k)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((m) => [
              <tr key={m.id} data-mailbox={m.id} data-name={m.name}>
                <td data-label={mt.t(lang, 'col.mailbox')} class="omni-break">
                  <strong>{m.name}</strong>
                  {m.example && <span class="omni-tag omni-tag-example" title={mt.t(lang, 'exampleHint')} data-example>{mt.t(lang, 'example')}</span>}
                  <br />
                  <span class="omni-muted">{m.address}</span>
                  {m.example && <><br /><small class="omni-muted">{mt.t(lang, 'exampleHint')}</small></>}
                </td>
                <td data-label={mt.t(lang, 'col.servers')} class="omni-break">
                  IMAP {m.imapHost}:{m.imapPort}
                  <br />
                  SMTP {m.smtpHost}:{m.smtpPort}
                </td>
                <td data-label={mt.t(lang, 'col.state')} data-active={String(m.active)}>{m.active ? mt.t(lang, 'enabled') : mt.t(lang, 'disabled')}</td>
                <td data-label={mt.t(lang, 'col.lastTest')} data-last-test={m.lastTest?.status ?? ''}>
                  {m.lastTest ? (
                    <>
                      <StatusPill status={m.lastTest.status} lang={lang} /> <time dateTime={m.lastTest.at}>{when(m.lastTest.at, lang, timeZone)}</time>
                      {m.lastTest.problems.slice(0, 1).map((p) => <><br /><small>{p[lang]}</small></>)}
                    </>
                  ) : (
                    <span class="omni-muted">{mt.t(lang, 'never')}</span>
                  )}
                </td>
                <td data-label={mt.t(lang, 'col.actions')}>
                  <span class="omni-actions">
                    <button type="button" class="omni-secondary" data-action="edit" onClick={() => (setEditing(m.id), setNotice(null))}>{mt.t(lang, 'edit')}</button>
                    <button type="button" data-action="test" disabled={busy === m.id} onClick={() => testNow(m)}>{busy === m.id ? mt.t(lang, 'testing') : mt.t(lang, 'testNow')}</button>
                    <button type="button" class="omni-secondary" data-action={m.active ? 'disable' : 'enable'} onClick={() => setActive(m, !m.active)}>{m.active ? mt.t(lang, 'disable') : mt.t(lang, 'enable')}</button>
                  </span>
                </td>
              </tr>,
              results[m.id] && (
                <tr key={`r${m.id}`} class="omni-result-row" data-result-for={m.id}>
                  <td colSpan={5}>
                    <strong>{mt.t(lang, 'result.title', { name: m.name })}</strong>
                    <CheckResultView result={results[m.id]} lang={lang} timeZone={timeZone} />
                  </td>
                </tr>
              ),
            ])}
          </tbody>
        </table>
      )}
    </div>
  );
}
