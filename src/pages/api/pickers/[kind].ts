import { pickerList } from '@/operations/checks/picker-list';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/pickers/<kind>?q=: ids and names of the records a check input can pick, within the caller's scope (see `pickerList`). */
export const GET = operationRoute(pickerList, { from: 'query' });
