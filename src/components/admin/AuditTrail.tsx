import { useEffect, useState } from 'preact/hooks';
import type { AuditRecord } from '../../db/schema';
import { auditActions, auditText as at, outcomeLabel, targetLabel } from '../../i18n/admin-audit';
import type { Lang } from '../../i18n/ui';
import { formatAt } from './format-time';
import { requestJson } from './request-json';
import './admin.css';

type Row = Omit<AuditRecord, 'at'> & { at: string };
type Filters = { actor: string; action: string; outcome: string; from: string; to: string };
const none: Filters = { actor: '', action: '', outcome: '', from: '', to: '' };

/** The filters as a query string, leaving empty ones out. */
const queryOf = (f: Filters) => new URLSearchParams(Object.entries(f).filter(([, v]) => v)).toString();

/** A target as its localized kind and id; a bulk request links to its status page. */
function Target({ lang, target }: { lang: Lang; target: string }) {
  const { kind, id, bulkRequestId } = targetLabel(lang, target);
  const text = kind ? `${kind} ${id}` : id;
  return bulkRequestId ? <a href={`${lang === 'en' ? '/en' : ''}/bulk/request/?id=${encodeURIComponent(bulkRequestId)}`}>{text}</a> : <>{text}</>;
}

/**
 * The audit trail: filters (actor, action, outcome, range of days), keyset pages ("Load more"),
 * each record's inputs and details expandable, CSV export of what the filters select. `initial`
 * comes from the page's query string, so a filtered view can be linked.
 */
export default function AuditTrail({ lang, initial }: { lang: Lang; initial: Partial<Filters> }) {
  const [draft, setDraft] = useState<Filters>({ ...none, ...initial });
  const [applied, setApplied] = useState<Filters>({ ...none, ...initial });
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [facets, setFacets] = useState<{ actions: string[]; outcomes: string[] }>({ actions: [], outcomes: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});

  async function load(f: Filters, before: number | null) {
    setBusy(true);
    const r = await requestJson<{ records: Row[]; next: number | null; timeZone: string }>(lang, `/api/admin/audit?${queryOf(f)}${before ? `&before=${before}` : ''}`);
    setBusy(false);
    if (!r.ok) return (setError(r.error), setFields(r.fields));
    setError(null);
    setFields({});
    setTimeZone(r.data.timeZone);
    setRows((prev) => (before ? [...prev, ...r.data.records] : r.data.records));
    setNext(r.data.next);
  }
  useEffect(() => {
    void load(applied, null);
    void requestJson<{ actions: string[]; outcomes: string[] }>(lang, '/api/admin/audit/facets').then((r) => r.ok && setFacets(r.data));
  }, []);

  const apply = (f: Filters) => {
    setApplied(f);
    history.replaceState(null, '', `${location.pathname}${queryOf(f) ? `?${queryOf(f)}` : ''}`);
    void load(f, null);
  };
  const set = (k: keyof Filters, v: string) => setDraft((p) => ({ ...p, [k]: v }));
  // Actions and outcomes read in the page's language; the stored id stays the filter's value.
  const choice = (k: 'action' | 'outcome', options: string[]) => (
    <select name={k} value={draft[k]} onChange={(e) => set(k, e.currentTarget.value)}>
      <option value="">{at.t(lang, 'any')}</option>
      {[...new Set([...options, draft[k]].filter(Boolean))]
        .map((o) => ({ o, label: k === 'outcome' ? outcomeLabel(lang, o) : auditActions.stored(o)[lang] }))
        .sort((a, b) => a.label.localeCompare(b.label, lang))
        .map(({ o, label }) => <option value={o}>{label}</option>)}
    </select>
  );
  const err = (k: string) => fields[k]?.map((m) => <small class="omni-field-error">{m}</small>);

  return (
    <div class="omni-admin" data-audit>
      <form class="omni-filters" onSubmit={(e) => (e.preventDefault(), apply(draft))}>
        <label class="omni-field">{at.t(lang, 'actor')}<input name="actor" type="search" value={draft.actor} onInput={(e) => set('actor', e.currentTarget.value)} />{err('actor')}</label>
        <label class="omni-field">{at.t(lang, 'action')}{choice('action', facets.actions)}{err('action')}</label>
        <label class="omni-field">{at.t(lang, 'outcome')}{choice('outcome', facets.outcomes)}{err('outcome')}</label>
        <label class="omni-field">{at.t(lang, 'from')}<input name="from" type="date" value={draft.from} onInput={(e) => set('from', e.currentTarget.value)} />{err('from')}</label>
        <label class="omni-field">{at.t(lang, 'to')}<input name="to" type="date" value={draft.to} onInput={(e) => set('to', e.currentTarget.value)} />{err('to')}</label>
        <span class="omni-actions">
          <button type="submit">{at.t(lang, 'apply')}</button>
          <button type="button" class="omni-secondary" onClick={() => (setDraft(none), apply(none))}>{at.t(lang, 'clear')}</button>
          <a class="omni-button" href={`/api/admin/audit.csv?lang=${lang}${queryOf(applied) ? `&${queryOf(applied)}` : ''}`} download data-csv>{at.t(lang, 'csv')}</a>
        </span>
      </form>
      {error && <p class="omni-error" role="alert">{error}</p>}
      <p class="omni-muted" aria-live="polite">
        {busy ? at.t(lang, 'loading') : at.t(lang, 'shown', { n: rows.length })} · {at.t(lang, 'tz', { tz: timeZone })}
      </p>
      {rows.length === 0 && !busy && !error && <p>{at.t(lang, 'empty')}</p>}
      {rows.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>{(['col.when', 'col.who', 'col.action', 'col.target', 'col.outcome'] as const).map((k) => <th>{at.t(lang, k)}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-audit-id={r.id} data-action={r.action}>
                <td data-label={at.t(lang, 'col.when')}><time dateTime={r.at}>{formatAt(r.at, lang, timeZone)}</time></td>
                <td data-label={at.t(lang, 'col.who')} class="omni-break">{r.actorEmail ?? at.t(lang, 'nobody')}</td>
                <td data-label={at.t(lang, 'col.action')} title={r.action}>{auditActions.stored(r.action)[lang]}</td>
                <td data-label={at.t(lang, 'col.target')} class="omni-break" data-target={r.target ?? undefined}>{r.target ? <Target lang={lang} target={r.target} /> : '—'}</td>
                <td data-label={at.t(lang, 'col.outcome')}>
                  <span data-outcome={r.outcome}>{outcomeLabel(lang, r.outcome)}</span>
                  <details>
                    <summary>{at.t(lang, 'details')}</summary>
                    <p>{at.t(lang, 'ip')}: {r.ip ?? '—'}</p>
                    {r.inputs != null && (<><strong>{at.t(lang, 'inputs')}</strong><pre>{JSON.stringify(r.inputs, null, 2)}</pre></>)}
                    {r.details != null && (<><strong>{at.t(lang, 'details')}</strong><pre>{JSON.stringify(r.details, null, 2)}</pre></>)}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next !== null ? (
        <p><button type="button" class="omni-secondary" disabled={busy} onClick={() => load(applied, next)} data-more>{at.t(lang, 'more')}</button></p>
      ) : (
        rows.length > 0 && <p class="omni-muted">{at.t(lang, 'end')}</p>
      )}
    </div>
  );
}
