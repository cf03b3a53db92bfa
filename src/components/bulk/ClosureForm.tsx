import { useState } from 'preact/hooks';
import BulkProgress from './BulkProgress';
import { closureStrings } from '../../i18n/queue-closure';
import type { Lang } from '../../i18n/ui';

interface Service { id: number; name: string }
type Step = { at: 'pick' } | { at: 'count'; queued: number } | { at: 'no' } | { at: 'monitor?'; requestId: string; total: number } | { at: 'follow'; requestId: string };

/**
 * Mass queue closure: pick a service and search → a dialog with the number queued, asking
 * whether to finish them tabulated "Batch Finalized" → on yes, the request is queued and a
 * second dialog offers the monitoring screen.
 */
export default function ClosureForm({ lang, services }: { lang: Lang; services: Service[] }) {
  const [serviceId, setServiceId] = useState<number>(services[0]?.id ?? 0);
  const [step, setStep] = useState<Step>({ at: 'pick' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const service = services.find((s) => s.id === serviceId)?.name ?? '';
  const monitor = lang === 'en' ? '/en/bulk/queue-monitor/' : '/bulk/queue-monitor/';

  const search = async (e: Event) => {
    e.preventDefault();
    setError(null);
    const r = await fetch(`/api/bulk/queue-closure/count?serviceId=${serviceId}&lang=${lang}`);
    const body = await r.json();
    if (!r.ok) return setError(body.error);
    setStep({ at: 'count', queued: body.queued });
  };
  const yes = async () => {
    setBusy(true);
    const r = await fetch(`/api/bulk/queue-closure/confirm?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceId, tabulate: true }) });
    const body = await r.json();
    setBusy(false);
    if (!r.ok) return setError(body.error);
    setStep({ at: 'monitor?', requestId: body.requestId, total: body.total });
  };

  return (
    <div class="omni-closure">
      <form onSubmit={search}>
        <label>
          {closureStrings.t(lang, 'service')}
          <select name="serviceId" value={serviceId} onChange={(e) => { setServiceId(Number((e.target as HTMLSelectElement).value)); setStep({ at: 'pick' }); }}>
            {services.map((s) => <option value={s.id}>{s.name}</option>)}
          </select>
        </label>
        <button type="submit">{closureStrings.t(lang, 'search')}</button>
      </form>
      {error && <p class="omni-error" role="alert">{error}</p>}
      {step.at === 'count' && (
        <div class="omni-dialog" role="dialog" aria-label={closureStrings.t(lang, 'title')}>
          <p><strong>{closureStrings.t(lang, 'counted', { n: step.queued, service })}</strong></p>
          {step.queued === 0 ? (
            <p>{closureStrings.t(lang, 'emptyQueue')}</p>
          ) : (
            <>
              <p>{closureStrings.t(lang, 'askTabulate')}</p>
              <div class="omni-row">
                <button type="button" onClick={yes} disabled={busy}>{closureStrings.t(lang, 'yes')}</button>
                <button type="button" class="omni-secondary" onClick={() => setStep({ at: 'no' })}>{closureStrings.t(lang, 'no')}</button>
              </div>
            </>
          )}
        </div>
      )}
      {step.at === 'no' && <p role="status">{closureStrings.t(lang, 'nothingDone')}</p>}
      {step.at === 'monitor?' && (
        <div class="omni-dialog" role="dialog" aria-label={closureStrings.t(lang, 'monitorTitle')}>
          <p><strong>{closureStrings.t(lang, 'queued', { n: step.total })}</strong></p>
          <p>{closureStrings.t(lang, 'askMonitor')}</p>
          <div class="omni-row">
            <a class="omni-button" href={`${monitor}?request=${step.requestId}`}>{closureStrings.t(lang, 'openMonitor')}</a>
            <button type="button" class="omni-secondary" onClick={() => setStep({ at: 'follow', requestId: step.requestId })}>{closureStrings.t(lang, 'stayHere')}</button>
          </div>
        </div>
      )}
      {step.at === 'follow' && <BulkProgress requestId={step.requestId} lang={lang} />}
    </div>
  );
}
