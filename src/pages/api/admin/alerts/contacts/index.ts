import { alertContactCreate } from '@/operations/alerts/contact-create';
import { alertContactList } from '@/operations/alerts/contact-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/alerts/contacts (admin:alerts): every contact, targets as hints only (see `alertContactList`). */
export const GET = operationRoute(alertContactList, { from: 'query' });

/** POST /api/admin/alerts/contacts (admin:alerts): creates a contact, 201 `{id}` (see `alertContactCreate`). */
export const POST = operationRoute(alertContactCreate, { from: 'body', status: 201 });
