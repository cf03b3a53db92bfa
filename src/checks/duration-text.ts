import type { Localized } from './types';
import { sameInBoth } from '../i18n/localized';

/** A duration in seconds as a short phrase in both languages ("3 min", "2 h 5 min"). */
export function durationText(totalSec: number): Localized {
  const s = Math.max(0, Math.round(totalSec));
  const parts: [number, string, string][] = [
    [Math.floor(s / 86_400), 'd', 'd'],
    [Math.floor((s % 86_400) / 3600), 'h', 'h'],
    [Math.floor((s % 3600) / 60), 'min', 'min'],
    [s < 3600 ? s % 60 : 0, 's', 's'],
  ];
  const used = parts.filter(([n]) => n > 0).slice(0, 2);
  const text = used.length ? used.map(([n, u]) => `${n} ${u}`).join(' ') : '0 s';
  return sameInBoth(text);
}
