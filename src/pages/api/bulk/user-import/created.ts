import { importCreated } from '@/operations/bulk/import-created';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/bulk/user-import/created?id=…: the users an import created and the license pool (see `importCreated`). */
export const GET = operationRoute(importCreated, { from: 'query' });
