import { useRef, useState } from 'preact/hooks';
import type { ClosurePreview as Preview } from '../../bulk/queue-closure/preview-closure';
import { closureStrings as cs } from '../../i18n/queue-closure';
import type { Lang } from '../../i18n/ui';
import { requestJson } from '../admin/request-json';
import ClosurePreview from './ClosurePreview';
import ClosureSummary from './ClosureSummary';

interface Service { id: number; name: string }
type Step = { at: 'pick'; cancelled?: boolean } | { at: 'preview'; preview: Preview } | { at: 'follow'; requestId: string; total: number };

/**
 * Mass queue closure: pick a service → see what closing it finishes (count, oldest/newest, a
 * sample; a typed confirmation above the threshold) → confirm → follow the job to its summary
 * with next steps. Nothing is written before Confirm.
 */
export default function ClosureForm({ lang, services }: { lang: Lang; services: Service[] }) {
  const [serviceId, setServiceId] = useState<number>(services[0]?.id ?? 0);
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  const service = services.find((s) => s.id === serviceId)?.name ?? '';

  const search = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const r = await requestJson<Preview>(lang, `/api/bulk/queue-closure/count?serviceId=${serviceId}`);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setStep({ at: 'preview', preview: r.data });
  };
  const confirm = async () => {
    if (step.at !== 'preview') return;
    setBusy(true);
    setError(null);
    // Up to the newest attendance shown: what joins the queue after the preview stays open.
    const body = { serviceId, tabulate: true, ...(step.preview.upToId ? { upToId: step.preview.upToId } : {}) };
    const r = await requestJson<{ requestId: string; total: number }>(lang, '/api/bulk/queue-closure/confirm', { method: 'POST', body });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setStep({ at: 'follow', requestId: r.data.requestId, total: r.data.total });
  };
  const restart = (cancelled: boolean) => {
    setStep({ at: 'pick', cancelled });
    setTimeout(() => select.current?.focus(), 0);
  };

  return (
    <div class="omni-tool omni-closure">
      {step.at !== 'follow' && (
        <form class="omni-actions omni-closure-pick" onSubmit={search}>
          <label class="omni-field">
            {cs.t(lang, 'service')}
            <select ref={select} name="serviceId" value={serviceId} onChange={(e) => { setServiceId(Number((e.target as HTMLSelectElement).value)); setStep({ at: 'pick' }); }}>
              {services.map((s) => <option value={s.id}>{s.name}</option>)}
            </select>
          </label>
          <button type="submit" disabled={busy}>{cs.t(lang, 'search')}</button>
        </form>
      )}
      {error && <p class="omni-error" role="alert">{error}</p>}
      {step.at === 'pick' && step.cancelled && <p role="status">{cs.t(lang, 'nothingDone')}</p>}
      {step.at === 'preview' && <ClosurePreview lang={lang} preview={step.preview} service={service} busy={busy} onConfirm={confirm} onCancel={() => restart(true)} />}
      {step.at === 'follow' && <ClosureSummary lang={lang} requestId={step.requestId} total={step.total} service={service} onAnother={() => restart(false)} />}
    </div>
  );
}
