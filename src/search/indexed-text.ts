const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'template', 'svg']);

/** Decodes the character references Astro writes (named basics and numeric). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[k]!;
  });
}

/**
 * What Pagefind indexes of a built page: its language and the text of the `data-pagefind-body`
 * element without `data-pagefind-ignore` parts, scripts and styles, plus the searchable metadata
 * written inline (`data-pagefind-meta="key:value"`). Undefined for a page outside the index.
 * One pass over the HTML, linear in its length.
 */
export function indexedText(html: string): { lang: string; text: string } | undefined {
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  const start = html.search(/<[a-z][^>]*\sdata-pagefind-body[\s>=]/i);
  if (!lang || start < 0) return undefined;
  const parts: string[] = [];
  for (const m of html.matchAll(/data-pagefind-meta="[a-z_]+:([^"]*)"/gi)) parts.push(decodeEntities(m[1]!));
  let depth = 0;
  let ignoredAt = -1;
  let rawTag = '';
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|([^<]+)/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, tagName, attrs, text] = m;
    if (text !== undefined) {
      if (!rawTag && ignoredAt < 0) parts.push(decodeEntities(text));
      continue;
    }
    const tag = tagName!.toLowerCase();
    if (rawTag) {
      if (close && tag === rawTag) rawTag = '';
      continue;
    }
    if (close) {
      depth--;
      if (depth === ignoredAt) ignoredAt = -1;
      if (depth === 0) break;
      continue;
    }
    if (VOID.has(tag) || attrs!.endsWith('/')) continue;
    if (RAW.has(tag)) {
      rawTag = tag;
      continue;
    }
    if (ignoredAt < 0 && /\sdata-pagefind-ignore(?=[\s=>]|$)/.test(attrs!)) ignoredAt = depth;
    depth++;
  }
  return { lang, text: parts.join(' ') };
}
