import { actions } from 'astro:actions';
import { useState } from 'preact/hooks';
import type { Lang } from '@/i18n/ui';
import { importUiStrings } from '@/i18n/user-import';
import { callAction } from '../lib/call-action';
import { downloadHref, downloadImportProblems, uploadImport } from '../lib/stream';
import BulkFlow from './BulkFlow';
import BulkProgress from './BulkProgress';
import { usePreviewFlow, type Outcome } from './hooks/use-preview-flow';
import ImportCreated, { importLinks, type CreatedUsers } from './ImportCreated';
import ImportPreviewStep, { type ImportPreview } from './ImportPreviewStep';
import './bulk-forms.css';

/** How many created users the summary lists. */
const SHOWN = 200;

/** Import form: choose a file → preview (problems by line) → confirm → live progress → summary with the users created and the licenses (BulkFlow). */
export default function UserImportForm({ lang }: { lang: Lang }) {
  const t = importUiStrings.in(lang);
  const [file, setFile] = useState<File | null>(null);
  const [created, setCreated] = useState<CreatedUsers | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const flow = usePreviewFlow<ImportPreview>();

  const runPreview = (e: Event) => {
    e.preventDefault();
    if (!file) return flow.fail(t('chooseFile'));
    return flow.runPreview(async (): Promise<Outcome<ImportPreview>> => {
      const r = await uploadImport<ImportPreview>('preview', file, lang);
      return r.status === 200 ? { ok: true, data: r.body } : { ok: false, error: r.body.error ?? String(r.status) };
    });
  };
  // A refused confirm (the file changed since the preview) carries its own preview: it replaces the old one.
  const confirm = () =>
    flow.confirm(async (): Promise<Outcome<{ requestId: string }>> => {
      const r = await uploadImport<{ requestId?: string; preview?: ImportPreview }>('confirm', file!, lang);
      if (r.status === 202 && r.body.requestId) return { ok: true, data: { requestId: r.body.requestId } };
      if (r.body.preview) flow.replacePreview(r.body.preview);
      return { ok: false, error: r.body.error ?? String(r.status) };
    });
  const ended = async () => {
    flow.finished();
    const r = await callAction(actions.bulk.import.created, { id: flow.requestId!, limit: SHOWN }, lang);
    setCreated(r.ok ? r.data : null);
  };
  const startOver = () => {
    flow.reset();
    setFile(null);
    setCreated(null);
    setInputKey(inputKey + 1);
  };

  return (
    <BulkFlow
      flow={flow}
      class="omni-tool omni-bulk-form bulk-form"
      errorClass="bulk-error omni-error"
      head={
        <>
          <p>{t('intro')}</p>
          <p class="bulk-links omni-actions">
            <a href={downloadHref('importTemplate', lang)} download>
              {t('template')}
            </a>
            <a href={downloadHref('importIds', lang)} download>
              {t('ids')}
            </a>
          </p>
        </>
      }
      choices={
        <form class="bulk-stack" onSubmit={runPreview}>
          <label class="omni-field">
            {t('file')}
            <input
              key={inputKey}
              type="file"
              name="file"
              accept=".csv,.txt,text/csv"
              onChange={(e) => {
                setFile((e.target as HTMLInputElement).files?.[0] ?? null);
                flow.back();
              }}
            />
          </label>
          <div class="omni-actions">
            <button type="submit" disabled={flow.busy}>
              {flow.state === 'previewing' ? t('checking') : t('preview')}
            </button>
          </div>
        </form>
      }
      preview={(p) => (
        <ImportPreviewStep lang={lang} preview={p} busy={flow.busy} confirm={confirm} report={() => file && downloadImportProblems(file, t('problemsFile'))} />
      )}
      progress={(c) => (
        <section class="bulk-run">
          {flow.state === 'running' && <p>{t('started')}</p>}
          <BulkProgress
            requestId={c.requestId}
            lang={lang}
            onEnd={ended}
            summary={{ counts: (n, failed) => t('createdCount', { n, failed }), newLabel: t('newImport'), onNew: startOver, links: importLinks(lang, created) }}
          >
            {created && <ImportCreated lang={lang} created={created} />}
          </BulkProgress>
        </section>
      )}
    />
  );
}
