import type { AstroGlobal } from 'astro';
import type { Lang } from '../i18n/ui';
import type { Permission } from './permissions';
import type { SessionUser } from './session';

/** What an on-demand page needs: one permission, or any one of several (`anyOf`). */
export type PageNeed = Permission | { anyOf: readonly Permission[] };

/** A page the caller may open, or the permissions it lacks (the page answers 403 naming them). */
export type PageAccess = { user: SessionUser; missing: null } | { user: SessionUser; missing: readonly Permission[] };

/** The localized sign-in page that comes back to `path` afterwards. */
export function signInHref(lang: Lang, path: string): string {
  return `${lang === 'en' ? '/en' : ''}/login/?next=${encodeURIComponent(path)}`;
}

/** The permissions of `need` the user lacks: none when it holds one of them. */
export function missingFor(user: Pick<SessionUser, 'permissions'>, need: PageNeed): readonly Permission[] {
  const wanted = typeof need === 'string' ? [need] : need.anyOf;
  return wanted.some((p) => user.permissions.includes(p)) ? [] : wanted;
}

/**
 * The server-side guard of every restricted page: signed out → a 303 to the localized sign-in page
 * that returns here (path and query); signed in without the permission → status 403 and the
 * missing permissions, which the page names by their labels (RestrictedPage). Endpoints the page
 * calls check again on their own.
 */
export function guardPage(astro: Pick<AstroGlobal, 'locals' | 'url' | 'redirect' | 'response'>, lang: Lang, need: PageNeed): Response | PageAccess {
  const user = astro.locals.user;
  if (!user) return astro.redirect(signInHref(lang, astro.url.pathname + astro.url.search), 303);
  const missing = missingFor(user, need);
  if (missing.length) {
    astro.response.status = 403;
    return { user, missing };
  }
  return { user, missing: null };
}
