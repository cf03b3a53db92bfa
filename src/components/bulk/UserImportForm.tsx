import { useState } from 'preact/hooks';
import { importUiStrings } from '../../i18n/user-import';
import type { Lang } from '../../i18n/ui';
import type { ImportPreview } from '../../bulk/user-import/http';
import type { CreatedUsers } from '../../bulk/user-import/created';
import BulkProgress from './BulkProgress';
import { jsonOf } from './hooks/http';
import { usePreviewFlow } from './hooks/use-preview-flow';
import './bulk-forms.css';

const API = '/api/bulk/user-import';
const SHOWN = 200;

/** Import form: choose a file → preview (problems by line) → confirm → live progress → summary with the users created and the licenses. */
export default function UserImportForm({ lang }: { lang: Lang }) {
  const t = importUiStrings.t;
  const q = `lang=${lang}`;
  const prefix = lang === 'en' ? '/en' : '';
  const [file, setFile] = useState<File | null>(null);
  const [created, setCreated] = useState<CreatedUsers | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const flow = usePreviewFlow<ImportPreview>();

  const send = (path: string) => fetch(`${API}/${path}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });

  const runPreview = (e: Event) => {
    e.preventDefault();
    if (!file) return flow.fail(t(lang, 'chooseFile'));
    return flow.runPreview(() => jsonOf<ImportPreview>(send(`preview?${q}`)));
  };

  const downloadReport = async () => {
    const r = await send(`preview?${q}&format=csv`);
    const url = URL.createObjectURL(await r.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: lang === 'en' ? 'import-problems.csv' : 'problemas-importacao.csv' });
    a.click();
    URL.revokeObjectURL(url);
  };

  const confirm = () =>
    flow.confirm(async () => {
      const r = await send(`confirm?${q}&name=${encodeURIComponent(file?.name ?? '')}`);
      const body = (await r.json()) as { requestId?: string; error?: string; preview?: ImportPreview };
      if (r.status === 202 && body.requestId) return body.requestId;
      if (body.preview) flow.replacePreview(body.preview);
      throw new Error(body.error ?? `HTTP ${r.status}`);
    });

  const ended = async () => {
    flow.finished();
    setCreated(await jsonOf<CreatedUsers>(fetch(`${API}/created?id=${flow.requestId}&limit=${SHOWN}&${q}`)).catch(() => null));
  };
  const startOver = () => {
    flow.reset();
    setFile(null);
    setCreated(null);
    setInputKey(inputKey + 1);
  };

  const preview = flow.preview;
  const services = created ? [...new Map(created.users.filter((u) => u.serviceId).map((u) => [u.serviceId!, u.service!])).entries()] : [];
  return (
    <div class="omni-tool omni-bulk-form bulk-form" data-pagefind-ignore>
      <p>{t(lang, 'intro')}</p>
      <p class="bulk-links omni-actions">
        <a href={`${API}/template.csv?${q}`} download>{t(lang, 'template')}</a>
        <a href={`${API}/ids.csv?${q}`} download>{t(lang, 'ids')}</a>
      </p>
      {!flow.started && (
        <form class="bulk-stack" onSubmit={runPreview}>
          <label class="omni-field">
            {t(lang, 'file')}
            <input key={inputKey} type="file" name="file" accept=".csv,.txt,text/csv" onChange={(e) => { setFile((e.target as HTMLInputElement).files?.[0] ?? null); flow.back(); }} />
          </label>
          <div class="omni-actions">
            <button type="submit" disabled={flow.busy}>{flow.state === 'previewing' ? t(lang, 'checking') : t(lang, 'preview')}</button>
          </div>
        </form>
      )}
      {flow.error && <p class="bulk-error omni-error" role="alert">{flow.error}</p>}
      {preview && !flow.started && (
        <section class="omni-dialog bulk-preview" aria-live="polite" aria-label={t(lang, 'preview')}>
          <dl class="bulk-counts">
            <div><dt>{t(lang, 'rows')}</dt><dd data-testid="rows">{preview.rows}</dd></div>
            <div><dt>{t(lang, 'toCreate')}</dt><dd data-testid="valid">{preview.valid}</dd></div>
            <div><dt>{t(lang, 'problems')}</dt><dd data-testid="problems">{preview.problemCount}</dd></div>
            <div><dt>{t(lang, 'seats')}</dt><dd data-testid="seats-free">{preview.seats.free}</dd></div>
          </dl>
          {preview.seatsMessage && <p class="bulk-error omni-error">{preview.seatsMessage}</p>}
          {preview.problems.length > 0 && (
            <>
              <table class="bulk-problems omni-cards">
                <thead><tr><th scope="col">{t(lang, 'line')}</th><th scope="col">{t(lang, 'column')}</th><th scope="col">{t(lang, 'whatToDo')}</th></tr></thead>
                <tbody>
                  {preview.problems.map((p, i) => (
                    <tr key={`${p.line}-${i}`}><td data-label={t(lang, 'line')}>{p.line}</td><td data-label={t(lang, 'column')}>{p.column}</td><td class="bulk-wide" data-label={t(lang, 'whatToDo')}>{p.message}</td></tr>
                  ))}
                </tbody>
              </table>
              {preview.problemCount > preview.problems.length && <p>{t(lang, 'moreProblems', { shown: preview.problems.length, total: preview.problemCount })}</p>}
              <div class="omni-actions">
                <button type="button" class="omni-secondary" onClick={downloadReport}>{t(lang, 'report')}</button>
              </div>
            </>
          )}
          {preview.canImport ? (
            <>
              <p>{t(lang, 'ready', { n: preview.valid })}</p>
              <div class="omni-actions">
                <button type="button" class="bulk-confirm" disabled={flow.busy} onClick={confirm}>{t(lang, 'confirm')}</button>
              </div>
            </>
          ) : (
            <p class="bulk-note">{t(lang, 'notReady')}</p>
          )}
        </section>
      )}
      {flow.requestId && (
        <section class="bulk-run">
          {flow.state === 'running' && <p>{t(lang, 'started')}</p>}
          <BulkProgress
            requestId={flow.requestId}
            lang={lang}
            onEnd={ended}
            summary={{
              counts: (n, failed) => t(lang, 'createdCount', { n, failed }),
              newLabel: t(lang, 'newImport'),
              onNew: startOver,
              links: [
                ...services.map(([id, name]) => ({ href: `${prefix}/bulk/migrate/?service=${id}`, label: t(lang, 'checkUsers', { service: name }) })),
                { href: `${prefix}/bulk/import-users-csv/#${lang === 'en' ? 'what-the-live-check-verifies' : 'o-que-a-verificação-ao-vivo-confere'}`, label: t(lang, 'checkLicenses') },
              ],
            }}
          >
            {created && (
              <>
                <p class="bulk-seats" data-used={created.seats.used} data-contracted={created.seats.contracted} data-free={created.seats.free}>
                  {t(lang, 'seatsAfter', { used: created.seats.used.toLocaleString(lang), contracted: created.seats.contracted.toLocaleString(lang), free: created.seats.free.toLocaleString(lang) })}
                </p>
                {created.users.length > 0 && (
                  <table class="bulk-created omni-cards">
                    <caption>{t(lang, 'created')}</caption>
                    <thead><tr><th scope="col">{t(lang, 'name')}</th><th scope="col">{t(lang, 'email')}</th><th scope="col">{t(lang, 'profile')}</th><th scope="col">{t(lang, 'service')}</th></tr></thead>
                    <tbody>
                      {created.users.map((u) => (
                        <tr key={u.id}>
                          <td data-label={t(lang, 'name')}>{u.name}</td>
                          <td class="bulk-wide" data-label={t(lang, 'email')}>{u.email}</td>
                          <td data-label={t(lang, 'profile')}>{u.profile}</td>
                          <td data-label={t(lang, 'service')}>{u.serviceId ? <a href={`${prefix}/bulk/migrate/?service=${u.serviceId}`}>{u.service}</a> : '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
                {created.total > created.users.length && <p class="omni-muted">{t(lang, 'moreCreated', { shown: created.users.length, total: created.total })}</p>}
              </>
            )}
          </BulkProgress>
        </section>
      )}
    </div>
  );
}
