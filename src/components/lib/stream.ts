import { checkStrings } from '@/i18n/checks';
import type { Lang } from '@/i18n/ui';

/**
 * The one place islands reach what stays REST, because it is not a JSON call an Astro Action can
 * carry: a bulk request's live progress (server-sent events), the user import's raw CSV upload
 * (its preview, its confirm and its problems report), and the addresses of CSV downloads. Every
 * JSON call goes through `callAction` (call-action.ts) instead. The server answers in the page's
 * language (it reads it from the page that made the request), so nothing here names it, except a
 * download link, which names its language because the file saved is written and named in it.
 */

/** What a bulk request's progress stream sends (GET /api/bulk/<id>/events). */
export interface ProgressEvent {
  id: string;
  kind: string;
  state: 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';
  total: number;
  processed: number;
  failed: number;
}

/** Whether a request reached its end (nothing more will change). */
export const hasEnded = (s: ProgressEvent['state'] | undefined) => s === 'done' || s === 'failed' || s === 'cancelled';

/** What to do as a bulk request's progress arrives. */
export interface ProgressListener {
  /** Counts or state changed. */
  progress?: (p: ProgressEvent) => void;
  /** The request ended (done, failed or cancelled); the stream is closed. */
  end?: (p: ProgressEvent) => void;
  /** The connection dropped (the browser reconnects by itself). */
  lost?: () => void;
}

/** Follows bulk request `requestId` until its end; returns the function that stops following. */
export function followProgress(requestId: string, on: ProgressListener): () => void {
  const es = new EventSource(`/api/bulk/${encodeURIComponent(requestId)}/events`);
  es.addEventListener('progress', (e) => on.progress?.(JSON.parse((e as MessageEvent).data) as ProgressEvent));
  es.addEventListener('end', (e) => {
    es.close();
    on.end?.(JSON.parse((e as MessageEvent).data) as ProgressEvent);
  });
  es.onerror = () => on.lost?.();
  return () => es.close();
}

/** The answer to an upload: its status and JSON body (`error` on a refusal), or a network failure as status 0. */
export interface UploadAnswer<T> {
  status: number;
  body: T & { error?: string };
}

/**
 * Sends the user import's CSV `file` as the raw body of `step` (`preview`: the dry run; `confirm`:
 * the import, named `file.name` in the audit record) and reads the JSON answer.
 */
export async function uploadImport<T>(step: 'preview' | 'confirm', file: File, lang: Lang): Promise<UploadAnswer<T>> {
  const url = step === 'confirm' ? `/api/bulk/user-import/confirm?${new URLSearchParams({ name: file.name })}` : '/api/bulk/user-import/preview';
  try {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
    return { status: r.status, body: (await r.json().catch(() => ({}))) as T & { error?: string } };
  } catch {
    return { status: 0, body: { error: checkStrings.t(lang, 'networkError') } as T & { error?: string } };
  }
}

/** Sends the import's CSV `file` for its problems report and saves the answer as `saveAs`. */
export async function downloadImportProblems(file: File, saveAs: string): Promise<void> {
  const r = await fetch('/api/bulk/user-import/preview?format=csv', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
  const url = URL.createObjectURL(await r.blob());
  Object.assign(document.createElement('a'), { href: url, download: saveAs }).click();
  URL.revokeObjectURL(url);
}

/**
 * The CSV downloads an island links to: a request's failures, the import's template or id list, and
 * the audit trail's and the interaction report's exports with their filters. The language is named in
 * the address because a downloaded file, opened or shared on its own, has no page to take it from.
 */
export type Download = { failures: string } | 'importTemplate' | 'importIds' | { audit: Record<string, string> } | { report: Record<string, string> };

/** The address of a CSV download in `lang` (a request's failures, the import's template or id list). */
export function downloadHref(what: Download, lang: Lang): string {
  if (typeof what === 'object' && 'audit' in what) return `/api/admin/audit.csv?${new URLSearchParams({ lang, ...what.audit })}`;
  if (typeof what === 'object' && 'report' in what) return `/api/reports/interaction-history.csv?${new URLSearchParams({ ...what.report, lang })}`;
  const q = new URLSearchParams({ lang });
  if (what === 'importTemplate') return `/api/bulk/user-import/template.csv?${q}`;
  if (what === 'importIds') return `/api/bulk/user-import/ids.csv?${q}`;
  return `/api/bulk/${encodeURIComponent(what.failures)}/failures.csv?${q}`;
}
