/** Longest comment a vote on an article carries, in characters. */
export const MAX_COMMENT = 1000;
