import type { Lang } from './ui';

/** A number as people of `lang` write it (`1.234` in pt-BR, `1,234` in English): durations, counts. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang);
}
