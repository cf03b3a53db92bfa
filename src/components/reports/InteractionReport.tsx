import { useEffect, useState } from 'preact/hooks';
import { reportStrings } from '../../i18n/interaction-report';
import type { Lang } from '../../i18n/ui';

interface Option { id: number | string; name: string }
interface Row {
  id: number; at: string; type: 'created' | 'transferred' | 'finished'; protocol: string; channel: string; customer: string; service: string;
  tabulation_pt: string | null; tabulation_en: string | null; by_name: string | null; from_agent: string | null; to_agent: string | null;
  request_id: string | null; requested_by: string | null; requested_at: string | null;
}

/** The interaction history report: filters, a keyset-paged table, CSV export of the same search. */
export default function InteractionReport({ lang, services, tabulations, initial }: { lang: Lang; services: Option[]; tabulations: Option[]; initial: Record<string, string> }) {
  const [f, setF] = useState({ protocol: '', serviceId: '', from: '', to: '', tabulation: '', ...initial });
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [paged, setPaged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fmt = new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' });
  const params = (cursor?: string) => {
    const p = new URLSearchParams({ lang });
    for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
    if (cursor) p.set('cursor', cursor);
    return p;
  };
  const load = async (cursor?: string) => {
    setError(null);
    const r = await fetch(`/api/reports/interaction-history?${params(cursor)}`);
    const body = await r.json();
    if (!r.ok) return setError(body.error + (body.fields ? ` (${Object.keys(body.fields).join(', ')})` : ''));
    setRows(body.rows);
    setNext(body.next);
    setPaged(Boolean(cursor));
  };
  useEffect(() => { load(); }, []);
  const set = (k: keyof typeof f) => (e: Event) => setF({ ...f, [k]: (e.target as HTMLInputElement).value });

  return (
    <div class="omni-report">
      <form onSubmit={(e) => { e.preventDefault(); load(); }}>
        <label>{reportStrings.t(lang, 'protocol')}<input name="protocol" value={f.protocol} onInput={set('protocol')} /></label>
        <label>
          {reportStrings.t(lang, 'service')}
          <select name="serviceId" value={f.serviceId} onChange={set('serviceId')}>
            <option value="">{reportStrings.t(lang, 'anyService')}</option>
            {services.map((s) => <option value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <label>{reportStrings.t(lang, 'from')}<input name="from" type="date" value={f.from} onInput={set('from')} /></label>
        <label>{reportStrings.t(lang, 'to')}<input name="to" type="date" value={f.to} onInput={set('to')} /></label>
        <label>
          {reportStrings.t(lang, 'tabulation')}
          <select name="tabulation" value={f.tabulation} onChange={set('tabulation')}>
            <option value="">{reportStrings.t(lang, 'anyTabulation')}</option>
            {tabulations.map((t) => <option value={t.id}>{t.name}</option>)}
          </select>
        </label>
        <button type="submit">{reportStrings.t(lang, 'search')}</button>
        <a class="omni-button" href={`/api/reports/interaction-history.csv?${params()}`} download>{reportStrings.t(lang, 'exportCsv')}</a>
      </form>
      {error && <p class="omni-error" role="alert">{error}</p>}
      {rows.length === 0 ? (
        <p>{reportStrings.t(lang, 'none')}</p>
      ) : (
        <table class="omni-history">
          <thead>
            <tr><th>{reportStrings.t(lang, 'at')}</th><th>{reportStrings.t(lang, 'protocol')}</th><th>{reportStrings.t(lang, 'service')}</th><th>{reportStrings.t(lang, 'event')}</th><th>{reportStrings.t(lang, 'tabulation')}</th><th>{reportStrings.t(lang, 'by')}</th><th>{reportStrings.t(lang, 'requestedBy')}</th><th>{reportStrings.t(lang, 'requestedAt')}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-protocol={r.protocol} data-type={r.type}>
                <td>{fmt.format(new Date(r.at))}</td>
                <td>{r.protocol}</td>
                <td>{r.service}</td>
                <td>{reportStrings.t(lang, `event.${r.type}`)}{r.type === 'transferred' && r.to_agent ? ` → ${r.to_agent}` : ''}</td>
                <td>{lang === 'en' ? r.tabulation_en : r.tabulation_pt}</td>
                <td>{r.by_name}</td>
                <td>{r.requested_by}</td>
                <td>{r.requested_at ? fmt.format(new Date(r.requested_at)) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="omni-row">
        <button type="button" class="omni-secondary" disabled={!paged} onClick={() => load()}>{reportStrings.t(lang, 'first')}</button>
        <button type="button" class="omni-secondary" disabled={!next} onClick={() => load(next!)}>{reportStrings.t(lang, 'next')}</button>
      </div>
    </div>
  );
}
