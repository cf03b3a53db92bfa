import { transferStrings } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import type { useKeysetPages } from './hooks/use-keyset-pages';
import type { Selection } from './hooks/use-selection';
import SelectionBar from './SelectionBar';
import TransferFilters from './TransferFilters';
import TransferList, { blockedReason } from './TransferList';
import { loadText, type TransferPreview } from './TransferPreviewStep';
import type { AgentLoad, TransferFilterDraft, TransferRow } from './use-transfer-data';

interface Props {
  lang: Lang;
  services: { id: number; name: string }[];
  serviceId: number;
  setServiceId: (id: number) => void;
  agents: AgentLoad[];
  pages: ReturnType<typeof useKeysetPages<TransferRow, number>>;
  sel: Selection<number>;
  target: number;
  setTarget: (id: number) => void;
  applyFilter: (f: TransferFilterDraft) => void;
  /** The choices changed: a preview shown is stale. */
  changed: () => void;
  preview: TransferPreview | null;
  busy: boolean;
  runPreview: () => void;
}

/** Pick and select of the transfer: the service, the filtered list with its selection, the target agent, Preview. */
export default function TransferChoices(p: Props) {
  const { lang, pages, sel, agents } = p;
  const t = transferStrings.in(lang);
  const count = sel.count(pages.total);
  return (
    <>
      <div class="bulk-fields">
        <label class="omni-field">
          {t('service')}
          <select name="serviceId" value={p.serviceId} onChange={(e) => p.setServiceId(Number((e.target as HTMLSelectElement).value))}>
            <option value={0}>{t('chooseService')}</option>
            {p.services.map((s) => (
              <option value={s.id}>{s.name}</option>
            ))}
          </select>
        </label>
      </div>
      {p.serviceId > 0 && (
        <>
          <TransferFilters lang={lang} agents={agents} apply={p.applyFilter} />
          <SelectionBar
            sel={sel}
            pageIds={pages.rows.filter((r) => !blockedReason(r, t)).map((r) => r.id)}
            total={pages.total}
            changed={p.changed}
            statusClass="bulk-selected omni-selected"
            labels={{
              selectPage: t('selectPage'),
              selectAll: t('selectAll', { n: pages.total }),
              clear: t('clear'),
              status: selectedText(lang, sel.all && sel.excluded.size === 0, count, pages.total),
            }}
          />
          <TransferList lang={lang} pages={pages} sel={sel} changed={p.changed} />
          <div class="bulk-row">
            <label class="omni-field">
              {t('target')}
              <select
                name="targetAgentId"
                value={p.target}
                onChange={(e) => {
                  p.setTarget(Number((e.target as HTMLSelectElement).value));
                  p.changed();
                }}
              >
                <option value={0}>{t('chooseTarget')}</option>
                {agents.map((a) => (
                  <option value={a.id}>{`${a.name} — ${loadText(t, a)}`}</option>
                ))}
              </select>
            </label>
            <div class="omni-actions">
              <button type="button" onClick={p.runPreview} disabled={p.busy}>
                {t('preview')}
              </button>
            </div>
          </div>
          <CapacityWarning lang={lang} preview={p.preview} agent={agents.find((a) => a.id === p.target)} count={count} />
        </>
      )}
    </>
  );
}

/** What is selected: everything the filter matches, one attendance, or a count. */
function selectedText(lang: Lang, everything: boolean, count: number, total: number): string {
  const t = transferStrings.in(lang);
  if (everything) return t('allSelected', { n: total });
  return count === 1 ? t('selectedOne') : t('selected', { n: count });
}

/** Whether the target ends above capacity: exact after a preview, an estimate before. The transfer is not blocked. */
function CapacityWarning({ lang, preview, agent, count }: { lang: Lang; preview: TransferPreview | null; agent: AgentLoad | undefined; count: number }) {
  const t = transferStrings.in(lang);
  const text = preview
    ? preview.overCapacity &&
      preview.target &&
      t('overCapacity', { agent: preview.target.name, after: preview.target.current + preview.moving, maxAttend: preview.target.maxAttend })
    : agent &&
      count > 0 &&
      agent.current + count > agent.maxAttend &&
      t('capacityEstimate', { n: count, agent: agent.name, after: agent.current + count, maxAttend: agent.maxAttend });
  return text ? (
    <p class="omni-warn bulk-capacity" role="status">
      {text}
    </p>
  ) : null;
}
