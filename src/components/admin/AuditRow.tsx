import type { actions } from 'astro:actions';
import { auditActions, auditText, outcomeLabel, targetLabel } from '@/i18n/admin-audit';
import { formatMoment } from '@/i18n/format-moment';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';

/** An audit record as the trail lists it. */
export type AuditEntry = Awaited<ReturnType<typeof actions.admin.audit.list.orThrow>>['records'][number];

/** A target as its localized kind and id; a bulk request links to its status page. */
function Target({ lang, target }: { lang: Lang; target: string }) {
  const { kind, id, bulkRequestId } = targetLabel(lang, target);
  const text = kind ? `${kind} ${id}` : id;
  return bulkRequestId ? <a href={localePath(lang, `/bulk/request/?id=${encodeURIComponent(bulkRequestId)}`)}>{text}</a> : <>{text}</>;
}

/** One audit record: when (the organization's zone, named above the table), who, action, target, outcome; inputs and details expandable. */
export default function AuditRow({ lang, r, timeZone }: { lang: Lang; r: AuditEntry; timeZone: string }) {
  const t = auditText.in(lang);
  return (
    <tr key={r.id} data-audit-id={r.id} data-action={r.action}>
      <td data-label={t('col.when')}>
        <time dateTime={r.at}>{formatMoment(r.at, lang, timeZone, 'dateTimeSeconds')}</time>
      </td>
      <td data-label={t('col.who')} class="omni-break">
        {r.actorEmail ?? t('nobody')}
      </td>
      <td data-label={t('col.action')} title={r.action}>
        {auditActions.stored(r.action)[lang]}
      </td>
      <td data-label={t('col.target')} class="omni-break" data-target={r.target ?? undefined}>
        {r.target ? <Target lang={lang} target={r.target} /> : '—'}
      </td>
      <td data-label={t('col.outcome')}>
        <span data-outcome={r.outcome}>{outcomeLabel(lang, r.outcome)}</span>
        <details>
          <summary>{t('details')}</summary>
          <p>
            {t('ip')}: {r.ip ?? '—'}
          </p>
          {r.inputs != null && (
            <>
              <strong>{t('inputs')}</strong>
              <pre>{JSON.stringify(r.inputs, null, 2)}</pre>
            </>
          )}
          {r.details != null && (
            <>
              <strong>{t('details')}</strong>
              <pre>{JSON.stringify(r.details, null, 2)}</pre>
            </>
          )}
        </details>
      </td>
    </tr>
  );
}
