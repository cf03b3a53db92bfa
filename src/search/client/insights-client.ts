import type { Lang } from '@/i18n/ui';
import { normalizeQuery } from '../normalize';

/** Quiet time after the last keystroke before a query is recorded. */
export const RECORD_AFTER_MS = 1500;

/** False once the server said this page's visitor is not signed in: only signed-in searches are recorded. */
let signedIn = true;

function post(path: string, body: object): void {
  if (!signedIn) return;
  try {
    void fetch(path, { method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then((r) => {
        if (r.status === 401) signedIn = false;
      })
      .catch(() => {});
  } catch {
    /* recording is best effort: search never waits for it or fails because of it */
  }
}

/**
 * Records searches for the insights page, fire-and-forget: a query once the person stops typing
 * (once per dialog session and query), and that a result of it was opened.
 */
export class InsightsRecorder {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: { q: string; lang: Lang; results: number; strong: number } | undefined;
  private recorded = new Set<string>();

  constructor(private readonly lang: Lang) {}

  /** Schedules recording `query` with its result count and how many answer it; a newer query replaces it. */
  searched(query: string, results: number, strong: number): void {
    const q = normalizeQuery(query);
    clearTimeout(this.timer);
    this.pending = q ? { q, lang: this.lang, results, strong } : undefined;
    if (this.pending) this.timer = setTimeout(() => this.flush(), RECORD_AFTER_MS);
  }

  /** Records the pending query now (the dialog closes or a result opens). */
  flush(): void {
    clearTimeout(this.timer);
    const p = this.pending;
    this.pending = undefined;
    if (!p || this.recorded.has(p.q)) return;
    this.recorded.add(p.q);
    post('/api/search/queries', p);
  }

  /** Records that a result of `query` was opened. */
  opened(query: string): void {
    this.flush();
    const q = normalizeQuery(query);
    if (q) post('/api/search/opened', { q, lang: this.lang });
  }
}
