import { actions } from 'astro:actions';
import { useRef, useState } from 'preact/hooks';
import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import BulkFlow from './BulkFlow';
import ClosurePreview, { type ClosureCount } from './ClosurePreview';
import ClosureSummary from './ClosureSummary';
import { usePreviewFlow } from './hooks/use-preview-flow';

interface Service {
  id: number;
  name: string;
}
type Confirmed = Awaited<ReturnType<typeof actions.bulk.closure.confirm.orThrow>>;

/**
 * Mass queue closure (BulkFlow): pick a service → see what closing it finishes (count,
 * oldest/newest, a sample; a typed confirmation above the threshold) → confirm → follow the job to
 * its summary with next steps. Nothing is written before Confirm.
 */
export default function ClosureForm({ lang, services }: { lang: Lang; services: Service[] }) {
  const t = closureStrings.in(lang);
  const [serviceId, setServiceId] = useState<number>(services[0]?.id ?? 0);
  const [cancelled, setCancelled] = useState(false);
  const flow = usePreviewFlow<ClosureCount, Confirmed>();
  const select = useRef<HTMLSelectElement>(null);
  const service = services.find((s) => s.id === serviceId)?.name ?? '';

  const search = (e: Event) => {
    e.preventDefault();
    setCancelled(false);
    return flow.runPreview(() => callAction(actions.bulk.closure.count, { serviceId }, lang));
  };
  // Up to the newest attendance shown: what joins the queue after the preview stays open.
  const confirm = (p: ClosureCount) =>
    flow.confirm(() => callAction(actions.bulk.closure.confirm, { serviceId, tabulate: true, ...(p.upToId ? { upToId: p.upToId } : {}) }, lang));
  const restart = (wasCancelled: boolean) => {
    flow.reset();
    setCancelled(wasCancelled);
    setTimeout(() => select.current?.focus(), 0);
  };

  return (
    <BulkFlow
      flow={flow}
      class="omni-tool omni-closure"
      choices={
        <>
          <form class="omni-actions omni-closure-pick" onSubmit={search}>
            <label class="omni-field">
              {t('service')}
              <select
                ref={select}
                name="serviceId"
                value={serviceId}
                onChange={(e) => {
                  setServiceId(Number((e.target as HTMLSelectElement).value));
                  setCancelled(false);
                  flow.back();
                }}
              >
                {services.map((s) => (
                  <option value={s.id}>{s.name}</option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={flow.busy}>
              {t('search')}
            </button>
          </form>
          {cancelled && flow.state === 'idle' && <p role="status">{t('nothingDone')}</p>}
        </>
      }
      preview={(p) => <ClosurePreview lang={lang} preview={p} service={service} busy={flow.busy} onConfirm={() => confirm(p)} onCancel={() => restart(true)} />}
      progress={(c) => <ClosureSummary lang={lang} requestId={c.requestId} total={c.total} service={service} onAnother={() => restart(false)} />}
    />
  );
}
