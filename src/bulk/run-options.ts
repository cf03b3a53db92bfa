import type { BulkItem } from '../db/schema';

export interface RunOptions {
  /** Injectable clock. */
  now?: () => Date;
  /** Called after each item (batch mode: each batch's last item) is committed; tests throw here to simulate a crash. */
  afterItem?: (item: Pick<BulkItem, 'id' | 'seq' | 'itemKey'>) => void | Promise<void>;
  /** All-or-nothing mode: called inside the transaction just before it commits (tests simulate a crash there). */
  beforeCommit?: () => void | Promise<void>;
}
