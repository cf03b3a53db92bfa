import { alertContactTest } from '@/operations/alerts/contact-test';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/admin/alerts/contacts/<id>/test (admin:alerts): sends a real test, returns the server's reply (see `alertContactTest`). */
export const POST = operationRoute(alertContactTest, { from: 'body' });
