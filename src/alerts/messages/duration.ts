import { alertMessageStrings } from '../../i18n/alert-messages';
import type { Lang } from '../../i18n/ui';

/** How long from `from` to `to` (ISO moments), as `42 min`, `2 h 5 min` or `3 d 4 h`; at least 1 min. */
export function durationText(from: string | undefined, to: string, lang: Lang): string {
  const t = alertMessageStrings.in(lang);
  const ms = from ? Date.parse(to) - Date.parse(from) : 0;
  const total = Math.max(1, Math.round((Number.isFinite(ms) ? ms : 0) / 60_000));
  if (total < 60) return t('duration.minutes', { m: total });
  const h = Math.floor(total / 60);
  if (h < 24) return t('duration.hours', { h, m: total % 60 });
  return t('duration.days', { d: Math.floor(h / 24), h: h % 24 });
}
