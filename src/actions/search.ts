import { searchInsights } from '../operations/search/search-insights';
import { operationAction } from '../server/operation-action';

/** The search insights page's operation for its island (`actions.search.insights`). */
export const searchActions = {
  /** The gaps, unopened queries and refused days (see `searchInsights`). */
  insights: operationAction(searchInsights),
};
