import { mailboxCreate } from '@/operations/admin/mailbox-create';
import { mailboxList } from '@/operations/admin/mailbox-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/mailboxes (admin:settings): every mailbox without passwords, with its latest test, and the organization's `timeZone` (see `mailboxList`). */
export const GET = operationRoute(mailboxList, { from: 'query' });

/** POST /api/admin/mailboxes (admin:settings): creates a mailbox, 201 (see `mailboxCreate`). */
export const POST = operationRoute(mailboxCreate, { from: 'body', status: 201 });
