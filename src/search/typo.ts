/** Shortest word the typo tolerance corrects. */
export const MIN_TYPO_LENGTH = 5;

/** Edits allowed for a word of `length` letters: 1 up to 6 letters, 2 from 7. */
export function maxEdits(length: number): number {
  return length >= 7 ? 2 : 1;
}

/**
 * Edit distance between two words (insertions, deletions, substitutions and swaps of neighbours
 * each count 1), or `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The closest word of `vocabulary` (folded words, most frequent first) to `word` that starts with
 * the same letter (people rarely mistype the first one, and "gasta" must not become "pasta"),
 * within the edits its length allows; the more frequent word wins a tie. Undefined for short
 * words, words with digits, and when nothing is close enough.
 */
export function correct(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return undefined;
  const limit = maxEdits(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate.length < MIN_TYPO_LENGTH - 1 || candidate[0] !== word[0]) continue;
    const d = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}
