import { z } from 'zod';
import { registerBulkKind } from '../registry';
import { transferStrings } from '@/i18n/attendance-transfer';
import type { BatchItem, BatchOutcome, RunContext, Tx } from '../types';
import { transferProblems } from './diagnose';
import { moveBatch } from './move-batch';

export const ATTENDANCE_TRANSFER = 'attendance-transfer';

/** One attendance to move, as stored in bulk_items.payload. */
export const transferPayload = z.object({
  /** The attendance to transfer. */
  attendanceId: z.number().int().positive(),
  /** The agent seen holding it at preview; the move only happens if it still holds it. */
  fromAgentId: z.number().int().positive().nullable(),
  /** The operator who receives it. */
  toAgentId: z.number().int().positive(),
});
export type TransferPayload = z.infer<typeof transferPayload>;

/**
 * Moves a batch with one statement, then reads back why each attendance it did not move could
 * not move (expired, finished, moved by someone else, target inactive…), in the same
 * transaction. Keyed by bulk_items.id.
 */
async function transferBatch(tx: Tx, ctx: RunContext, items: BatchItem[]): Promise<BatchOutcome> {
  const moves = items.map((i) => ({ item: i, move: transferPayload.parse(i.payload) }));
  const moved = await moveBatch(
    tx,
    ctx,
    moves.map((m) => m.move),
  );
  const rest = moves.filter((m) => !moved.has(m.move.attendanceId));
  const problems = await transferProblems(
    tx,
    rest.map((m) => m.move),
    ctx.now(),
  );
  const reasons = new Map(rest.map((m) => [m.item.id, transferStrings.l(problems.get(m.move.attendanceId) ?? 'reason.moved')]));
  return {
    applied: moves.filter((m) => moved.has(m.move.attendanceId)).map((m) => m.item.id),
    notApplied: (item) => ({ state: 'failed', reason: reasons.get(item.id)! }),
  };
}

/**
 * Attendance transfer: a batch-mode kind. Each batch of 1,000 is one transaction: one
 * conditional statement moves the attendances still held by the agent seen at preview and
 * appends their `transferred` events, the rest are diagnosed, and the framework marks every
 * item (applied, or failed with its reason) in that same transaction.
 */
export const attendanceTransferKind = registerBulkKind({
  kind: ATTENDANCE_TRANSFER,
  permission: 'manage:attendance-transfer',
  payload: transferPayload,
  batchSize: 1000,
  async apply(tx, ctx, _p, item) {
    const outcome = await transferBatch(tx, ctx, [item]);
    return outcome.applied.length ? { state: 'applied' } : outcome.notApplied(item);
  },
  applyBatch: transferBatch,
});
