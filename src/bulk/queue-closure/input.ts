import { z } from 'zod';
import { jsonId } from '@/server/input';

/** The request's input, as stored in bulk_requests.input. */
export const closureInput = z.object({
  /** The service whose queue is closed. */
  serviceId: jsonId(),
  /** true (default): finish with the tabulation "batch-finalized"; false: finish without tabulation. */
  tabulate: z.boolean().default(true),
  /**
   * The newest attendance id the person saw in the preview: nothing that joined the queue after it
   * is closed, so the request closes at most what was shown. Default: every attendance queued at
   * confirm (the request stores the newest id queued then).
   */
  upToId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});
export type ClosureInput = z.infer<typeof closureInput>;

/** The input as a request stores it: `upToId` resolved at confirm, 0 when nothing was queued. */
const storedInput = closureInput.extend({ upToId: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() });

/**
 * The range a stored request covers: its service's queue up to `upToId`, which every request records
 * since migration 0012 (it gave one to the closures then still open). Undefined for a closure that
 * ended before: it snapshotted its ids into bulk_items, which still list what it did not close
 * (and for a stored input that does not parse: nothing to close, the items say the rest).
 */
export function closureRange(input: unknown): { serviceId: number; tabulate: boolean; upToId: number } | undefined {
  const parsed = storedInput.safeParse(input);
  if (!parsed.success) return undefined;
  const { serviceId, tabulate, upToId } = parsed.data;
  return upToId === undefined ? undefined : { serviceId, tabulate, upToId };
}
