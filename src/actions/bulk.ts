import { closureConfirm } from '../operations/bulk/closure-confirm';
import { closureCount } from '../operations/bulk/closure-count';
import { closureRequests } from '../operations/bulk/closure-requests';
import { importCreated } from '../operations/bulk/import-created';
import { migrationConfirm } from '../operations/bulk/migration-confirm';
import { migrationHistory } from '../operations/bulk/migration-history';
import { migrationPreview } from '../operations/bulk/migration-preview';
import { migrationUsers } from '../operations/bulk/migration-users';
import { requestCancel } from '../operations/bulk/request-cancel';
import { requestHistory } from '../operations/bulk/request-history';
import { requestItemsOp } from '../operations/bulk/request-items';
import { requestStatus } from '../operations/bulk/request-status';
import { transferAgents } from '../operations/bulk/transfer-agents';
import { transferAttendances } from '../operations/bulk/transfer-attendances';
import { transferConfirm } from '../operations/bulk/transfer-confirm';
import { transferPreview } from '../operations/bulk/transfer-preview';
import { operationAction } from '../server/operation-action';

/**
 * The bulk screens' operations for islands (`actions.bulk.*`), each defined once on the shared core
 * and also reachable at its REST route under /api/bulk/. The import's uploads, the progress stream
 * and the CSV downloads stay REST (src/components/lib/stream.ts).
 */
export const bulkActions = {
  /** Attendance transfer. */
  transfer: {
    /** A keyset page of a service's attendances in attendance (see `transferAttendances`). */
    attendances: operationAction(transferAttendances),
    /** Target agents with load and capacity (see `transferAgents`). */
    agents: operationAction(transferAgents),
    /** The dry run (see `transferPreview`). */
    preview: operationAction(transferPreview),
    /** Writes the request and enqueues the job (see `transferConfirm`). */
    confirm: operationAction(transferConfirm),
  },
  /** User migration between services. */
  migration: {
    /** A service's associated users (see `migrationUsers`). */
    users: operationAction(migrationUsers),
    /** Recent migrations and returns of a service (see `migrationHistory`). */
    history: operationAction(migrationHistory),
    /** The dry run (see `migrationPreview`). */
    preview: operationAction(migrationPreview),
    /** Writes the request and enqueues the job (see `migrationConfirm`). */
    confirm: operationAction(migrationConfirm),
  },
  /** Mass queue closure. */
  closure: {
    /** What closing a queue would finish (see `closureCount`). */
    count: operationAction(closureCount),
    /** Snapshots the queue and enqueues the closure (see `closureConfirm`). */
    confirm: operationAction(closureConfirm),
    /** The monitoring list (see `closureRequests`). */
    requests: operationAction(closureRequests),
  },
  /** Any bulk request. */
  requests: {
    /** State, counts, result and first failures (see `requestStatus`). */
    status: operationAction(requestStatus),
    /** Cancels a waiting request (see `requestCancel`). */
    cancel: operationAction(requestCancel),
    /** The bulk history (see `requestHistory`). */
    history: operationAction(requestHistory),
    /** What a request did, item by item (see `requestItemsOp`). */
    items: operationAction(requestItemsOp),
  },
  /** User import (its uploads stay REST). */
  import: {
    /** The users an import created and the license pool (see `importCreated`). */
    created: operationAction(importCreated),
  },
};
