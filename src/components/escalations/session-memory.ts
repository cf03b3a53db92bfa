/**
 * What this browser tab remembers for an escalation (sessionStorage: gone when the tab closes):
 * the ids of the check runs made in it, and the search query that led to each article. The server
 * checks again that each run is the user's own and recent; nothing here is trusted.
 */
const RUNS = 'omni.escalation.runs';
const QUERIES = 'omni.escalation.queries';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or disabled: the form then simply offers no run or query */
  }
}

/** Remembers a run made in this tab (the latest 50). */
export function rememberRun(runId: number): void {
  if (!Number.isSafeInteger(runId)) return;
  const ids = read<number[]>(RUNS, []).filter((id) => id !== runId);
  write(RUNS, [...ids, runId].slice(-50));
}

/** The runs made in this tab. */
export function sessionRunIds(): number[] {
  return read<unknown[]>(RUNS, []).filter((id): id is number => Number.isSafeInteger(id));
}

/** Remembers that `query` led to the page at `href` (a result opened from the search dialog). */
export function rememberQuery(query: string, href: string): void {
  const q = query.trim().slice(0, 200);
  if (!q) return;
  let path: string;
  try {
    path = new URL(href, globalThis.location?.href ?? 'http://localhost/').pathname;
  } catch {
    return;
  }
  const map = read<Record<string, string>>(QUERIES, {});
  map[path] = q;
  write(QUERIES, Object.fromEntries(Object.entries(map).slice(-30)));
}

/** The query that led to the page at `path`, if the search dialog opened it in this tab. */
export function queryFor(path: string): string {
  const v = read<Record<string, unknown>>(QUERIES, {})[path];
  return typeof v === 'string' ? v : '';
}

/** Asks the page's escalation form to open (a red live-check result's button), at `section`. */
export function openEscalation(section?: string): void {
  globalThis.dispatchEvent?.(new CustomEvent('omni:escalate', { detail: { section } }));
}

/** The anchor of the heading a node sits under in the article (the nearest `h2`/`h3` before it). */
export function sectionOf(node: Element | null): string | undefined {
  let el: Element | null = node?.closest('.sl-markdown-content > *') ?? null;
  while (el) {
    const h = el.matches('h2, h3') ? el : el.querySelector(':scope > h2, :scope > h3');
    if (h?.id) return h.id;
    el = el.previousElementSibling;
  }
  return undefined;
}
