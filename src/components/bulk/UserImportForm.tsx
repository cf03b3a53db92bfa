import { useState } from 'preact/hooks';
import { importUi, type ImportUiKey } from '../../i18n/user-import';
import type { Lang } from '../../i18n/ui';
import BulkProgress from './BulkProgress';

interface Preview {
  rows: number;
  valid: number;
  problemCount: number;
  problems: { line: number; column: string; message: string }[];
  seats: { free: number; needed: number; enough: boolean };
  seatsMessage: string | null;
  canImport: boolean;
}

const API = '/api/bulk/user-import';

/** Import form: choose a file → preview (problems by line) → confirm → live progress. */
export default function UserImportForm({ lang }: { lang: Lang }) {
  const s = (k: ImportUiKey, vars: Record<string, string | number> = {}) => importUi[k][lang].replace(/\{(\w+)\}/g, (_, v) => String(vars[v] ?? ''));
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const q = `lang=${lang}`;

  const send = (path: string) => fetch(`${API}/${path}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });

  const runPreview = async (e: Event) => {
    e.preventDefault();
    if (!file) return setError(s('chooseFile'));
    setBusy(true);
    setError(null);
    setPreview(null);
    setRequestId(null);
    try {
      const r = await send(`preview?${q}`);
      const body = await r.json();
      if (!r.ok) setError(body.error);
      else setPreview(body);
    } finally {
      setBusy(false);
    }
  };

  const downloadReport = async () => {
    const r = await send(`preview?${q}&format=csv`);
    const url = URL.createObjectURL(await r.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: lang === 'en' ? 'import-problems.csv' : 'problemas-importacao.csv' });
    a.click();
    URL.revokeObjectURL(url);
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await send(`confirm?${q}&name=${encodeURIComponent(file?.name ?? '')}`);
      const body = await r.json();
      if (r.status === 202) setRequestId(body.requestId);
      else {
        setError(body.error);
        if (body.preview) setPreview(body.preview);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="bulk-form" data-pagefind-ignore>
      <p>{s('intro')}</p>
      <p class="bulk-links">
        <a href={`${API}/template.csv?${q}`} download>{s('template')}</a> · <a href={`${API}/ids.csv?${q}`} download>{s('ids')}</a>
      </p>
      <form onSubmit={runPreview}>
        <label>
          {s('file')}
          <input type="file" name="file" accept=".csv,.txt,text/csv" onChange={(e) => { setFile((e.target as HTMLInputElement).files?.[0] ?? null); setPreview(null); setRequestId(null); }} />
        </label>
        <button type="submit" disabled={busy}>{busy ? s('checking') : s('preview')}</button>
      </form>
      {error && <p class="bulk-error" role="alert">{error}</p>}
      {preview && !requestId && (
        <section class="bulk-preview" aria-live="polite">
          <dl class="bulk-counts">
            <div><dt>{s('rows')}</dt><dd data-testid="rows">{preview.rows}</dd></div>
            <div><dt>{s('toCreate')}</dt><dd data-testid="valid">{preview.valid}</dd></div>
            <div><dt>{s('problems')}</dt><dd data-testid="problems">{preview.problemCount}</dd></div>
            <div><dt>{s('seats')}</dt><dd>{preview.seats.free}</dd></div>
          </dl>
          {preview.seatsMessage && <p class="bulk-error">{preview.seatsMessage}</p>}
          {preview.problems.length > 0 && (
            <>
              <table class="bulk-problems">
                <thead><tr><th>{s('line')}</th><th>{s('column')}</th><th>{s('whatToDo')}</th></tr></thead>
                <tbody>
                  {preview.problems.map((p) => (
                    <tr><td>{p.line}</td><td>{p.column}</td><td>{p.message}</td></tr>
                  ))}
                </tbody>
              </table>
              {preview.problemCount > preview.problems.length && <p>{s('moreProblems', { shown: preview.problems.length, total: preview.problemCount })}</p>}
              <button type="button" onClick={downloadReport}>{s('report')}</button>
            </>
          )}
          {preview.canImport ? (
            <p>
              {s('ready', { n: preview.valid })} <button type="button" class="bulk-confirm" disabled={busy} onClick={confirm}>{s('confirm')}</button>
            </p>
          ) : (
            <p class="bulk-note">{s('notReady')}</p>
          )}
        </section>
      )}
      {requestId && (
        <section>
          <p>{s('started')}</p>
          <BulkProgress requestId={requestId} lang={lang} />
        </section>
      )}
    </div>
  );
}
