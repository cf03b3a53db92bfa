import { mailboxSetActive } from '@/operations/admin/mailbox-set-active';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/admin/mailboxes/<id>/active (admin:settings) `{active}`: enables or disables a mailbox (see `mailboxSetActive`). */
export const POST = operationRoute(mailboxSetActive, { from: 'body' });
