/**
 * True when two folded words are forms of the same word for our purposes: equal, one a prefix of
 * the other ("chat"/"chats"), or sharing a prefix of five letters or more that leaves at most two
 * letters of the shorter word ("migrar"/"migracao", "transferir"/"transferencia"). Crude next to a
 * stemmer, but it only decides which synonyms apply; Pagefind's own stemmer does the matching.
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const m = Math.min(a.length, b.length);
  let p = 0;
  while (p < m && a[p] === b[p]) p++;
  if (p === m) return m >= 4;
  return p >= 5 && p >= m - 2;
}
