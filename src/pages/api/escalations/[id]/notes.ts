import { escalationNote } from '@/operations/escalations/escalation-note';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** POST /api/escalations/<id>/notes `{text}`: adds an internal plain-text note (see `escalationNote`). */
export const POST = operationRoute(escalationNote, { from: 'body', status: 201 });
