import { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { followProgress } from '../lib/stream';

type Page = Awaited<ReturnType<typeof actions.bulk.closure.requests.orThrow>>;
/** One closure request of the monitoring list. */
export type ClosureRow = Page['requests'][number];
/** The monitor's filters as typed (empty: any). */
export interface ClosureFilter {
  serviceId: string;
  state: string;
  from: string;
  to: string;
}
export const noFilter: ClosureFilter = { serviceId: '', state: '', from: '', to: '' };

const LIVE = new Set<ClosureRow['state']>(['waiting', 'running']);

/** The filters that were filled and the page cursor, as the requests action takes them. */
const inputOf = (f: ClosureFilter, cursor?: Page['next']) => ({
  limit: 20,
  ...(f.serviceId ? { serviceId: f.serviceId } : {}),
  ...(f.state ? { state: f.state as ClosureRow['state'] } : {}),
  ...(f.from ? { from: f.from } : {}),
  ...(f.to ? { to: f.to } : {}),
  ...(cursor ? { beforeAt: cursor.createdAt, beforeId: cursor.id } : {}),
});

/**
 * The monitor's list of closure requests: loaded with the applied filter (and every 10 s), more
 * pages on demand, each request that waits or runs (and the `highlight` one until its end) kept
 * up to date by its progress stream; cancel for a waiting one.
 */
export function useClosureRequests(lang: Lang, highlight: string | undefined) {
  const [reqs, setReqs] = useState<ClosureRow[] | null>(null);
  const [next, setNext] = useState<Page['next']>(null);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [timeZone, setTimeZone] = useState('UTC');
  const [highlightEnded, setHighlightEnded] = useState(false);
  const applied = useRef<ClosureFilter>(noFilter);

  const load = async (cursor?: Page['next'], filter = applied.current) => {
    const r = await callAction(actions.bulk.closure.requests, inputOf(filter, cursor), lang);
    if (!r.ok) {
      setFields(r.fields);
      setError(Object.keys(r.fields).length ? null : r.error);
      setReqs([]);
      return setNext(null);
    }
    setFields({});
    setError(null);
    setTimeZone(r.data.timeZone);
    setReqs((old) => (cursor ? [...(old ?? []), ...r.data.requests] : r.data.requests));
    setNext(r.data.next);
  };
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 10_000);
    return () => clearInterval(timer);
  }, []);

  const liveIds = (reqs ?? [])
    .filter((r) => LIVE.has(r.state) || (r.id === highlight && !highlightEnded))
    .map((r) => r.id)
    .join(',');
  useEffect(() => {
    const stops = liveIds
      .split(',')
      .filter(Boolean)
      .map((id) => {
        const update = (p: Partial<ClosureRow>) => setReqs((old) => (old ?? []).map((r) => (r.id === id ? { ...r, ...p } : r)));
        return followProgress(id, {
          progress: update,
          end: (p) => {
            update(p);
            if (id === highlight) setHighlightEnded(true);
            void load();
          },
        });
      });
    return () => stops.forEach((stop) => stop());
  }, [liveIds]);

  const cancel = async (id: string) => {
    const r = await callAction(actions.bulk.requests.cancel, { id }, lang);
    if (!r.ok) setError(r.error);
    void load();
  };
  const apply = (filter: ClosureFilter) => {
    applied.current = filter;
    void load(undefined, filter);
  };
  return { reqs, next, error, fields, timeZone, applied: applied.current, load, cancel, apply };
}
