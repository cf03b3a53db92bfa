import { useEffect, useState } from 'preact/hooks';
import { bulkActionIds } from '../../lib/bulk-action-ids';
import type { BulkHistoryRow } from '../../bulk/history';
import type { BulkRequestState } from '../../db/schema/bulk';
import { bulkStrings } from '../../i18n/bulk';
import { historyText as ht } from '../../i18n/bulk-history';
import type { Lang } from '../../i18n/ui';
import { formatAt } from './format-time';
import { requestJson } from './request-json';
import './admin.css';

type Filters = { kind: string; state: string; from: string; to: string };
/** The states a request goes through (the schema's list; kept here so the island ships no database code). */
const bulkRequestStates = ['waiting', 'running', 'done', 'failed', 'cancelled'] as const satisfies readonly BulkRequestState[];
const none: Filters = { kind: '', state: '', from: '', to: '' };
const queryOf = (f: Filters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v)).toString();

/** The bulk history: every request in the caller's scope, filters by kind, state and days, keyset pages. */
export default function BulkHistory({ lang }: { lang: Lang }) {
  const prefix = lang === 'en' ? '/en' : '';
  const [draft, setDraft] = useState<Filters>(none);
  const [applied, setApplied] = useState<Filters>(none);
  const [rows, setRows] = useState<BulkHistoryRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});

  async function load(f: Filters, cursor: string | null) {
    const r = await requestJson<{ requests: BulkHistoryRow[]; next: string | null; timeZone: string }>(lang, `/api/bulk/history?${queryOf(f)}${cursor ? `&cursor=${cursor}` : ''}`);
    if (!r.ok) return (setError(r.error), setFields(r.fields));
    setError(null);
    setFields({});
    setTimeZone(r.data.timeZone);
    setRows((prev) => (cursor ? [...(prev ?? []), ...r.data.requests] : r.data.requests));
    setNext(r.data.next);
  }
  useEffect(() => void load(none, null), []);

  const set = (k: keyof Filters, v: string) => setDraft((p) => ({ ...p, [k]: v }));
  const err = (k: string) => fields[k]?.map((m) => <small class="omni-field-error">{m}</small>);
  return (
    <div class="omni-admin" data-bulk-history>
      <form class="omni-filters" onSubmit={(e) => (e.preventDefault(), setApplied(draft), void load(draft, null))}>
        <label class="omni-field">
          {ht.t(lang, 'kind')}
          <select name="kind" value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
            <option value="">{ht.t(lang, 'any')}</option>
            {bulkActionIds.map((k) => <option value={k}>{ht.t(lang, `kind.${k}`)}</option>)}
          </select>
        </label>
        <label class="omni-field">
          {ht.t(lang, 'state')}
          <select name="state" value={draft.state} onChange={(e) => set('state', e.currentTarget.value)}>
            <option value="">{ht.t(lang, 'any')}</option>
            {bulkRequestStates.map((s) => <option value={s}>{bulkStrings.t(lang, `request.${s}`)}</option>)}
          </select>
        </label>
        <label class="omni-field">{ht.t(lang, 'from')}<input type="date" name="from" value={draft.from} onInput={(e) => set('from', e.currentTarget.value)} />{err('from')}</label>
        <label class="omni-field">{ht.t(lang, 'to')}<input type="date" name="to" value={draft.to} onInput={(e) => set('to', e.currentTarget.value)} />{err('to')}</label>
        <button type="submit">{ht.t(lang, 'apply')}</button>
      </form>
      {error && <p class="omni-error" role="alert">{error}</p>}
      <p class="omni-muted">{ht.t(lang, 'tz', { tz: timeZone })}</p>
      {rows && rows.length === 0 && <p>{ht.t(lang, 'empty')}</p>}
      {rows && rows.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>{(['col.when', 'col.who', 'col.kind', 'col.service', 'col.state', 'col.counts', 'col.open'] as const).map((k) => <th>{ht.t(lang, k)}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-request={r.id} data-kind={r.kind} data-service={r.serviceId ?? ''}>
                <td data-label={ht.t(lang, 'col.when')}><time dateTime={r.createdAt}>{formatAt(r.createdAt, lang, timeZone)}</time></td>
                <td data-label={ht.t(lang, 'col.who')} class="omni-break">{r.requestedBy ?? '—'}</td>
                <td data-label={ht.t(lang, 'col.kind')}>{(bulkActionIds as readonly string[]).includes(r.kind) ? ht.t(lang, `kind.${r.kind as (typeof bulkActionIds)[number]}`) : r.kind}</td>
                <td data-label={ht.t(lang, 'col.service')}>{r.service ?? ht.t(lang, 'allServices')}</td>
                <td data-label={ht.t(lang, 'col.state')} data-state={r.state}>{bulkStrings.t(lang, `request.${r.state as BulkRequestState}`)}</td>
                <td data-label={ht.t(lang, 'col.counts')}>{ht.t(lang, 'counts', { processed: r.processed, total: r.total, failed: r.failed })}</td>
                <td data-label={ht.t(lang, 'col.open')}>
                  <span class="omni-actions">
                    <a href={`${prefix}/bulk/request/?id=${r.id}`} data-open>{ht.t(lang, 'status')}</a>
                    {r.failed > 0 && <a href={`/api/bulk/${r.id}/failures.csv?lang=${lang}`} download data-failures-csv>{ht.t(lang, 'failures')}</a>}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && <p><button type="button" class="omni-secondary" onClick={() => load(applied, next)} data-more>{ht.t(lang, 'more')}</button></p>}
    </div>
  );
}
