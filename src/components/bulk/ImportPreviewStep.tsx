import type { ImportPreview } from '@/bulk/user-import/http';
import type { Lang } from '@/i18n/ui';
import { importUiStrings } from '@/i18n/user-import';
import BulkPreview from './BulkPreview';

export type { ImportPreview } from '@/bulk/user-import/http';

/** What the file would create: counts, licenses, each problem by line (and the full report); Confirm when every row is valid. */
export default function ImportPreviewStep({
  lang,
  preview,
  busy,
  confirm,
  report,
}: {
  lang: Lang;
  preview: ImportPreview;
  busy: boolean;
  confirm: () => void;
  report: () => void;
}) {
  const t = importUiStrings.in(lang);
  return (
    <BulkPreview
      label={t('preview')}
      class="bulk-preview"
      live
      busy={busy}
      confirm={preview.canImport ? { label: t('confirm'), class: 'bulk-confirm', run: confirm } : undefined}
    >
      <dl class="bulk-counts">
        <div>
          <dt>{t('rows')}</dt>
          <dd data-testid="rows">{preview.rows}</dd>
        </div>
        <div>
          <dt>{t('toCreate')}</dt>
          <dd data-testid="valid">{preview.valid}</dd>
        </div>
        <div>
          <dt>{t('problems')}</dt>
          <dd data-testid="problems">{preview.problemCount}</dd>
        </div>
        <div>
          <dt>{t('seats')}</dt>
          <dd data-testid="seats-free">{preview.seats.free}</dd>
        </div>
      </dl>
      {preview.understood.length > 0 && (
        <div class="bulk-understood" data-understood>
          <p>{t('understood')}</p>
          <ul>
            {preview.understood.map((u) => (
              <li key={`${u.field}-${u.value}`} data-field={u.field} data-id={u.id}>
                {t(u.field === 'service' ? 'understood.service' : 'understood.profile', { value: u.value, id: u.id, name: u.name })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.seatsMessage && <p class="bulk-error omni-error">{preview.seatsMessage}</p>}
      {preview.problems.length > 0 && (
        <>
          <table class="bulk-problems omni-cards">
            <thead>
              <tr>
                <th scope="col">{t('line')}</th>
                <th scope="col">{t('column')}</th>
                <th scope="col">{t('whatToDo')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.map((p, i) => (
                <tr key={`${p.line}-${i}`}>
                  <td data-label={t('line')}>{p.line}</td>
                  <td data-label={t('column')}>{p.column}</td>
                  <td class="bulk-wide" data-label={t('whatToDo')}>
                    {p.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.problemCount > preview.problems.length && <p>{t('moreProblems', { shown: preview.problems.length, total: preview.problemCount })}</p>}
          <div class="omni-actions">
            <button type="button" class="omni-secondary" onClick={report}>
              {t('report')}
            </button>
          </div>
        </>
      )}
      {preview.canImport ? <p>{t('ready', { n: preview.valid })}</p> : <p class="bulk-note">{t('notReady')}</p>}
    </BulkPreview>
  );
}
