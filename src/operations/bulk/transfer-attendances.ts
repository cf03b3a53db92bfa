import { listInAttendance } from '@/bulk/attendance-transfer/list';
import { listQuery } from '@/bulk/attendance-transfer/schemas';
import { transferText } from '@/i18n/attendance-transfer';
import { defineOperation } from '@/server/operation';

/**
 * A keyset page of a service's attendances in attendance, filtered by agent, channel and age, for
 * the transfer form. Needs manage:attendance-transfer and the service in the caller's scope.
 */
export const transferAttendances = defineOperation({
  action: 'bulk.attendance-transfer.list',
  permission: 'manage:attendance-transfer',
  input: listQuery,
  handler: async ({ db, input, requireService }) => {
    await requireService(input.serviceId, transferText.badService);
    return listInAttendance(db, input);
  },
});
