import { tokenize } from './normalize';
import { sameStem } from './same-stem';

/**
 * The distinct words of a page's text, folded and sorted, to tell quickly whether the page holds
 * a word in any form `sameStem` accepts (a synonym the ranking did not search for).
 */
export class PageWords {
  private readonly sorted: string[];
  private readonly set: Set<string>;

  constructor(text: string) {
    this.set = new Set(tokenize(text));
    this.sorted = [...this.set].sort();
  }

  /** True when the text holds a form of `word` (folded). */
  has(word: string): boolean {
    if (this.set.has(word)) return true;
    if (word.length < 4) return false;
    // A shorter form of the word ("chat" for "chats").
    for (let k = 4; k < word.length; k++) if (this.set.has(word.slice(0, k)) && sameStem(word, word.slice(0, k))) return true;
    // Longer or sibling forms share the word's first five letters (four for a four-letter word).
    const prefix = word.slice(0, Math.min(word.length, 5));
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++) if (sameStem(word, this.sorted[i]!)) return true;
    return false;
  }

  /** True when the text holds every one of `words`. */
  holdsAll(words: readonly string[]): boolean {
    return words.length > 0 && words.every((w) => this.has(w));
  }
}
