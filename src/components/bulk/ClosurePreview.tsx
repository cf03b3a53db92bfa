import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClosurePreview as Preview } from '../../bulk/queue-closure/preview-closure';
import { closureStrings as cs } from '../../i18n/queue-closure';
import { channelStrings } from '../../i18n/channels';
import type { Lang } from '../../i18n/ui';
import { formatAt } from '../admin/format-time';

/** Above this many attendances the person types the count (or the service's name) before Confirm enables. */
export const TYPE_TO_CONFIRM_ABOVE = 20;

/** Whether `typed` names the closure: the count (with or without thousands separators) or the service's name. */
export function confirmsClosure(typed: string, count: number, service: string): boolean {
  const t = typed.trim();
  if (!t) return false;
  return t.replace(/[\s.,]/g, '') === String(count) || t.toLocaleLowerCase() === service.trim().toLocaleLowerCase();
}

interface Props {
  lang: Lang;
  preview: Preview;
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
  const [typed, setTyped] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [p]);
  const n = p.queued;
  const num = new Intl.NumberFormat(lang).format(n);
  const at = (iso: string) => formatAt(iso, lang, p.timeZone);
  const mustType = n > TYPE_TO_CONFIRM_ABOVE;
  const ok = !mustType || confirmsClosure(typed, n, service);

  return (
    <section class="omni-dialog omni-closure-preview" aria-labelledby="omni-closure-preview-title" data-count={n}>
      <h3 id="omni-closure-preview-title" tabIndex={-1} ref={heading}>{cs.t(lang, 'previewTitle')}</h3>
      <p><strong>{n === 1 ? cs.t(lang, 'counted.one', { service }) : cs.t(lang, 'counted.other', { n: num, service })}</strong></p>
      {n === 0 ? (
        <>
          <p>{cs.t(lang, 'emptyQueue')}</p>
          <div class="omni-actions"><button type="button" class="omni-secondary" onClick={onCancel}>{cs.t(lang, 'closeAnother')}</button></div>
        </>
      ) : (
        <>
          {p.oldest && p.newest && <p data-range>{cs.t(lang, 'range', { oldest: at(p.oldest), newest: at(p.newest) })}</p>}
          <table class="omni-cards omni-closure-sample">
            <caption>{cs.t(lang, 'sampleCaption', { n: p.sample.length })}</caption>
            <thead><tr><th scope="col">{cs.t(lang, 'protocol')}</th><th scope="col">{cs.t(lang, 'channel')}</th><th scope="col">{cs.t(lang, 'openedAt')}</th></tr></thead>
            <tbody>
              {p.sample.map((s) => (
                <tr key={s.protocol} data-protocol={s.protocol}>
                  <td data-label={cs.t(lang, 'protocol')}>{s.protocol}</td>
                  <td data-label={cs.t(lang, 'channel')}>{channelStrings.t(lang, s.channel)}</td>
                  <td data-label={cs.t(lang, 'openedAt')}><time dateTime={s.createdAt}>{at(s.createdAt)}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="omni-muted">{cs.t(lang, 'tz', { tz: p.timeZone })}</p>
          <p class="omni-warn">{cs.t(lang, 'askTabulate')}</p>
          {mustType && (
            <>
              <label class="omni-field">
                {cs.t(lang, 'typeLabel')}
                <input name="confirmText" autocomplete="off" value={typed} aria-describedby="omni-closure-type-hint" onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
              </label>
              <p id="omni-closure-type-hint" class="omni-muted">{cs.t(lang, 'typeHint', { n: num, service })}</p>
            </>
          )}
          <div class="omni-actions">
            <button type="button" class="omni-danger" disabled={!ok || busy} onClick={onConfirm}>
              {n === 1 ? cs.t(lang, 'confirm.one') : cs.t(lang, 'confirm.other', { n: num })}
            </button>
            <button type="button" class="omni-secondary" onClick={onCancel}>{cs.t(lang, 'cancel')}</button>
          </div>
        </>
      )}
    </section>
  );
}
