import { mailboxRead } from '@/operations/admin/mailbox-read';
import { mailboxUpdate } from '@/operations/admin/mailbox-update';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/mailboxes/<id> (admin:settings): one mailbox, without its passwords (see `mailboxRead`). */
export const GET = operationRoute(mailboxRead, { from: 'query' });

/** PUT /api/admin/mailboxes/<id> (admin:settings): replaces the mailbox's settings (see `mailboxUpdate`). */
export const PUT = operationRoute(mailboxUpdate, { from: 'body' });
