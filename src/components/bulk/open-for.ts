import type { Lang } from '@/i18n/ui';

/**
 * How long an attendance has been open, as people of `lang` write a duration ("2 h e 5 min",
 * "3 dias e 2 h"; "2 hr, 5 min" in English): the two largest units, never "0".
 */
export function openFor(iso: string, lang: Lang, now = Date.now()): string {
  const m = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const minutes = m % 60;
  const parts = days ? { days, hours } : hours ? { hours, minutes } : { minutes };
  // Intl.DurationFormat: Chromium 129+, Firefox 136+, Safari 16.4+; older browsers get the numbers.
  if (typeof Intl.DurationFormat !== 'function') return days ? `${days} d ${hours} h` : hours ? `${hours} h ${minutes} min` : `${minutes} min`;
  return (
    new Intl.DurationFormat(lang, { style: 'short' }).format(parts) ||
    new Intl.DurationFormat(lang, { style: 'short', minutesDisplay: 'always' }).format({ minutes: 0 })
  );
}
