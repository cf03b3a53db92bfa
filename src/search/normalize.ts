/** Lower case without accents: how search compares words ("Licença" and "licenca" are the same word). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words of a text, folded. Letters and digits make words; a hyphenated word also yields its
 * joined form ("follow-up" → follow, up, followup), as people type it both ways.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const chunk of fold(text).split(/[^\p{L}\p{N}-]+/u)) {
    const parts = chunk.split('-').filter(Boolean);
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/** The query as recorded for insights: folded, single-spaced, at most 200 characters, no control characters. */
export function normalizeQuery(text: string): string {
  return fold(text)
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
    .trim();
}
