import { searchInsights } from '@/operations/search/search-insights';
import { operationRoute } from '@/server/endpoint';

export const prerender = false;

/** GET /api/search/insights (admin:audit): the search insights report (see `searchInsights`). */
export const GET = operationRoute(searchInsights, { from: 'query' });
