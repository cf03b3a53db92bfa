// Finds prose an article shares with a source document: runs of `n` or more consecutive words,
// compared after normalizing case, accents and punctuation. Linear in the size of the texts: the
// source's n-word shingles go into one hash set, and each article word is looked up once.

/** A token that no run may cross (a screen label, a code span, a table cell edge, a paragraph end). */
export const BREAK = null;

/** Screen labels and names written without formatting that may be shared with a source. */
export const allowedLabels = [
  'Omni - Chat Distribuitor',
  'Omni - Chat Distributor',
  'Qtde máxima de chat',
  'Informações Complementares',
  'Times / Grupos de Usuários',
  'Times Grupos de Usuários',
  'Menu Administrador',
  'Agendador de Tarefas',
  'Painel de Controle',
  'Gestão de Documentos',
  'Motivos de Ocorrência',
  'Evento de Follow-Up',
  'Fora de Serviço',
  'Finalizado em lote',
  'Batch Finalized',
  'Report Builder',
];

const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordRe = /[\p{L}\p{N}]+/gu;

/** Words of `text` as tokens `{ w: normalized, o: as written }`. */
function words(text) {
  return [...text.matchAll(wordRe)].map((m) => ({ w: norm(m[0]), o: m[0] }));
}

/**
 * Tokens of a plain text: `\u0000` in the text marks a break. Label phrases from `labels` are
 * replaced by a break wherever they occur.
 */
export function tokenize(text, labels = allowedLabels) {
  const out = [];
  text.split('\u0000').forEach((part, i) => {
    if (i > 0) out.push(BREAK);
    out.push(...words(part));
  });
  return dropLabels(out, labels);
}

function dropLabels(tokens, labels) {
  const byFirst = new Map();
  for (const l of labels) {
    const ws = words(l).map((t) => t.w);
    if (ws.length) byFirst.set(ws[0], [...(byFirst.get(ws[0]) ?? []), ws]);
  }
  const out = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    const hit = t && (byFirst.get(t.w) ?? []).find((ws) => ws.every((w, k) => tokens[i + k]?.w === w));
    if (hit) {
      out.push(BREAK);
      i += hit.length;
    } else {
      out.push(t);
      i++;
    }
  }
  return out;
}

const isLabel = (inner) => inner.includes('>') || (/^\p{Lu}/u.test(inner.trim()) && words(inner).length <= 5);

/**
 * The reader-visible prose of an MDX article, with `\u0000` where a run must stop: frontmatter
 * values one line at a time (the passage headings of `sources:` left out: they are citations),
 * imports and tags dropped, link targets, code spans, bold screen labels (a menu path with ">",
 * or five words or fewer starting with a capital), table cell edges, list items and paragraph ends.
 */
export function articleProse(mdx) {
  const B = '\u0000';
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx);
  const head = fm
    ? fm[1]
        .split(/\r?\n/)
        // A `sources:` entry quotes a passage heading of the source on purpose: it is a citation.
        .map((l) => (/^\s*(-\s+)?(heading:|\{\s*doc:)/.test(l) ? '' : l))
        .map((l) => l.replace(/^\s*(-\s+)?([\w-]+:\s*)?/, ''))
        .join(B)
    : '';
  const body = (fm ? mdx.slice(fm[0].length) : mdx)
    .replace(/^import\s.*$/gm, B)
    .replace(/<[^>]*>/g, B)
    .replace(/\]\([^)]*\)/g, B)
    .replace(/`[^`\n]*`/g, B)
    .replace(/\*\*([^*]+)\*\*/g, (_, inner) => (isLabel(inner) ? B : ` ${inner} `))
    .replace(/\|/g, B)
    .replace(/^\s*([-*]|\d+\.)\s/gm, B)
    .replace(/\n\s*\n/g, B);
  return `${head}${B}${body}`;
}

/** The set of every `n`-word shingle of the source tokens (runs do not cross breaks). */
export function shingles(tokens, n = 10) {
  const set = new Set();
  forEachShingle(tokens, n, (key) => set.add(key));
  return set;
}

function forEachShingle(tokens, n, fn) {
  let segStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === BREAK) {
      segStart = i + 1;
      continue;
    }
    if (i - segStart + 1 >= n) {
      const start = i - n + 1;
      let key = tokens[start].w;
      for (let k = start + 1; k <= i; k++) key += ` ${tokens[k].w}`;
      fn(key, start);
    }
  }
}

/**
 * Runs of `n` or more consecutive article words that also occur, in the same order, in the
 * source whose shingles are `sourceShingles`. Each run: its length in words and its text as
 * written in the article. Overlapping matched shingles merge into one run.
 */
export function sharedRuns(tokens, sourceShingles, n = 10) {
  const runs = [];
  let cur;
  forEachShingle(tokens, n, (key, start) => {
    if (!sourceShingles.has(key)) return;
    if (cur && start < cur.end) cur.end = start + n;
    else {
      cur = { start, end: start + n };
      runs.push(cur);
    }
  });
  return runs.map((r) => ({
    words: r.end - r.start,
    text: tokens
      .slice(r.start, r.end)
      .map((t) => t.o)
      .join(' '),
  }));
}

const stop = {
  en: new Set(['the', 'and', 'of', 'to', 'is', 'will', 'with', 'that', 'this', 'be']),
  'pt-BR': new Set(['de', 'que', 'para', 'o', 'se', 'com', 'nao', 'os', 'uma', 'esta']),
};

/** `en` or `pt-BR`, by which language's common words the text uses more. */
export function languageOf(text) {
  const ws = words(text).map((t) => t.w);
  const score = (lang) => ws.filter((w) => stop[lang].has(w)).length;
  return score('en') > score('pt-BR') ? 'en' : 'pt-BR';
}
