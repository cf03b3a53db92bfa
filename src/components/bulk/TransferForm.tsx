import { useEffect, useState } from 'preact/hooks';
import BulkProgress from './BulkProgress';
import { transferStrings } from '../../i18n/attendance-transfer';
import type { Lang } from '../../i18n/ui';

interface Service { id: number; name: string }
interface Row { id: number; protocol: string; channel: string; customerName: string; agentId: number | null; agentName: string | null; createdAt: string; expiresAt: string | null; expired: boolean }
interface Agent { id: number; name: string; email: string; current: number; currentChats: number; maxAttend: number; maxChats: number }
interface Preview {
  items: { attendanceId: number; fromAgentId: number | null }[];
  moving: number;
  tooMany: boolean;
  problems: { attendanceId: number; protocol: string; reason: string }[];
  target: Agent | null;
  overCapacity: boolean;
}

const API = '/api/bulk/attendance-transfer';
const channels = ['chat', 'email', 'whatsapp', 'phone'];

/** Minutes since `iso`, as "1 h 05 min" / "12 min". */
function age(iso: string): string {
  const m = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  return m >= 60 ? `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min` : `${m} min`;
}

/**
 * Attendance transfer: pick a service, list its attendances in attendance (keyset pages,
 * filters), select many (or all across pages), pick the target with load and capacity, preview,
 * confirm, follow the job.
 */
