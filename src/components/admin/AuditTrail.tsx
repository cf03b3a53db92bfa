import { downloadHref } from '../lib/stream';
import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { auditActions, auditText, outcomeLabel } from '@/i18n/admin-audit';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import AuditRow, { type AuditEntry } from './AuditRow';
import './admin.css';

type Filters = { actor: string; action: string; outcome: string; from: string; to: string; checks: string };
const none: Filters = { actor: '', action: '', outcome: '', from: '', to: '', checks: '' };

/** The filters that are set (empty ones mean "any" and are left out). */
const filled = (f: Filters): Partial<Filters> => Object.fromEntries(Object.entries(f).filter(([, v]) => v));

/** The records the applied filters select, page by page, and the means to apply new filters. */
function useAuditRecords(lang: Lang, initial: Partial<Filters>) {
  const [applied, setApplied] = useState<Filters>({ ...none, ...initial });
  const [rows, setRows] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});

  async function load(f: Filters, before: number | null) {
    setBusy(true);
    const { checks, ...rest } = filled(f);
    const r = await callAction(actions.admin.audit.list, { ...rest, checks: checks === '1', before: before ?? undefined }, lang);
    setBusy(false);
    if (!r.ok) return (setError(r.error), setFields(r.fields));
    setError(null);
    setFields({});
    setTimeZone(r.data.timeZone);
    setRows((prev) => (before ? [...prev, ...r.data.records] : r.data.records));
    setNext(r.data.next);
  }
  useEffect(() => void load(applied, null), []);

  const apply = (f: Filters) => {
    setApplied(f);
    const query = new URLSearchParams(filled(f)).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    void load(f, null);
  };
  return { applied, rows, next, timeZone, busy, error, fields, apply, more: () => load(applied, next) };
}

/** The filter form (actor, action, outcome, days) with Apply, Clear and the CSV export of what they select. */
function AuditFilters({
  lang,
  initial,
  applied,
  fields,
  apply,
}: {
  lang: Lang;
  initial: Partial<Filters>;
  applied: Filters;
  fields: Record<string, string[]>;
  apply: (f: Filters) => void;
}) {
  const at = auditText.in(lang);
  const [draft, setDraft] = useState<Filters>({ ...none, ...initial });
  const [facets, setFacets] = useState<{ actions: string[]; outcomes: string[] }>({ actions: [], outcomes: [] });
  useEffect(() => void callAction(actions.admin.audit.facets, {}, lang).then((r) => r.ok && setFacets(r.data)), []);
  const set = (k: keyof Filters, v: string) => setDraft((p) => ({ ...p, [k]: v }));
  // Actions and outcomes read in the page's language; the stored id stays the filter's value.
  const choice = (k: 'action' | 'outcome', options: string[]) => (
    <select name={k} value={draft[k]} onChange={(e) => set(k, e.currentTarget.value)}>
      <option value="">{at('any')}</option>
      {[...new Set([...options, draft[k]].filter(Boolean))]
        .map((o) => ({ o, label: k === 'outcome' ? outcomeLabel(lang, o) : auditActions.stored(o)[lang] }))
        .sort((a, b) => a.label.localeCompare(b.label, lang))
        .map(({ o, label }) => (
          <option value={o}>{label}</option>
        ))}
    </select>
  );
  const err = (k: string) => fields[k]?.map((m) => <small class="omni-field-error">{m}</small>);
  const date = (k: 'from' | 'to') => <input name={k} type="date" value={draft[k]} onInput={(e) => set(k, e.currentTarget.value)} />;
  return (
    <form class="omni-filters" onSubmit={(e) => (e.preventDefault(), apply(draft))}>
      <label class="omni-field">
        {at('actor')}
        <input name="actor" type="search" value={draft.actor} onInput={(e) => set('actor', e.currentTarget.value)} />
        {err('actor')}
      </label>
      {(['action', 'outcome'] as const).map((k) => (
        <label class="omni-field">
          {at(k)}
          {choice(k, k === 'action' ? facets.actions : facets.outcomes)}
          {err(k)}
        </label>
      ))}
      {(['from', 'to'] as const).map((k) => (
        <label class="omni-field">
          {at(k)}
          {date(k)}
          {err(k)}
        </label>
      ))}
      {/* Check runs stay in each check's history; this shows them here too. */}
      <label class="omni-check">
        <input
          type="checkbox"
          name="checks"
          checked={draft.checks === '1'}
          aria-describedby="audit-checks-hint"
          onChange={(e) => set('checks', e.currentTarget.checked ? '1' : '')}
        />{' '}
        {at('checks')}
      </label>
      <small id="audit-checks-hint" class="omni-muted omni-field-wide">
        {at('checks.hint')}
      </small>
      <span class="omni-actions">
        <button type="submit">{at('apply')}</button>
        <button type="button" class="omni-secondary" onClick={() => (setDraft(none), apply(none))}>
          {at('clear')}
        </button>
        {/* A download link may be copied and opened elsewhere (no referring page), so it names its language. */}
        <a class="omni-button" href={downloadHref({ audit: filled(applied) }, lang)} download data-csv>
          {at('csv')}
        </a>
      </span>
    </form>
  );
}

/**
 * The audit trail: filters (actor, action, outcome, range of days), keyset pages ("Load more"),
 * each record's inputs and details expandable, CSV export of what the filters select. `initial`
 * comes from the page's query string, so a filtered view can be linked.
 */
export default function AuditTrail({ lang, initial }: { lang: Lang; initial: Partial<Filters> }) {
  const at = auditText.in(lang);
  const { applied, rows, next, timeZone, busy, error, fields, apply, more } = useAuditRecords(lang, initial);
  return (
    <div class="omni-admin" data-audit>
      <AuditFilters lang={lang} initial={initial} applied={applied} fields={fields} apply={apply} />
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      <p class="omni-muted" aria-live="polite">
        {busy ? at('loading') : at('shown', { n: rows.length })} · {at('tz', { tz: timeZone })}
      </p>
      {rows.length === 0 && !busy && !error && <p>{at('empty')}</p>}
      {rows.length > 0 && (
        <table class="omni-cards">
          <thead>
            <tr>
              {(['col.when', 'col.who', 'col.action', 'col.target', 'col.outcome'] as const).map((k) => (
                <th>{at(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <AuditRow key={r.id} lang={lang} r={r} timeZone={timeZone} />
            ))}
          </tbody>
        </table>
      )}
      {next !== null ? (
        <p>
          <button type="button" class="omni-secondary" disabled={busy} onClick={more} data-more>
            {at('more')}
          </button>
        </p>
      ) : (
        rows.length > 0 && <p class="omni-muted">{at('end')}</p>
      )}
    </div>
  );
}
