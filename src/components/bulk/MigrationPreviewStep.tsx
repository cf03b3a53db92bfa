import type { actions } from 'astro:actions';
import { migrationStrings } from '@/i18n/user-migration';
import type { Lang } from '@/i18n/ui';
import BulkPreview from './BulkPreview';

/** The migration's dry run, as the preview action answers it. */
export type MigrationPreview = Awaited<ReturnType<typeof actions.bulk.migration.preview.orThrow>>;

/** Who would move and each user's problem; Confirm (when anyone moves) or back. */
export default function MigrationPreviewStep({
  lang,
  preview,
  busy,
  confirm,
  back,
}: {
  lang: Lang;
  preview: MigrationPreview;
  busy: boolean;
  confirm: () => void;
  back: () => void;
}) {
  const t = migrationStrings.in(lang);
  return (
    <BulkPreview
      label={t('preview')}
      class="bulk-preview"
      busy={busy}
      confirm={preview.willMove > 0 ? { label: t('confirm'), class: 'bulk-confirm', run: confirm } : undefined}
      back={{ label: t('back'), run: back }}
    >
      <p data-testid="will-move">{t('willMove', { n: preview.willMove, p: preview.problemCount })}</p>
      {preview.problems.length > 0 && (
        <table class="bulk-problems omni-cards">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.problems.map((p) => (
              <tr key={p.userId}>
                <td data-label={t('name')}>{p.name}</td>
                <td class="bulk-wide" data-label={t('email')}>
                  {p.email}
                </td>
                <td data-label={t('status')}>{p.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BulkPreview>
  );
}
