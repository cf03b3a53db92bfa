import { checkStrings } from '../../i18n/checks';
import type { Lang } from '../../i18n/ui';

/** The answer of one of our JSON endpoints: its body, or its error with per-field messages. */
export type JsonAnswer<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string; fields: Record<string, string[]> };

/**
 * Calls an endpoint of this site with JSON in and out, in `lang` (the server answers errors in the
 * caller's language); a network failure becomes an error a person can read.
 */
export async function requestJson<T>(lang: Lang, url: string, init: { method?: string; body?: unknown } = {}): Promise<JsonAnswer<T>> {
  const sep = url.includes('?') ? '&' : '?';
  try {
    const res = await fetch(`${url}${sep}lang=${lang}`, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const data = await res.json().catch(() => ({}));
    if (res.ok) return { ok: true, status: res.status, data: data as T };
    return { ok: false, status: res.status, error: (data as { error?: string }).error ?? String(res.status), fields: (data as { fields?: Record<string, string[]> }).fields ?? {} };
  } catch {
    return { ok: false, status: 0, error: checkStrings.t(lang, 'networkError'), fields: {} };
  }
}
