import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendances } from '@/db/schema';
import { transferStrings, type TransferTextKey } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import { agentsWithLoad } from './agents';
import { transferProblems } from './diagnose';
import { selectAllMatching } from './list';
import { MAX_TRANSFER, type PreviewBody } from './schemas';

/**
 * The dry run of a transfer: resolves the selection (ids, or everything the filter matches),
 * reads who holds each attendance now, the problems each would meet, and the target's load and
 * capacity. Writes nothing. `items` is what the confirm sends back: it carries the agent seen
 * now, so the job moves an attendance only if that agent still holds it.
 */
export async function previewTransfer(db: Db, body: PreviewBody, lang: Lang, now = new Date()) {
  const serviceId = body.filter.serviceId;
  const picked =
    'ids' in body.selection
      ? await db
          .select({ id: attendances.id, agentId: attendances.agentId, serviceId: attendances.serviceId })
          .from(attendances)
          .where(inArray(attendances.id, body.selection.ids))
      : (await selectAllMatching(db, body.filter, body.selection.exclude, MAX_TRANSFER + 1, now)).map((r) => ({ ...r, serviceId }));
  const outside = picked.filter((p) => p.serviceId !== serviceId).map((p) => p.id);
  const tooMany = picked.length > MAX_TRANSFER;
  const items = picked
    .filter((p) => p.serviceId === serviceId)
    .slice(0, MAX_TRANSFER)
    .map((p) => ({ attendanceId: p.id, fromAgentId: p.agentId }));
  const problems = await transferProblems(
    db,
    items.map((i) => ({ ...i, toAgentId: body.targetAgentId })),
    now,
  );
  const protocols = new Map(
    problems.size
      ? (
          await db
            .select({ id: attendances.id, protocol: attendances.protocol })
            .from(attendances)
            .where(inArray(attendances.id, [...problems.keys()]))
        ).map((r) => [r.id, r.protocol])
      : [],
  );
  const [target] = await agentsWithLoad(db, serviceId, { onlyIds: [body.targetAgentId] });
  const moving = items.length - problems.size;
  return {
    items,
    outside,
    tooMany,
    moving,
    problems: [...problems].map(([id, key]: [number, TransferTextKey & `reason.${string}`]) => ({
      attendanceId: id,
      protocol: protocols.get(id) ?? String(id),
      reason: transferStrings.t(lang, key),
    })),
    target: target ?? null,
    overCapacity: target ? target.current + moving > target.maxAttend : false,
  };
}

/** What POST /api/bulk/attendance-transfer/preview answers. */
export type TransferPreview = Awaited<ReturnType<typeof previewTransfer>>;
