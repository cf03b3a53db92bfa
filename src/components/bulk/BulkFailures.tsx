import { bulkStrings } from '@/i18n/bulk';
import type { Lang } from '@/i18n/ui';
import { downloadHref } from '../lib/stream';
import type { BulkStatus } from './use-bulk-progress';

/** The failed and skipped items of a request (the first ones), and the link to all of them as CSV. */
export default function BulkFailures({
  lang,
  requestId,
  failures,
  captioned,
}: {
  lang: Lang;
  requestId: string;
  failures: BulkStatus['failures'];
  captioned: boolean;
}) {
  const t = bulkStrings.in(lang);
  if (failures.length === 0) return null;
  return (
    <>
      <table class="bulk-failures omni-cards">
        <caption class={captioned ? undefined : 'sr-only'}>{t('summary.failures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('csv.label')}</th>
            <th scope="col">{t('csv.state')}</th>
            <th scope="col">{t('csv.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {failures.map((f) => (
            <tr key={f.key}>
              <td data-label={t('csv.label')}>{f.label}</td>
              <td data-label={t('csv.state')}>{t(`state.${f.state}` as 'state.failed')}</td>
              <td class="bulk-wide" data-label={t('csv.reason')}>
                {f.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={downloadHref({ failures: requestId }, lang)} download class="bulk-failures-csv">
          {t('progress.download')}
        </a>
      </p>
    </>
  );
}
