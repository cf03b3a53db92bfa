import { closureStrings } from '@/i18n/queue-closure';
import type { Lang } from '@/i18n/ui';
import ClosureFilters from './ClosureFilters';
import ClosureTable from './ClosureTable';
import { useClosureRequests } from './use-closure-requests';

interface Service {
  id: number;
  name: string;
}

/**
 * The monitoring screen of mass closures: the requests in scope, narrowed by service, state and
 * the day they were made (the server ANDs the filters with the caller's scope), each with its
 * state, a progress bar fed live by server-sent events while it waits or runs, cancel for a
 * waiting one, the result, and links to its request page and its report. The request the screen
 * was opened for (`highlight`) is followed until its stream's `end`.
 */
export default function ClosureMonitor({ lang, highlight, services }: { lang: Lang; highlight?: string; services: Service[] }) {
  const t = closureStrings.in(lang);
  const { reqs, next, error, fields, timeZone, applied, load, cancel, apply } = useClosureRequests(lang, highlight);
  const filtered = Object.values(applied).some(Boolean);
  return (
    <div class="omni-tool omni-monitor">
      <ClosureFilters lang={lang} services={services} fields={fields} filtered={filtered} apply={apply} />
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {reqs === null ? null : reqs.length === 0 ? (
        <p role="status">{filtered ? t('monitorNone') : t('monitorEmpty')}</p>
      ) : (
        <>
          <p class="omni-muted">{t('tz', { tz: timeZone })}</p>
          <ClosureTable lang={lang} reqs={reqs} timeZone={timeZone} highlight={highlight} cancel={cancel} />
        </>
      )}
      {next && (
        <button type="button" class="omni-secondary" onClick={() => load(next)}>
          {t('more')}
        </button>
      )}
    </div>
  );
}
