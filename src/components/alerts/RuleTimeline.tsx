import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { alertText } from '@/i18n/admin-alerts';
import { formatMoment } from '@/i18n/format-moment';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import { eventLabel } from './SimulationView';
import type { Timeline } from './types';

type Event = Timeline['events'][number];

/** A rule's events, newest first, each delivery with its status, attempts and the server's reply; "Older" pages on. */
export default function RuleTimeline({
  lang,
  ruleId,
  name,
  timeZone,
  onClose,
}: {
  lang: Lang;
  ruleId: number;
  name: string;
  timeZone: string;
  onClose: () => void;
}) {
  const t = alertText.in(lang);
  const [events, setEvents] = useState<Event[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function load(before?: number) {
    const r = await callAction(actions.alerts.rules.history, { id: ruleId, limit: 30, ...(before ? { before } : {}) }, lang);
    if (!r.ok) return setError(r.error);
    setEvents((prev) => [...(before ? (prev ?? []) : []), ...r.data.events]);
    setNext(r.data.nextBefore);
  }
  useEffect(() => void load(), [ruleId]);
  return (
    <section class="omni-timeline" data-timeline={ruleId} aria-label={t('tl.title', { name })}>
      <h3>{t('tl.title', { name })}</h3>
      {error && (
        <p class="omni-error" role="alert">
          {error}
        </p>
      )}
      {events === null && !error && <p>{t('loading')}</p>}
      {events?.length === 0 && <p data-timeline-empty>{t('tl.empty')}</p>}
      {events && events.length > 0 && (
        <ol>
          {events.map((e) => (
            <li data-event={e.kind} key={e.id}>
              <strong>{eventLabel(lang, e.kind)}</strong> · <time dateTime={String(e.at)}>{formatMoment(String(e.at), lang, timeZone, 'zoned')}</time>
              {e.recordLabel && <> · {e.recordLabel}</>}
              {e.by && <> · {t('tl.by', { name: e.by })}</>}
              {e.summary && (
                <>
                  <br />
                  <span>{e.summary[lang]}</span>
                </>
              )}
              {e.deliveries.length > 0 && (
                <ul>
                  {e.deliveries.map((d) => (
                    <li data-delivery={d.status}>
                      {d.contactName}: <strong>{t(`delivery.${d.status}`)}</strong> · {t('tl.attempts', { n: d.attempts })}
                      {d.reply && (
                        <>
                          {' · '}
                          <code class="omni-break">{d.reply}</code>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <p class="omni-actions">
        {next !== null && (
          <button type="button" class="omni-secondary" onClick={() => load(next)}>
            {t('tl.more')}
          </button>
        )}
        <button type="button" class="omni-secondary" onClick={onClose}>
          {t('tl.close')}
        </button>
      </p>
    </section>
  );
}
