import { useEffect, useState } from 'preact/hooks';
import BulkProgress from './BulkProgress';
import { transferStrings } from '../../i18n/attendance-transfer';
import type { Lang } from '../../i18n/ui';
import { openFor } from './open-for';
import type { AgentLoad } from '../../bulk/attendance-transfer/agents';
import type { AttendancePage } from '../../bulk/attendance-transfer/list';
import type { TransferPreview } from '../../bulk/attendance-transfer/preview';
import { channelStrings } from '../../i18n/channels';
import { jsonOf, postJson, type Wire } from './hooks/http';
import { useKeysetPages } from './hooks/use-keyset-pages';
import { useSelection } from './hooks/use-selection';
import { usePreviewFlow } from './hooks/use-preview-flow';
import './bulk-forms.css';

type Row = Wire<AttendancePage['attendances'][number]>;
const channelList = Object.keys(channelStrings.table) as (keyof typeof channelStrings.table)[];
const API = '/api/bulk/attendance-transfer';
const PAGE = 50;

/**
 * Attendance transfer: pick a service, list its attendances in attendance (keyset pages,
 * filters), select many (or all across pages; expired ones cannot be ticked), pick the target
 * with load and capacity, preview, confirm, follow the job, end on a summary.
 */
export default function TransferForm({ lang, services }: { lang: Lang; services: { id: number; name: string }[] }) {
  const t = transferStrings.t;
  const q = `lang=${lang}`;
  const [serviceId, setServiceId] = useState<number>(services.length === 1 ? services[0].id : 0);
  const [draft, setDraft] = useState({ agentId: '', channel: '', minAgeMinutes: '' });
  const [filter, setFilter] = useState(draft);
  const [agents, setAgents] = useState<AgentLoad[]>([]);
  const [target, setTarget] = useState(0);
  const [round, setRound] = useState(0);
  const sel = useSelection<number>();
  const flow = usePreviewFlow<TransferPreview>();

  const pages = useKeysetPages<Row, number>(
    async (after) => {
      const p = new URLSearchParams({ serviceId: String(serviceId), limit: String(PAGE), lang });
      for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
      if (after) p.set('after', String(after));
      const body = await jsonOf<Wire<AttendancePage>>(fetch(`${API}/attendances?${p}`));
      return { rows: body.attendances, next: body.next, total: body.total };
    },
    [serviceId, filter, round],
    serviceId > 0,
  );
  useEffect(() => {
    sel.clear();
    flow.reset();
    if (!serviceId) return setAgents([]);
    jsonOf<{ agents: AgentLoad[] }>(fetch(`${API}/agents?serviceId=${serviceId}&${q}`)).then((b) => setAgents(b.agents), () => setAgents([]));
  }, [serviceId, round]);

  const count = sel.count(pages.total);
  const targetAgent = agents.find((a) => a.id === target);
  const load$ = (a: AgentLoad) => t(lang, 'load', { current: a.current, maxAttend: a.maxAttend, maxChats: a.maxChats });
  const channelLabel = (c: string) => channelStrings.stored(c)[lang];
  const blocked = (r: Row) => (r.expired ? t(lang, 'blockedExpired') : null);
  const changed = () => flow.state !== 'idle' && !flow.started && flow.back();

  const runPreview = () => {
    if (!count) return flow.fail(t(lang, 'nothingSelected'));
    if (!target) return flow.fail(t(lang, 'noTarget'));
    const f = { serviceId, ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v).map(([k, v]) => [k, k === 'channel' ? v : Number(v)])) };
    const selection = sel.all ? { all: true, exclude: [...sel.excluded] } : { ids: [...sel.ids] };
    return flow.runPreview(() => jsonOf<TransferPreview>(postJson(`${API}/preview?${q}`, { filter: f, selection, targetAgentId: target })));
  };
  const confirm = () =>
    flow.confirm(async () => (await jsonOf<{ requestId: string }>(postJson(`${API}/confirm?${q}`, { serviceId, targetAgentId: target, items: flow.preview!.items }))).requestId);
  const startOver = () => {
    flow.reset();
    sel.clear();
    setTarget(0);
    setRound(round + 1);
  };

  if (flow.requestId) {
    return (
      <div class="omni-tool omni-bulk-form omni-transfer" data-pagefind-ignore>
        <BulkProgress
          requestId={flow.requestId}
          lang={lang}
          onEnd={flow.finished}
          summary={{ counts: (moved, failed) => t(lang, 'summaryCounts', { moved, failed }), newLabel: t(lang, 'newTransfer'), onNew: startOver }}
        />
      </div>
    );
  }

  const preview = flow.preview;
  const capacity = preview
    ? preview.overCapacity && preview.target && t(lang, 'overCapacity', { agent: preview.target.name, after: preview.target.current + preview.moving, maxAttend: preview.target.maxAttend })
    : targetAgent && count > 0 && targetAgent.current + count > targetAgent.maxAttend && t(lang, 'capacityEstimate', { n: count, agent: targetAgent.name, after: targetAgent.current + count, maxAttend: targetAgent.maxAttend });
  return (
    <div class="omni-tool omni-bulk-form omni-transfer" data-pagefind-ignore>
      <div class="bulk-fields">
        <label class="omni-field">
          {t(lang, 'service')}
          <select name="serviceId" value={serviceId} onChange={(e) => setServiceId(Number((e.target as HTMLSelectElement).value))}>
            <option value={0}>{t(lang, 'chooseService')}</option>
            {services.map((s) => <option value={s.id}>{s.name}</option>)}
          </select>
        </label>
      </div>
      {serviceId > 0 && (
        <>
          <form class="bulk-fields" onSubmit={(e) => { e.preventDefault(); sel.clear(); changed(); setFilter({ ...draft }); }}>
            <label class="omni-field">
              {t(lang, 'agent')}
              <select name="agentId" value={draft.agentId} onChange={(e) => setDraft({ ...draft, agentId: (e.target as HTMLSelectElement).value })}>
                <option value="">{t(lang, 'anyAgent')}</option>
                {agents.map((a) => <option value={a.id}>{a.name}</option>)}
              </select>
            </label>
            <label class="omni-field">
              {t(lang, 'channel')}
              <select name="channel" value={draft.channel} onChange={(e) => setDraft({ ...draft, channel: (e.target as HTMLSelectElement).value })}>
                <option value="">{t(lang, 'anyChannel')}</option>
                {channelList.map((c) => <option value={c}>{channelLabel(c)}</option>)}
              </select>
            </label>
            <label class="omni-field">
              {t(lang, 'age')}
              <input name="minAgeMinutes" type="number" min={0} inputMode="numeric" value={draft.minAgeMinutes} onInput={(e) => setDraft({ ...draft, minAgeMinutes: (e.target as HTMLInputElement).value })} />
            </label>
            <div class="omni-actions">
              <button type="submit" class="omni-secondary">{t(lang, 'filter')}</button>
            </div>
          </form>
          <div class="omni-actions">
            <button type="button" class="omni-secondary" onClick={() => { sel.addPage(pages.rows.filter((r) => !blocked(r)).map((r) => r.id)); changed(); }} disabled={pages.rows.length === 0}>{t(lang, 'selectPage')}</button>
            <button type="button" class="omni-secondary" onClick={() => { sel.selectAll(); changed(); }} disabled={pages.total === 0}>{t(lang, 'selectAll', { n: pages.total })}</button>
            <button type="button" class="omni-secondary" onClick={() => { sel.clear(); changed(); }}>{t(lang, 'clear')}</button>
            <span class="bulk-selected omni-selected" role="status">{sel.all && sel.excluded.size === 0 ? t(lang, 'allSelected', { n: pages.total }) : count === 1 ? t(lang, 'selectedOne') : t(lang, 'selected', { n: count })}</span>
          </div>
          {pages.error && <p class="omni-error" role="alert">{pages.error}</p>}
          {pages.rows.length === 0 ? (
            <p>{t(lang, 'none')}</p>
          ) : (
            <table class="omni-transfer-list omni-cards">
              <thead>
                <tr><th scope="col"><span class="sr-only">{t(lang, 'tick')}</span></th><th scope="col">{t(lang, 'protocol')}</th><th scope="col">{t(lang, 'customer')}</th><th scope="col">{t(lang, 'agent')}</th><th scope="col">{t(lang, 'channel')}</th><th scope="col">{t(lang, 'openFor')}</th></tr>
              </thead>
              <tbody>
                {pages.rows.map((r) => {
                  const why = blocked(r);
                  return (
                    <tr key={r.id} data-protocol={r.protocol} data-blocked={why ? 'true' : undefined}>
                      <td class="bulk-tick">
                        <input type="checkbox" aria-label={r.protocol} aria-describedby={why ? `why-${r.id}` : undefined} disabled={Boolean(why)} checked={!why && sel.isChecked(r.id)} onChange={() => { sel.toggle(r.id); changed(); }} />
                      </td>
                      <td data-label={t(lang, 'protocol')}>
                        {r.protocol} {why && <span class="omni-tag omni-warn">{t(lang, 'expiredTag')}</span>}
                        {why && <span id={`why-${r.id}`} class="bulk-reason omni-muted">{why}</span>}
                      </td>
                      <td data-label={t(lang, 'customer')}>{r.customerName}</td>
                      <td data-label={t(lang, 'agent')}>{r.agentName}</td>
                      <td data-label={t(lang, 'channel')}>{channelLabel(r.channel)}</td>
                      <td data-label={t(lang, 'openFor')}>{openFor(r.createdAt, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <nav class="omni-actions" aria-label={t(lang, 'pageOf', { p: pages.page })}>
            <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.first}>{t(lang, 'first')}</button>
            <button type="button" class="omni-secondary" disabled={!pages.hasPrev} onClick={pages.prevPage}>{t(lang, 'prevPage')}</button>
            <span class="omni-muted">{t(lang, 'pageOf', { p: pages.page })}</span>
            <button type="button" class="omni-secondary" disabled={!pages.hasNext} onClick={pages.nextPage}>{t(lang, 'next')}</button>
          </nav>
          <div class="bulk-row">
            <label class="omni-field">
              {t(lang, 'target')}
              <select name="targetAgentId" value={target} onChange={(e) => { setTarget(Number((e.target as HTMLSelectElement).value)); changed(); }}>
                <option value={0}>{t(lang, 'chooseTarget')}</option>
                {agents.map((a) => <option value={a.id}>{`${a.name} — ${load$(a)}`}</option>)}
              </select>
            </label>
            <div class="omni-actions">
              <button type="button" onClick={runPreview} disabled={flow.busy}>{t(lang, 'preview')}</button>
            </div>
          </div>
          {capacity && <p class="omni-warn bulk-capacity" role="status">{capacity}</p>}
        </>
      )}
      {flow.error && <p class="omni-error" role="alert">{flow.error}</p>}
      {preview && (
        <section class="omni-dialog omni-transfer-preview" aria-label={t(lang, 'previewTitle')}>
          <p><strong>{t(lang, 'previewTitle')}</strong></p>
          <p data-testid="will-move">{t(lang, 'willMove', { n: preview.moving, agent: preview.target?.name ?? '' })}</p>
          {preview.target && <p class="omni-muted">{load$(preview.target)}</p>}
          {preview.moving === 0 && <p class="omni-warn bulk-nothing">{t(lang, 'nothingToMove', { agent: preview.target?.name ?? '' })}</p>}
          {preview.problems.length > 0 && (
            <>
              <p>{t(lang, 'problems')}</p>
              <ul class="omni-problems">
                {preview.problems.map((p) => <li key={p.attendanceId}>{p.protocol}: {p.reason}</li>)}
              </ul>
            </>
          )}
          <div class="omni-actions">
            {preview.moving > 0 && <button type="button" onClick={confirm} disabled={flow.busy}>{t(lang, 'confirm')}</button>}
            <button type="button" class="omni-secondary" onClick={flow.back}>{preview.moving > 0 ? t(lang, 'back') : t(lang, 'changeChoice')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
