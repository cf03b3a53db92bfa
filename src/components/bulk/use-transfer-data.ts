import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { useKeysetPages } from './hooks/use-keyset-pages';

/** One attendance of the transfer list, as the action answers it. */
export type TransferRow = Awaited<ReturnType<typeof actions.bulk.transfer.attendances.orThrow>>['attendances'][number];
/** A target agent with its load and capacity. */
export type AgentLoad = Awaited<ReturnType<typeof actions.bulk.transfer.agents.orThrow>>['agents'][number];
/** The list's filter as typed (empty: any). */
export interface TransferFilterDraft {
  agentId: string;
  channel: string;
  minAgeMinutes: string;
}

/** Page size of the transfer list. */
const PAGE = 50;

/** The filter's fields that were filled, as the list and the preview take them. */
export function filterInput(serviceId: number, filter: TransferFilterDraft) {
  return {
    serviceId,
    ...(filter.agentId ? { agentId: Number(filter.agentId) } : {}),
    ...(filter.channel ? { channel: filter.channel as TransferRow['channel'] } : {}),
    ...(filter.minAgeMinutes ? { minAgeMinutes: Number(filter.minAgeMinutes) } : {}),
  };
}

/**
 * What the transfer form lists: keyset pages of the service's attendances in attendance (reloaded
 * when the service, the filter or `round` change) and the agents that may receive them.
 */
export function useTransferData(lang: Lang, serviceId: number, filter: TransferFilterDraft, round: number) {
  const [agents, setAgents] = useState<AgentLoad[]>([]);
  const pages = useKeysetPages<TransferRow, number>(
    async (after) => {
      const r = await callAction(actions.bulk.transfer.attendances, { ...filterInput(serviceId, filter), limit: PAGE, ...(after ? { after } : {}) }, lang);
      return r.ok ? { ok: true, data: { rows: r.data.attendances, next: r.data.next, total: r.data.total } } : r;
    },
    [serviceId, filter, round],
    serviceId > 0,
  );
  useEffect(() => {
    if (!serviceId) return setAgents([]);
    void callAction(actions.bulk.transfer.agents, { serviceId }, lang).then((r) => setAgents(r.ok ? r.data.agents : []));
  }, [serviceId, round]);
  return { pages, agents };
}
