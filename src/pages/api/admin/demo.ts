import { demoStatus } from '@/operations/admin/demo-status';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/admin/demo (admin:health): the demo banner's facts (see `demoStatus`). */
export const GET = operationRoute(demoStatus, { from: 'query' });
