import { fold } from '../search/normalize';

/**
 * A record's name after the words that say its kind ("Time" + "Suporte" → "Time Suporte"), without
 * saying the kind twice when the name already starts with it: teams are often called "Time …" and
 * surveys "Pesquisa …", so "Time {name}" would read "Time Time Suporte Chat". The last word of
 * `kind` is the one compared, accents and case aside ("A campanha" + "Campanha CSAT" → "A Campanha CSAT").
 */
export function named(kind: string, name: string): string {
  const words = kind.trim().split(/\s+/);
  const last = fold(words.at(-1) ?? '');
  const first = fold(name.trim().split(/\s+/)[0] ?? '');
  return (last && first === last ? [...words.slice(0, -1), name] : [...words, name]).join(' ');
}
