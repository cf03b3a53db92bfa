/** Days search insights are kept; older days are purged daily. */
export const RETENTION_DAYS = 90;

/** New distinct queries recorded per language and day; beyond it only known queries are counted. */
export const MAX_NEW_QUERIES_PER_DAY = 5000;

/** The UTC calendar day of `now`, `YYYY-MM-DD`. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The first day still kept on `now`'s day. */
export function oldestKeptDay(now: Date): string {
  return dayOf(new Date(now.getTime() - (RETENTION_DAYS - 1) * 86_400_000));
}
