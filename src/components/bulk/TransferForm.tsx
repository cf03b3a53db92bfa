import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { transferStrings } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import BulkFlow from './BulkFlow';
import BulkProgress from './BulkProgress';
import { usePreviewFlow } from './hooks/use-preview-flow';
import { useSelection } from './hooks/use-selection';
import TransferChoices from './TransferChoices';
import TransferPreviewStep, { type TransferPreview } from './TransferPreviewStep';
import { filterInput, useTransferData, type TransferFilterDraft } from './use-transfer-data';
import './bulk-forms.css';

type Confirmed = Awaited<ReturnType<typeof actions.bulk.transfer.confirm.orThrow>>;

/**
 * Attendance transfer: pick a service, list its attendances in attendance (keyset pages,
 * filters), select many (or all across pages; expired ones cannot be ticked), pick the target
 * with load and capacity, preview, confirm, follow the job, end on a summary (all in BulkFlow).
 */
export default function TransferForm({ lang, services }: { lang: Lang; services: { id: number; name: string }[] }) {
  const t = transferStrings.in(lang);
  const [serviceId, setServiceId] = useState<number>(services.length === 1 ? services[0].id : 0);
  const [filter, setFilter] = useState<TransferFilterDraft>({ agentId: '', channel: '', minAgeMinutes: '' });
  const [target, setTarget] = useState(0);
  const [round, setRound] = useState(0);
  const sel = useSelection<number>();
  const flow = usePreviewFlow<TransferPreview, Confirmed>();
  const { pages, agents } = useTransferData(lang, serviceId, filter, round);
  useEffect(() => {
    sel.clear();
    flow.reset();
  }, [serviceId, round]);

  const changed = () => flow.state !== 'idle' && !flow.started && flow.back();
  const runPreview = () => {
    if (!sel.count(pages.total)) return flow.fail(t('nothingSelected'));
    if (!target) return flow.fail(t('noTarget'));
    const selection = sel.all ? { all: true as const, exclude: [...sel.excluded] } : { ids: [...sel.ids] };
    return flow.runPreview(() => callAction(actions.bulk.transfer.preview, { filter: filterInput(serviceId, filter), selection, targetAgentId: target }, lang));
  };
  const confirm = () => flow.confirm(() => callAction(actions.bulk.transfer.confirm, { serviceId, targetAgentId: target, items: flow.preview!.items }, lang));
  const startOver = () => {
    flow.reset();
    sel.clear();
    setTarget(0);
    setRound(round + 1);
  };

  return (
    <BulkFlow
      flow={flow}
      class="omni-tool omni-bulk-form omni-transfer"
      choices={
        <TransferChoices
          {...{ lang, services, serviceId, setServiceId, agents, pages, sel, target, setTarget, changed, runPreview }}
          applyFilter={(f) => {
            sel.clear();
            changed();
            setFilter(f);
          }}
          preview={flow.preview}
          busy={flow.busy}
        />
      }
      preview={(p) => <TransferPreviewStep lang={lang} preview={p} busy={flow.busy} confirm={confirm} back={flow.back} />}
      progress={(c) => (
        <BulkProgress
          requestId={c.requestId}
          lang={lang}
          onEnd={flow.finished}
          summary={{ counts: (moved, failed) => t('summaryCounts', { moved, failed }), newLabel: t('newTransfer'), onNew: startOver }}
        />
      )}
    />
  );
}
