/** A heading of a page as Pagefind records it: its element, anchor id, text and first word's position. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The section of a page a result opens at. */
export interface Section {
  id: string;
  title: string;
}

/** Headings a result may open at: the article's sections and subsections. */
const SECTION = /^h[23]$/i;

/**
 * The section of a page that holds the query best: the one (between a heading and the next) whose
 * body holds the most distinct query words, then the most matches; undefined when the best is
 * before the first heading or nothing matched in the body (the result then opens at the top).
 * `positions` lists, per matched query word, the positions of its matches in the body.
 */
export function bestSection(anchors: readonly Anchor[], positions: readonly (readonly number[])[]): Section | undefined {
  const heads = anchors.filter((a) => SECTION.test(a.element) && a.id && a.text.trim()).sort((a, b) => a.location - b.location);
  if (heads.length === 0) return undefined;
  const sectionOf = (pos: number) => {
    let i = -1;
    while (i + 1 < heads.length && heads[i + 1]!.location <= pos) i++;
    return i;
  };
  const distinct = new Map<number, number>();
  const total = new Map<number, number>();
  for (const word of positions) {
    const seen = new Set<number>();
    for (const pos of word) {
      const s = sectionOf(pos);
      total.set(s, (total.get(s) ?? 0) + 1);
      if (!seen.has(s)) distinct.set(s, (distinct.get(s) ?? 0) + 1);
      seen.add(s);
    }
  }
  let best = -1;
  let bestKey = [0, 0];
  for (const [s, d] of distinct) {
    const t = total.get(s)!;
    if (d > bestKey[0]! || (d === bestKey[0] && t > bestKey[1]!)) {
      best = s;
      bestKey = [d, t];
    }
  }
  const h = heads[best];
  return h ? { id: h.id, title: h.text.trim() } : undefined;
}
