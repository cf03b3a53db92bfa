import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { useKeysetPages } from './hooks/use-keyset-pages';

/** One associated user of the origin, as the action answers it. */
export type MigrationRow = Awaited<ReturnType<typeof actions.bulk.migration.users.orThrow>>['users'][number];
/** One migration or return in the service's history. */
export type HistoryEvent = Awaited<ReturnType<typeof actions.bulk.migration.history.orThrow>>['events'][number];

/**
 * What the migration form lists: the origin's associated users matching `q` (numbered pages of
 * `pageSize`), the origin's recent migrations and returns, and the organization's time zone.
 */
export function useMigrationData(lang: Lang, origin: number, q: string, pageSize: number) {
  const [history, setHistory] = useState<HistoryEvent[]>([]);
  const [timeZone, setTimeZone] = useState('UTC');
  const pages = useKeysetPages<MigrationRow, number>(
    async (page = 1) => {
      const r = await callAction(actions.bulk.migration.users, { serviceId: origin, q, page, pageSize }, lang);
      if (!r.ok) return r;
      setTimeZone(r.data.timeZone);
      return { ok: true, data: { rows: r.data.users, total: r.data.total, next: page * pageSize < r.data.total ? page + 1 : null } };
    },
    [origin, q],
    origin > 0,
  );
  const loadHistory = async () => {
    const r = await callAction(actions.bulk.migration.history, { serviceId: origin, limit: 20 }, lang);
    if (!r.ok) return;
    setHistory(r.data.events);
    setTimeZone(r.data.timeZone);
  };
  useEffect(() => {
    if (origin) void loadHistory();
  }, [origin]);
  /** Reads the list and the history again (after a job moved people). */
  const refresh = () => {
    void pages.reload();
    void loadHistory();
  };
  return { pages, history, timeZone, refresh };
}
