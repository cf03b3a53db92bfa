import { alertText } from '@/i18n/admin-alerts';
import { formatMoment } from '@/i18n/format-moment';
import type { Localized } from '@/i18n/localized';
import type { Lang } from '@/i18n/ui';
import type { Simulation } from './types';

/** An event kind as people read it (the table's `event.<kind>`). */
export const eventLabel = (lang: Lang, kind: string): string => (alertText.table as Record<string, Localized>)[`event.${kind}`]?.[lang] ?? kind;

/** "This is what would have been sent": the messages a simulation produced, in the organization's zone. */
export default function SimulationView({ sim, lang, timeZone }: { sim: Simulation; lang: Lang; timeZone: string }) {
  const t = alertText.in(lang);
  return (
    <section class="omni-simulation" data-simulation aria-label={t('sim.title')}>
      <strong>{t('sim.title')}</strong>
      {sim.runs !== null && <p class="omni-muted">{t('sim.runs', { n: sim.runs })}</p>}
      {sim.messages.length === 0 ? (
        <p data-sim-empty>{t('sim.none')}</p>
      ) : (
        <ol>
          {sim.messages.map((m) => (
            <li data-sim-event={m.kind} data-sent={m.sent === null ? undefined : String(m.sent)}>
              <strong>{eventLabel(lang, m.kind)}</strong>
              {m.sent === false && <> ({m.suppressed ? eventLabel(lang, m.suppressed) : t('sim.notSent')})</>}
              {m.sent === true && m.recipients === 0 && <> ({t('sim.noContact')})</>}
              {m.at && (
                <>
                  {' · '}
                  <time dateTime={m.at}>{formatMoment(m.at, lang, timeZone, 'zoned')}</time>
                </>
              )}
              {m.recordLabel && <> · {m.recordLabel}</>}
              {m.summary && (
                <>
                  <br />
                  <span>{m.summary[lang]}</span>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
