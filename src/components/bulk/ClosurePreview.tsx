import type { actions } from 'astro:actions';
import { useEffect, useRef, useState } from 'preact/hooks';
import { channelStrings } from '@/i18n/channels';
import { formatMoment } from '@/i18n/format-moment';
import { closureStrings } from '@/i18n/queue-closure';
import { fold } from '@/search/normalize';
import type { Lang } from '@/i18n/ui';

/** What closing a queue would finish now, as the count action answers it. */
export type ClosureCount = Awaited<ReturnType<typeof actions.bulk.closure.count.orThrow>>;

/** Above this many attendances the person types the count (or the service's name) before Confirm enables. */
export const TYPE_TO_CONFIRM_ABOVE = 20;

/** A name as people type it: no accents, lower case, single spaces ("Suporte  Técnico" → "suporte tecnico"). */
const folded = (s: string) => fold(s).replace(/\s+/g, ' ').trim();

/**
 * Whether `typed` names the closure: the count (with or without thousands separators) or the
 * service's name, accents, capitals and spacing aside (the hint says so: the point is to read what
 * will be closed, not to spell it).
 */
export function confirmsClosure(typed: string, count: number, service: string): boolean {
  const t = typed.trim();
  if (!t) return false;
  return t.replace(/[\s.,]/g, '') === String(count) || folded(t) === folded(service);
}

interface Props {
  lang: Lang;
  preview: ClosureCount;
  service: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The confirmation step of a closure: how many attendances it finishes, the oldest and newest
 * arrival and the oldest few, in the organization's time zone; above the threshold, a typed
 * confirmation; the irreversible button is `.omni-danger`. Nothing is written until Confirm.
 */
export default function ClosurePreview({ lang, preview: p, service, busy, onConfirm, onCancel }: Props) {
  const t = closureStrings.in(lang);
  const channel = channelStrings.in(lang);
  const [typed, setTyped] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p]);
  const n = p.queued;
  const num = new Intl.NumberFormat(lang).format(n);
  // The zone is named below the sample, so each moment is just the date and time.
  const at = (iso: string) => formatMoment(iso, lang, p.timeZone, 'dateTimeSeconds');
  const mustType = n > TYPE_TO_CONFIRM_ABOVE;
  const ok = !mustType || confirmsClosure(typed, n, service);

  return (
    <section class="omni-dialog omni-closure-preview" aria-labelledby="omni-closure-preview-title" data-count={n}>
      <h3 id="omni-closure-preview-title" tabIndex={-1} ref={heading}>
        {t('previewTitle')}
      </h3>
      <p>
        <strong>{n === 1 ? t('counted.one', { service }) : t('counted.other', { n: num, service })}</strong>
      </p>
      {n === 0 ? (
        <>
          <p>{t('emptyQueue')}</p>
          <div class="omni-actions">
            <button type="button" class="omni-secondary" onClick={onCancel}>
              {t('closeAnother')}
            </button>
          </div>
        </>
      ) : (
        <>
          {p.oldest && p.newest && <p data-range>{t('range', { oldest: at(p.oldest), newest: at(p.newest) })}</p>}
          <table class="omni-cards omni-closure-sample">
            <caption>{t('sampleCaption', { n: p.sample.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('protocol')}</th>
                <th scope="col">{t('channel')}</th>
                <th scope="col">{t('openedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {p.sample.map((s) => (
                <tr key={s.protocol} data-protocol={s.protocol}>
                  <td data-label={t('protocol')}>{s.protocol}</td>
                  <td data-label={t('channel')}>{channel(s.channel)}</td>
                  <td data-label={t('openedAt')}>
                    <time dateTime={s.createdAt}>{at(s.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="omni-muted">{t('tz', { tz: p.timeZone })}</p>
          <p class="omni-warn">{t('askTabulate')}</p>
          {mustType && (
            <>
              <label class="omni-field">
                {t('typeLabel')}
                <input
                  name="confirmText"
                  autocomplete="off"
                  value={typed}
                  aria-describedby="omni-closure-type-hint"
                  onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
                />
              </label>
              <p id="omni-closure-type-hint" class="omni-muted">
                {t('typeHint', { n: num, service })}
              </p>
            </>
          )}
          <div class="omni-actions">
            <button type="button" class="omni-danger" disabled={!ok || busy} onClick={onConfirm}>
              {n === 1 ? t('confirm.one') : t('confirm.other', { n: num })}
            </button>
            <button type="button" class="omni-secondary" onClick={onCancel}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
