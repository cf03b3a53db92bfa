import { alertContactDelete } from '@/operations/alerts/contact-delete';
import { alertContactUpdate } from '@/operations/alerts/contact-update';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** PATCH /api/admin/alerts/contacts/<id> (admin:alerts): changes a contact (see `alertContactUpdate`). */
export const PATCH = operationRoute(alertContactUpdate, { from: 'body' });

/** DELETE /api/admin/alerts/contacts/<id> (admin:alerts): deletes a contact no rule uses (see `alertContactDelete`). */
export const DELETE = operationRoute(alertContactDelete, { from: 'query' });
