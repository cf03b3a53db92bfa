import type { actions } from 'astro:actions';
import { changesOf } from '@/audit/changes';
import { changeText } from '@/audit/changes-text';
import { actionLabel, auditText, outcomeLabel, targetLabel } from '@/i18n/admin-audit';
import { formatMoment } from '@/i18n/format-moment';
import { localePath } from '@/i18n/locale-path';
import type { Lang } from '@/i18n/ui';

/** An audit record as the trail lists it. */
export type AuditEntry = Awaited<ReturnType<typeof actions.admin.audit.list.orThrow>>['records'][number];

/**
 * A target by name when the server named it ("Caixa SAC", "José Santos <jose@…>", "Solicitação de
 * migração 1eb6a46b" linking to its page), else as its localized kind and id.
 */
function Target({ lang, r }: { lang: Lang; r: AuditEntry }) {
  if (r.targetName) return r.targetHref ? <a href={r.targetHref}>{r.targetName}</a> : <>{r.targetName}</>;
  const { kind, id, bulkRequestId } = targetLabel(lang, r.target!);
  const text = kind ? `${kind} ${id}` : id;
  return bulkRequestId ? <a href={localePath(lang, `/bulk/request/?id=${encodeURIComponent(bulkRequestId)}`)}>{text}</a> : <>{text}</>;
}

/** A settings change field by field: before → after (a secret only as "changed"). */
function Changes({ lang, r }: { lang: Lang; r: AuditEntry }) {
  const t = auditText.in(lang);
  const changes = changesOf(r.details);
  if (!changes.length) return null;
  return (
    <ul class="omni-changes" aria-label={t('changes')} data-changes>
      {changes.map((c) => {
        const x = changeText(lang, c);
        return (
          <li data-field={c.field}>
            <strong>{x.field}</strong>:{' '}
            {x.before === null ? (
              x.after
            ) : (
              <>
                <del>{x.before}</del> → <ins>{x.after}</ins>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One audit record: when (the organization's zone, named above the table), who, action with what changed, target, outcome; inputs and details expandable. */
export default function AuditRow({ lang, r, timeZone }: { lang: Lang; r: AuditEntry; timeZone: string }) {
  const t = auditText.in(lang);
  return (
    <tr key={r.id} data-audit-id={r.id} data-action={r.action}>
      <td data-label={t('col.when')}>
        <time dateTime={r.at}>{formatMoment(r.at, lang, timeZone, 'dateTimeSeconds')}</time>
      </td>
      <td data-label={t('col.who')} class="omni-break">
        {r.actorName ?? r.actorEmail ?? t('nobody')}
      </td>
      <td data-label={t('col.action')} title={r.action}>
        {actionLabel(lang, r)}
        <Changes lang={lang} r={r} />
      </td>
      <td data-label={t('col.target')} class="omni-break" data-target={r.target ?? undefined}>
        {r.target ? <Target lang={lang} r={r} /> : '—'}
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
