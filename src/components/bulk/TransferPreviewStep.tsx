import type { actions } from 'astro:actions';
import { transferStrings } from '@/i18n/attendance-transfer';
import type { Lang } from '@/i18n/ui';
import BulkPreview from './BulkPreview';
import type { TransferText } from './TransferList';
import type { AgentLoad } from './use-transfer-data';

/** The transfer's dry run, as the preview action answers it. */
export type TransferPreview = Awaited<ReturnType<typeof actions.bulk.transfer.preview.orThrow>>;

/** An agent's load against capacity ("3 de 5 atendimentos…"). */
export const loadText = (t: TransferText, a: Pick<AgentLoad, 'current' | 'maxAttend' | 'maxChats'>) =>
  t('load', { current: a.current, maxAttend: a.maxAttend, maxChats: a.maxChats });

/** What the transfer would do: how many move to whom, the target's load, each problem; Confirm or back. */
export default function TransferPreviewStep({
  lang,
  preview,
  busy,
  confirm,
  back,
}: {
  lang: Lang;
  preview: TransferPreview;
  busy: boolean;
  confirm: () => void;
  back: () => void;
}) {
  const t = transferStrings.in(lang);
  const moves = preview.moving > 0;
  return (
    <BulkPreview
      label={t('previewTitle')}
      class="omni-transfer-preview"
      busy={busy}
      confirm={moves ? { label: t('confirm'), run: confirm } : undefined}
      back={{ label: moves ? t('back') : t('changeChoice'), run: back }}
    >
      <p>
        <strong>{t('previewTitle')}</strong>
      </p>
      <p data-testid="will-move">{t('willMove', { n: preview.moving, agent: preview.target?.name ?? '' })}</p>
      {preview.target && <p class="omni-muted">{loadText(t, preview.target)}</p>}
      {!moves && <p class="omni-warn bulk-nothing">{t('nothingToMove', { agent: preview.target?.name ?? '' })}</p>}
      {preview.problems.length > 0 && (
        <>
          <p>{t('problems')}</p>
          <ul class="omni-problems">
            {preview.problems.map((p) => (
              <li key={p.attendanceId}>
                {p.protocol}: {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </BulkPreview>
  );
}
