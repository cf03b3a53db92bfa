import type { Lang } from './ui';

/**
 * The address of `path` (starting with `/`) in `lang`'s part of the site: pt-BR at the root,
 * English under `/en`. Every localized link is written with this, never with a hand-built prefix.
 */
export function localePath(lang: Lang, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath expects a path starting with "/", got "${path}".`);
  return lang === 'en' ? `/en${path}` : path;
}

/** The localized sign-in page that comes back to `next` (path and query) afterwards. */
export function signInHref(lang: Lang, next: string): string {
  return `${localePath(lang, '/login/')}?next=${encodeURIComponent(next)}`;
}
