import { alertStateAck } from '@/operations/alerts/state-ack';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/admin/alerts/states/<id>/ack (admin:alerts): acknowledges an alert (see `alertStateAck`). */
export const POST = operationRoute(alertStateAck, { from: 'body' });
