/**
 * The last verdicts of a state, newest last, one letter each (`b` bad, `g` good), kept to the
 * rule's flap window: how flapping is seen.
 */

/** Appends a verdict and keeps the last `window` of them. */
export function pushRecent(recent: string, verdict: 'b' | 'g', window: number): string {
  const next = recent + verdict;
  return next.length > window ? next.slice(next.length - Math.max(1, window)) : next;
}

/** How many times the verdict changed from one run to the next within `recent`. */
export function transitions(recent: string): number {
  let n = 0;
  for (let i = 1; i < recent.length; i++) if (recent[i] !== recent[i - 1]) n++;
  return n;
}
