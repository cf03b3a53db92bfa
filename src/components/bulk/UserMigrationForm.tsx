import { useEffect, useState } from 'preact/hooks';
import { migrationStrings, migrationText, type MigrationTextKey } from '../../i18n/user-migration';
import type { Lang } from '../../i18n/ui';
import type { AssociatedUsersPage } from '../../bulk/user-migration/users-query';
import type { MigrationHistory, MigrationPreview } from '../../bulk/user-migration/responses';
import { formatAt } from '../admin/format-time';
import BulkProgress from './BulkProgress';
import { jsonOf, postJson, type Wire } from './hooks/http';
import { useKeysetPages } from './hooks/use-keyset-pages';
import { useSelection } from './hooks/use-selection';
import { usePreviewFlow } from './hooks/use-preview-flow';
import './bulk-forms.css';

type Row = Wire<AssociatedUsersPage['users'][number]>;
type HistoryEvent = Wire<MigrationHistory['events'][number]>;
const API = '/api/bulk/user-migration';

/** A calendar date ("2026-11-28", already the organization's day) as people of `lang` write it: 28/11/2026, Nov 28, 2026. */
export function localDate(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang, { dateStyle: lang === 'en' ? 'medium' : 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** Associated users of a service → select (page or all across pages) → destination and mode → preview → confirm → progress and summary; with the service's history. */
export default function UserMigrationForm({ lang, services, initialService, pageSize = 25 }: { lang: Lang; services: { id: number; name: string }[]; initialService?: number; pageSize?: number }) {
  const t = migrationStrings.t;
  const lq = `lang=${lang}`;
  const [origin, setOrigin] = useState<number>(initialService ?? services[0]?.id ?? 0);
  const [q, setQ] = useState('');
  const [destination, setDestination] = useState<number>(0);
  const [mode, setMode] = useState<'permanent' | 'temporary'>('permanent');
  const [history, setHistory] = useState<HistoryEvent[]>([]);
  const [timeZone, setTimeZone] = useState('UTC');
  const sel = useSelection<number>();
  const flow = usePreviewFlow<MigrationPreview>();

  const pages = useKeysetPages<Row, number>(
    async (page = 1) => {
      const body = await jsonOf<Wire<AssociatedUsersPage>>(fetch(`${API}/users?serviceId=${origin}&q=${encodeURIComponent(q)}&page=${page}&pageSize=${pageSize}&${lq}`));
      setTimeZone(body.timeZone);
      return { rows: body.users, total: body.total, next: page * pageSize < body.total ? page + 1 : null };
    },
    [origin, q],
    origin > 0,
  );
  const loadHistory = async () => {
    const r = await jsonOf<Wire<MigrationHistory>>(fetch(`${API}/history?serviceId=${origin}&limit=20&${lq}`)).catch(() => null);
    if (r) {
      setHistory(r.events);
      setTimeZone(r.timeZone);
    }
  };
  useEffect(() => {
    if (origin) void loadHistory();
  }, [origin]);
  const choicesChanged = () => {
    if (!flow.started) flow.back();
  };
  const startOver = () => {
    sel.clear();
    flow.reset();
  };
  const refresh = () => {
    void pages.reload();
    void loadHistory();
  };
  /** The job ended: moved users leave the list (and the selection), the history shows them. */
  const ended = () => {
    flow.finished();
    sel.clear();
    refresh();
  };

  const body = () => ({ originServiceId: origin, destinationServiceId: destination, mode, userIds: sel.all ? [] : [...sel.ids], all: sel.all, q: sel.all ? q : '' });
  const runPreview = (e: Event) => {
    e.preventDefault();
    return flow.runPreview(() => jsonOf<MigrationPreview>(postJson(`${API}/preview?${lq}`, body())));
  };
  const confirm = () => flow.confirm(async () => (await jsonOf<{ requestId: string }>(postJson(`${API}/confirm?${lq}`, body()))).requestId);
  const count = sel.count(pages.total);
  const label = (r: Row) => (!r.active ? t(lang, 'inactiveLabel') : r.kind === 'temporary' && r.revertOn ? t(lang, 'temporaryUntil', { date: localDate(r.revertOn, lang) }) : t(lang, 'active'));
  const pageCount = Math.max(1, Math.ceil(pages.total / pageSize));
  const destName = services.find((s) => s.id === destination)?.name ?? '';
  const prefix = lang === 'en' ? '/en' : '';
  const preview = flow.preview;

  return (
    <div class="omni-tool omni-bulk-form bulk-form bulk-migration" data-pagefind-ignore>
      <form class="bulk-fields bulk-filter" onSubmit={(e) => e.preventDefault()}>
        <label class="omni-field">
          {t(lang, 'origin')}
          <select name="origin" value={origin} onChange={(e) => { setOrigin(Number((e.target as HTMLSelectElement).value)); startOver(); }}>
            {services.map((x) => <option value={x.id}>{x.name}</option>)}
          </select>
        </label>
        <label class="omni-field">
          {t(lang, 'filter')}
          <input name="q" type="search" value={q} onInput={(e) => { setQ((e.target as HTMLInputElement).value); sel.clear(); choicesChanged(); }} />
        </label>
      </form>
      <div class="omni-actions bulk-selection">
        <button type="button" class="omni-secondary bulk-select-page" disabled={pages.rows.length === 0} onClick={() => { sel.addPage(pages.rows.map((u) => u.id)); choicesChanged(); }}>{t(lang, 'selectPage')}</button>
        <button type="button" class="omni-secondary bulk-select-all" disabled={pages.total === 0} onClick={() => { sel.selectAll(); choicesChanged(); }}>{t(lang, 'selectAll', { n: pages.total })}</button>
        <button type="button" class="omni-secondary" onClick={() => { sel.clear(); choicesChanged(); }}>{t(lang, 'clear')}</button>
        <span class="bulk-selected" data-testid="selected" role="status">{sel.all && sel.excluded.size === 0 ? t(lang, 'allSelected', { n: pages.total }) : count === 1 ? t(lang, 'selectedOne') : t(lang, 'selected', { n: count })}</span>
      </div>
      {pages.error && <p class="omni-error" role="alert">{pages.error}</p>}
      {pages.rows.length === 0 ? <p>{t(lang, 'noUsers')}</p> : (
        <table class="bulk-users omni-cards">
          <thead><tr><th scope="col"><span class="sr-only">{t(lang, 'select')}</span></th><th scope="col">{t(lang, 'name')}</th><th scope="col">{t(lang, 'email')}</th><th scope="col">{t(lang, 'status')}</th></tr></thead>
          <tbody>
            {pages.rows.map((u) => (
              <tr key={u.id} data-user={u.id}>
                <td class="bulk-tick"><input type="checkbox" aria-label={u.email} checked={sel.isChecked(u.id)} onChange={() => { sel.toggle(u.id); choicesChanged(); }} /></td>
                <td data-label={t(lang, 'name')}>{u.name}</td>
                <td class="bulk-wide" data-label={t(lang, 'email')}>{u.email}</td>
                <td data-label={t(lang, 'status')}>{label(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="omni-actions bulk-pages" aria-label={t(lang, 'page', { p: pages.page, n: pageCount })}>
        <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.prevPage}>{t(lang, 'prev')}</button>
        <span class="omni-muted">{t(lang, 'page', { p: pages.page, n: pageCount })}</span>
        <button type="button" class="omni-secondary" disabled={!pages.hasNext} onClick={pages.nextPage}>{t(lang, 'next')}</button>
      </nav>
      {!flow.started && (
        <form class="bulk-fields bulk-target" onSubmit={runPreview}>
          <label class="omni-field">
            {t(lang, 'destination')}
            <select name="destination" value={destination} onChange={(e) => { setDestination(Number((e.target as HTMLSelectElement).value)); choicesChanged(); }}>
              <option value={0}>{t(lang, 'choose')}</option>
              {services.filter((x) => x.id !== origin).map((x) => <option value={x.id}>{x.name}</option>)}
            </select>
          </label>
          <fieldset>
            <legend>{t(lang, 'mode')}</legend>
            <label class="omni-check"><input type="radio" name="mode" value="permanent" checked={mode === 'permanent'} onChange={() => { setMode('permanent'); choicesChanged(); }} /> {t(lang, 'permanent')}</label>
            <label class="omni-check"><input type="radio" name="mode" value="temporary" checked={mode === 'temporary'} onChange={() => { setMode('temporary'); choicesChanged(); }} /> {t(lang, 'temporary')}</label>
          </fieldset>
          <div class="omni-actions bulk-submit">
            <button type="submit" disabled={count === 0 || !destination || flow.busy}>{t(lang, 'preview')}</button>
          </div>
        </form>
      )}
      {flow.error && <p class="bulk-error omni-error" role="alert">{flow.error}</p>}
      {preview && !flow.started && (
        <section class="omni-dialog bulk-preview" aria-label={t(lang, 'preview')}>
          <p data-testid="will-move">{t(lang, 'willMove', { n: preview.willMove, p: preview.problemCount })}</p>
          {preview.problems.length > 0 && (
            <table class="bulk-problems omni-cards">
              <thead><tr><th scope="col">{t(lang, 'name')}</th><th scope="col">{t(lang, 'email')}</th><th scope="col">{t(lang, 'status')}</th></tr></thead>
              <tbody>{preview.problems.map((p) => <tr key={p.userId}><td data-label={t(lang, 'name')}>{p.name}</td><td class="bulk-wide" data-label={t(lang, 'email')}>{p.email}</td><td data-label={t(lang, 'status')}>{p.problem}</td></tr>)}</tbody>
            </table>
          )}
          <div class="omni-actions">
            {preview.willMove > 0 && <button type="button" class="bulk-confirm" disabled={flow.busy} onClick={confirm}>{t(lang, 'confirm')}</button>}
            <button type="button" class="omni-secondary" onClick={flow.back}>{t(lang, 'back')}</button>
          </div>
        </section>
      )}
      {flow.requestId && (
        <section class="bulk-run">
          {flow.state === 'running' && <p>{t(lang, 'started')}</p>}
          <BulkProgress
            requestId={flow.requestId}
            lang={lang}
            onEnd={ended}
            summary={{
              counts: (moved, failed) => t(lang, 'summaryCounts', { moved, failed }),
              newLabel: t(lang, 'newMigration'),
              onNew: startOver,
              links: destination ? [{ href: `${prefix}/bulk/migrate/?service=${destination}`, label: t(lang, 'seeDestination', { service: destName }) }] : [],
            }}
          />
        </section>
      )}
      <div class="omni-actions bulk-history-head">
        <h3>{t(lang, 'history')}</h3>
        <span class="bulk-tooltip">
          <button type="button" class="omni-icon-button bulk-refresh" aria-label={t(lang, 'refresh')} aria-describedby="bulk-refresh-tip" onClick={refresh}>
            <span aria-hidden="true">↻</span>
          </button>
          <span role="tooltip" id="bulk-refresh-tip">{t(lang, 'refresh')}</span>
        </span>
      </div>
      <p class="omni-muted">{t(lang, 'tz', { tz: timeZone })}</p>
      {history.length === 0 ? <p class="bulk-no-history">{t(lang, 'noHistory')}</p> : (
        <table class="bulk-history omni-cards">
          <thead><tr><th scope="col">{t(lang, 'when')}</th><th scope="col">{t(lang, 'name')}</th><th scope="col">{t(lang, 'event')}</th><th scope="col">{t(lang, 'from')}</th><th scope="col">{t(lang, 'to')}</th></tr></thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={`${h.at}-${h.userId}-${i}`}>
                <td data-label={t(lang, 'when')}><time dateTime={h.at}>{formatAt(h.at, lang, timeZone)}</time></td>
                <td data-label={t(lang, 'name')}>{h.name}</td>
                <td data-label={t(lang, 'event')}>{migrationText[`event.${h.event}` as MigrationTextKey]?.[lang] ?? h.event}</td>
                <td data-label={t(lang, 'from')}>{h.from}</td>
                <td data-label={t(lang, 'to')}>{h.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
