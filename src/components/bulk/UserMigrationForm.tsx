import { useEffect, useState } from 'preact/hooks';
import { migrationText, type MigrationTextKey } from '../../i18n/user-migration';
import type { Lang } from '../../i18n/ui';
import BulkProgress from './BulkProgress';

interface Row { id: number; name: string; email: string; active: boolean; kind: string; revertOn: string | null }
interface HistoryEvent { at: string; event: string; name: string; email: string; from: string | null; to: string | null }
interface Preview { willMove: number; problemCount: number; problems: { userId: number; name: string; email: string; problem: string }[] }

const API = '/api/bulk/user-migration';

/** Associated users of a service → select (page or all across pages) → destination and mode → preview → confirm → progress; with the service's history. */
export default function UserMigrationForm({ lang, services, initialService, pageSize = 25 }: { lang: Lang; services: { id: number; name: string }[]; initialService?: number; pageSize?: number }) {
  const PAGE = pageSize;
  const s = (k: MigrationTextKey, vars: Record<string, string | number> = {}) => migrationText[k][lang].replace(/\{(\w+)\}/g, (_, v) => String(vars[v] ?? ''));
  const [origin, setOrigin] = useState<number>(initialService ?? services[0]?.id ?? 0);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [list, setList] = useState<{ total: number; users: Row[] }>({ total: 0, users: [] });
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [all, setAll] = useState(false);
  const [destination, setDestination] = useState<number>(0);
  const [mode, setMode] = useState<'permanent' | 'temporary'>('permanent');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const [history, setHistory] = useState<HistoryEvent[]>([]);
  const lq = `lang=${lang}`;

  const load = async () => {
    const r = await fetch(`${API}/users?serviceId=${origin}&q=${encodeURIComponent(q)}&page=${page}&pageSize=${PAGE}&${lq}`);
    const body = await r.json();
    if (!r.ok) return setError(body.error);
    setList(body);
  };
  const loadHistory = async () => {
    const r = await fetch(`${API}/history?serviceId=${origin}&limit=20&${lq}`);
    if (r.ok) setHistory((await r.json()).events);
  };
  useEffect(() => { if (origin) { load(); } }, [origin, q, page]);
  useEffect(() => { if (origin) loadHistory(); }, [origin]);
  const reset = () => { setSelected(new Set()); setAll(false); setPreview(null); setError(null); };

  const toggle = (id: number) => {
    const next = new Set(selected);
    next.has(id) ? next.delete(id) : next.add(id);
    setSelected(next);
    setAll(false);
    setPreview(null);
  };
  const body = () => JSON.stringify({ originServiceId: origin, destinationServiceId: destination, mode, userIds: all ? [] : [...selected], all, q: all ? q : '' });
  const post = (path: string) => fetch(`${API}/${path}?${lq}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });

  const runPreview = async (e: globalThis.Event) => {
    e.preventDefault();
    setError(null);
    const r = await post('preview');
    const b = await r.json();
    if (!r.ok) return setError(b.error);
    setPreview(b);
  };
  const confirm = async () => {
    const r = await post('confirm');
    const b = await r.json();
    if (r.status !== 202) return setError(b.error);
    setRequestId(b.requestId);
  };
  const count = all ? list.total : selected.size;
  const pages = Math.max(1, Math.ceil(list.total / PAGE));
  const label = (r: Row) => (!r.active ? s('inactiveLabel') : r.kind === 'temporary' && r.revertOn ? s('temporaryUntil', { date: r.revertOn }) : s('active'));

  return (
    <div class="bulk-form bulk-migration" data-pagefind-ignore>
      <form class="bulk-filter" onSubmit={(e) => e.preventDefault()}>
        <label>
          {s('origin')}
          <select name="origin" value={origin} onChange={(e) => { setOrigin(Number((e.target as HTMLSelectElement).value)); setPage(1); reset(); setRequestId(null); }}>
            {services.map((x) => <option value={x.id}>{x.name}</option>)}
          </select>
        </label>
        <label>
          {s('filter')}
          <input name="q" type="search" value={q} onInput={(e) => { setQ((e.target as HTMLInputElement).value); setPage(1); reset(); }} />
        </label>
      </form>
      <p class="bulk-selection">
        <button type="button" class="bulk-select-page" onClick={() => { setSelected(new Set([...selected, ...list.users.map((u) => u.id)])); setAll(false); setPreview(null); }}>{s('selectPage')}</button>{' '}
        <button type="button" class="bulk-select-all" onClick={() => { setAll(true); setPreview(null); }}>{s('selectAll', { n: list.total })}</button>{' '}
        <button type="button" onClick={reset}>{s('clear')}</button>{' '}
        <strong data-testid="selected">{all ? s('allSelected', { n: list.total }) : s('selected', { n: selected.size })}</strong>
      </p>
      {list.users.length === 0 ? <p>{s('noUsers')}</p> : (
        <table class="bulk-users">
          <thead><tr><th></th><th>{s('name')}</th><th>{s('email')}</th><th>{s('status')}</th></tr></thead>
          <tbody>
            {list.users.map((u) => (
              <tr>
                <td><input type="checkbox" aria-label={u.email} checked={all || selected.has(u.id)} disabled={all} onChange={() => toggle(u.id)} /></td>
                <td>{u.name}</td><td>{u.email}</td><td>{label(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="bulk-pages">
        <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>{s('prev')}</button> {s('page', { p: page, n: pages })}{' '}
        <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>{s('next')}</button>
      </p>
      <form class="bulk-target" onSubmit={runPreview}>
        <label>
          {s('destination')}
          <select name="destination" value={destination} onChange={(e) => { setDestination(Number((e.target as HTMLSelectElement).value)); setPreview(null); }}>
            <option value={0}>{s('choose')}</option>
            {services.filter((x) => x.id !== origin).map((x) => <option value={x.id}>{x.name}</option>)}
          </select>
        </label>
        <label><span><input type="radio" name="mode" value="permanent" checked={mode === 'permanent'} onChange={() => { setMode('permanent'); setPreview(null); }} /> {s('permanent')}</span></label>
        <label><span><input type="radio" name="mode" value="temporary" checked={mode === 'temporary'} onChange={() => { setMode('temporary'); setPreview(null); }} /> {s('temporary')}</span></label>
        <button type="submit" disabled={count === 0 || !destination}>{s('preview')}</button>
      </form>
      {error && <p class="bulk-error" role="alert">{error}</p>}
      {preview && !requestId && (
        <section class="bulk-preview">
          <p data-testid="will-move">{s('willMove', { n: preview.willMove, p: preview.problemCount })}</p>
          {preview.problems.length > 0 && (
            <table class="bulk-problems">
              <thead><tr><th>{s('name')}</th><th>{s('email')}</th><th>{s('status')}</th></tr></thead>
              <tbody>{preview.problems.map((p) => <tr><td>{p.name}</td><td>{p.email}</td><td>{p.problem}</td></tr>)}</tbody>
            </table>
          )}
          {preview.willMove > 0 && <button type="button" class="bulk-confirm" onClick={confirm}>{s('confirm')}</button>}
        </section>
      )}
      {requestId && (
        <section>
          <p>{s('started')}</p>
          <BulkProgress requestId={requestId} lang={lang} />
          <button type="button" onClick={() => { setRequestId(null); reset(); load(); loadHistory(); }}>↻</button>
        </section>
      )}
      <h3>{s('history')}</h3>
      <table class="bulk-history">
        <thead><tr><th>{s('when')}</th><th>{s('name')}</th><th>{s('event')}</th><th>{s('from')}</th><th>{s('to')}</th></tr></thead>
        <tbody>
          {history.map((h) => (
            <tr><td>{new Date(h.at).toLocaleString(lang)}</td><td>{h.name}</td><td>{migrationText[`event.${h.event}` as MigrationTextKey]?.[lang] ?? h.event}</td><td>{h.from}</td><td>{h.to}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
