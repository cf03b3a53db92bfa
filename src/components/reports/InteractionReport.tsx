import { useEffect, useRef, useState } from 'preact/hooks';
import type { HistoryRow } from '../../reports/interaction-history';
import { reportStrings as rs } from '../../i18n/interaction-report';
import { channelStrings } from '../../i18n/channels';
import type { Lang } from '../../i18n/ui';
import { requestJson } from '../admin/request-json';
import { fieldErrors } from '../bulk/hooks/field-errors';

interface Option { id: number | string; name: string }
interface Filter { protocol: string; serviceId: string; from: string; to: string; tabulation: string; request: string }
type Field = keyof Filter;
const FIELDS: Field[] = ['protocol', 'serviceId', 'from', 'to', 'tabulation', 'request'];

/**
 * The interaction history report: filters (a bad one gets its message beside it and clears the
 * table), a keyset-paged table in the organization's time zone, CSV export of the same search.
 */
export default function InteractionReport({ lang, services, tabulations, initial }: { lang: Lang; services: Option[]; tabulations: Option[]; initial: Partial<Filter> }) {
  const [f, setF] = useState<Filter>({ protocol: '', serviceId: '', from: '', to: '', tabulation: '', request: '', ...initial });
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [paged, setPaged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Partial<Record<Field, string[]>>>({});
  const [timeZone, setTimeZone] = useState('UTC');
  const form = useRef<HTMLFormElement>(null);
  const params = (filter: Filter, cursor?: string) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
    if (cursor) p.set('cursor', cursor);
    return p;
  };
  const load = async (cursor?: string, filter = f) => {
    setBusy(true);
    const r = await requestJson<{ rows: HistoryRow[]; next: string | null; timeZone: string }>(lang, `/api/reports/interaction-history?${params(filter, cursor)}`);
    setBusy(false);
    if (!r.ok) {
      // No stale rows under a refused search: the table empties and each field says what is wrong.
      const known = Object.fromEntries(Object.entries(r.fields).filter(([k]) => FIELDS.includes(k as Field))) as Partial<Record<Field, string[]>>;
      setFields(known);
      setError(Object.keys(known).length ? rs.t(lang, 'fixFields') : r.error);
      setRows(null);
      setNext(null);
      setPaged(false);
      const first = FIELDS.find((k) => known[k]);
      if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setFields({});
    setError(null);
    setTimeZone(r.data.timeZone);
    setRows(r.data.rows);
    setNext(r.data.next);
    setPaged(Boolean(cursor));
  };
  useEffect(() => { void load(); }, []);
  const set = (k: Field) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });
  const { message: fieldError, invalid } = fieldErrors<Field>('omni-report', fields);
  // The zone is named once above the table, so each cell is just the date and time.
  const at = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium', timeZone }).format(new Date(iso));
  const dropRequest = () => { const nf = { ...f, request: '' }; setF(nf); void load(undefined, nf); };

  return (
    <div class="omni-tool omni-report">
      <form ref={form} class="omni-report-filters" onSubmit={(e) => { e.preventDefault(); void load(); }}>
        <div class="omni-field-box">
          <label class="omni-field">{rs.t(lang, 'protocol')}<input name="protocol" maxLength={40} value={f.protocol} onInput={set('protocol')} {...invalid('protocol')} /></label>
          {fieldError('protocol')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">
            {rs.t(lang, 'service')}
            <select name="serviceId" value={f.serviceId} onChange={set('serviceId')} {...invalid('serviceId')}>
              <option value="">{rs.t(lang, 'anyService')}</option>
              {services.map((s) => <option value={s.id}>{s.name}</option>)}
            </select>
          </label>
          {fieldError('serviceId')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">{rs.t(lang, 'from')}<input name="from" type="date" min="2000-01-01" max="2099-12-31" value={f.from} onInput={set('from')} {...invalid('from')} /></label>
          {fieldError('from')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">{rs.t(lang, 'to')}<input name="to" type="date" min="2000-01-01" max="2099-12-31" value={f.to} onInput={set('to')} {...invalid('to')} /></label>
          {fieldError('to')}
        </div>
        <div class="omni-field-box">
          <label class="omni-field">
            {rs.t(lang, 'tabulation')}
            <select name="tabulation" value={f.tabulation} onChange={set('tabulation')} {...invalid('tabulation')}>
              <option value="">{rs.t(lang, 'anyTabulation')}</option>
              {tabulations.map((t) => <option value={t.id}>{t.name}</option>)}
            </select>
          </label>
          {fieldError('tabulation')}
        </div>
        <div class="omni-actions">
          <button type="submit" disabled={busy}>{rs.t(lang, 'search')}</button>
          <a class="omni-button omni-secondary" href={`/api/reports/interaction-history.csv?${params(f)}&lang=${lang}`} download>{rs.t(lang, 'exportCsv')}</a>
        </div>
      </form>
      {f.request && (
        <p class="omni-notice omni-actions">
          <span>{rs.t(lang, 'byRequest')}</span>
          <button type="button" class="omni-secondary" onClick={dropRequest}>{rs.t(lang, 'allRequests')}</button>
        </p>
      )}
      {fields.request && <p class="omni-error">{fields.request.join(' ')}</p>}
      {error && <p class="omni-error" role="alert">{error}</p>}
      <div aria-live="polite" class="omni-report-results">
        {busy && <p class="omni-muted">{rs.t(lang, 'loading')}</p>}
        {rows && rows.length === 0 && <p>{rs.t(lang, 'none')}</p>}
        {rows && rows.length > 0 && <p class="omni-muted">{rs.t(lang, 'shown', { n: rows.length, tz: timeZone })}</p>}
      </div>
      {rows && rows.length > 0 && (
        <table class="omni-history omni-cards">
          <thead>
            <tr>{(['at', 'protocol', 'service', 'channel', 'event', 'tabulation', 'by', 'requestedBy', 'requestedAt'] as const).map((k) => <th scope="col">{rs.t(lang, k)}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-protocol={r.protocol} data-type={r.type}>
                <td data-label={rs.t(lang, 'at')}><time dateTime={r.at}>{at(r.at)}</time></td>
                <td data-label={rs.t(lang, 'protocol')}>{r.protocol}</td>
                <td data-label={rs.t(lang, 'service')}>{r.service}</td>
                <td data-label={rs.t(lang, 'channel')} data-channel={r.channel}>{channelStrings.t(lang, r.channel)}</td>
                <td data-label={rs.t(lang, 'event')}>{rs.t(lang, `event.${r.type}`)}{r.type === 'transferred' && r.to_agent ? ` → ${r.to_agent}` : ''}</td>
                <td data-label={rs.t(lang, 'tabulation')}>{lang === 'en' ? r.tabulation_en : r.tabulation_pt}</td>
                <td data-label={rs.t(lang, 'by')}>{r.by_name}</td>
                <td data-label={rs.t(lang, 'requestedBy')}>{r.requested_by}</td>
                <td data-label={rs.t(lang, 'requestedAt')}>{r.requested_at ? <time dateTime={r.requested_at}>{at(r.requested_at)}</time> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows && (paged || next) && (
        <div class="omni-actions">
          <button type="button" class="omni-secondary" disabled={!paged} onClick={() => load()}>{rs.t(lang, 'first')}</button>
          <button type="button" class="omni-secondary" disabled={!next} onClick={() => load(next!)}>{rs.t(lang, 'next')}</button>
        </div>
      )}
    </div>
  );
}