export default function TransferForm({ lang, services }: { lang: Lang; services: Service[] }) {
  const q = `lang=${lang}`;
  const [serviceId, setServiceId] = useState<number>(services.length === 1 ? services[0].id : 0);
  const [filter, setFilter] = useState({ agentId: '', channel: '', minAgeMinutes: '' });
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const [next, setNext] = useState<number | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [all, setAll] = useState(false);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [agents, setAgents] = useState<Agent[]>([]);
  const [target, setTarget] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const params = (after?: number) => {
    const p = new URLSearchParams({ serviceId: String(serviceId), lang });
    for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
    if (after) p.set('after', String(after));
    return p;
  };
  const load = async (after?: number) => {
    setError(null);
    const r = await fetch(`${API}/attendances?${params(after)}`);
    const body = await r.json();
    if (!r.ok) return setError(body.error);
    setRows(body.attendances);
    setTotal(body.total);
    setNext(body.next);
  };
  useEffect(() => {
    if (!serviceId) return;
    setSelected(new Set());
    setAll(false);
    setPreview(null);
    setCursors([undefined]);
    load();
    fetch(`${API}/agents?serviceId=${serviceId}&${q}`).then(async (r) => setAgents(r.ok ? (await r.json()).agents : []));
  }, [serviceId]);

  const count = all ? total - excluded.size : selected.size;
  const isChecked = (id: number) => (all ? !excluded.has(id) : selected.has(id));
  const toggle = (id: number) => {
    const set = new Set(all ? excluded : selected);
    set.has(id) ? set.delete(id) : set.add(id);
    all ? setExcluded(set) : setSelected(set);
  };
  const selectPage = () => setSelected(new Set([...selected, ...rows.map((r) => r.id)]));
  const clear = () => {
    setAll(false);
    setExcluded(new Set());
    setSelected(new Set());
  };
  const targetAgent = agents.find((a) => a.id === target);

  const runPreview = async () => {
    if (!count) return setError(transferStrings.t(lang, 'nothingSelected'));
    if (!target) return setError(transferStrings.t(lang, 'noTarget'));
    setBusy(true);
    setError(null);
    const f = { serviceId, ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v).map(([k, v]) => [k, k === 'channel' ? v : Number(v)])) };
    const selection = all ? { all: true, exclude: [...excluded] } : { ids: [...selected] };
    const r = await fetch(`${API}/preview?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filter: f, selection, targetAgentId: target }) });
    const body = await r.json();
    setBusy(false);
    if (!r.ok) return setError(body.error);
    setPreview(body);
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    const r = await fetch(`${API}/confirm?${q}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId, targetAgentId: target, items: preview.items }) });
    const body = await r.json();
    setBusy(false);
    if (!r.ok) return setError(body.error);
    setRequestId(body.requestId);
  };

  if (requestId) return <BulkProgress requestId={requestId} lang={lang} />;
  const load$ = (a: Agent) => transferStrings.t(lang, 'load', { current: a.current, maxAttend: a.maxAttend, maxChats: a.maxChats });
  return (
    <div class="omni-transfer">
      <div class="omni-row">
        <label>
          {transferStrings.t(lang, 'service')}
          <select name="serviceId" value={serviceId} onChange={(e) => setServiceId(Number((e.target as HTMLSelectElement).value))}>
            <option value={0}>{transferStrings.t(lang, 'chooseService')}</option>
            {services.map((s) => <option value={s.id}>{s.name}</option>)}
          </select>
        </label>
      </div>
      {serviceId > 0 && (
        <>
          <form onSubmit={(e) => { e.preventDefault(); setCursors([undefined]); clear(); load(); }}>
            <label>
              {transferStrings.t(lang, 'agent')}
              <select name="agentId" value={filter.agentId} onChange={(e) => setFilter({ ...filter, agentId: (e.target as HTMLSelectElement).value })}>
                <option value="">{transferStrings.t(lang, 'anyAgent')}</option>
                {agents.map((a) => <option value={a.id}>{a.name}</option>)}
              </select>
            </label>
            <label>
              {transferStrings.t(lang, 'channel')}
              <select name="channel" value={filter.channel} onChange={(e) => setFilter({ ...filter, channel: (e.target as HTMLSelectElement).value })}>
                <option value="">{transferStrings.t(lang, 'anyChannel')}</option>
                {channels.map((c) => <option value={c}>{c}</option>)}
              </select>
            </label>
            <label>
              {transferStrings.t(lang, 'age')}
              <input name="minAgeMinutes" type="number" min={0} value={filter.minAgeMinutes} onInput={(e) => setFilter({ ...filter, minAgeMinutes: (e.target as HTMLInputElement).value })} />
            </label>
            <button type="submit" class="omni-secondary">{transferStrings.t(lang, 'filter')}</button>
          </form>
          <div class="omni-row">
            <button type="button" class="omni-secondary" onClick={selectPage} disabled={all || rows.length === 0}>{transferStrings.t(lang, 'selectPage')}</button>
            <button type="button" class="omni-secondary" onClick={() => { setAll(true); setExcluded(new Set()); }} disabled={total === 0}>{transferStrings.t(lang, 'selectAll', { n: total })}</button>
            <button type="button" class="omni-secondary" onClick={clear}>{transferStrings.t(lang, 'clear')}</button>
            <strong class="omni-selected">{all && excluded.size === 0 ? transferStrings.t(lang, 'allSelected', { n: total }) : transferStrings.t(lang, 'selected', { n: count })}</strong>
          </div>
          {rows.length === 0 ? (
            <p>{transferStrings.t(lang, 'none')}</p>
          ) : (
            <table class="omni-transfer-list">
              <thead>
                <tr><th></th><th>{transferStrings.t(lang, 'protocol')}</th><th>{transferStrings.t(lang, 'customer')}</th><th>{transferStrings.t(lang, 'agent')}</th><th>{transferStrings.t(lang, 'channel')}</th><th>{transferStrings.t(lang, 'openFor')}</th></tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} data-protocol={r.protocol}>
                    <td><input type="checkbox" aria-label={r.protocol} checked={isChecked(r.id)} onChange={() => toggle(r.id)} /></td>
                    <td>{r.protocol} {r.expired && <span class="omni-tag omni-warn">{transferStrings.t(lang, 'expiredTag')}</span>}</td>
                    <td>{r.customerName}</td>
                    <td>{r.agentName}</td>
                    <td>{r.channel}</td>
                    <td>{age(r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div class="omni-row">
            <button type="button" class="omni-secondary" disabled={cursors.length < 2} onClick={() => { setCursors([undefined]); load(); }}>{transferStrings.t(lang, 'first')}</button>
            <button type="button" class="omni-secondary" disabled={!next} onClick={() => { setCursors([...cursors, next!]); load(next!); }}>{transferStrings.t(lang, 'next')}</button>
          </div>
          <div class="omni-row">
            <label>
              {transferStrings.t(lang, 'target')}
              <select name="targetAgentId" value={target} onChange={(e) => { setTarget(Number((e.target as HTMLSelectElement).value)); setPreview(null); }}>
                <option value={0}>{transferStrings.t(lang, 'chooseTarget')}</option>
                {agents.map((a) => <option value={a.id}>{`${a.name} — ${load$(a)}`}</option>)}
              </select>
            </label>
            <button type="button" onClick={runPreview} disabled={busy}>{transferStrings.t(lang, 'preview')}</button>
          </div>
          {targetAgent && targetAgent.current + count > targetAgent.maxAttend && (
            <p class="omni-warn" role="status">{transferStrings.t(lang, 'overCapacity', { agent: targetAgent.name, after: targetAgent.current + count, maxAttend: targetAgent.maxAttend })}</p>
          )}
        </>
      )}
      {error && <p class="omni-error" role="alert">{error}</p>}
      {preview && (
        <div class="omni-dialog omni-transfer-preview" role="dialog" aria-label={transferStrings.t(lang, 'previewTitle')}>
          <p><strong>{transferStrings.t(lang, 'previewTitle')}</strong></p>
          <p>{transferStrings.t(lang, 'willMove', { n: preview.moving, agent: preview.target?.name ?? '' })}</p>
          {preview.target && <p>{load$(preview.target)}</p>}
          {preview.overCapacity && preview.target && (
            <p class="omni-warn">{transferStrings.t(lang, 'overCapacity', { agent: preview.target.name, after: preview.target.current + preview.moving, maxAttend: preview.target.maxAttend })}</p>
          )}
          {preview.problems.length > 0 && (
            <>
              <p>{transferStrings.t(lang, 'problems')}</p>
              <ul class="omni-problems">
                {preview.problems.map((p) => <li key={p.attendanceId}>{p.protocol}: {p.reason}</li>)}
              </ul>
            </>
          )}
          <div class="omni-row">
            <button type="button" onClick={confirm} disabled={busy}>{transferStrings.t(lang, 'confirm')}</button>
            <button type="button" class="omni-secondary" onClick={() => setPreview(null)}>{transferStrings.t(lang, 'back')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
