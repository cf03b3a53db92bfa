import type { AstroGlobal } from 'astro';
import { signInHref } from '../i18n/locale-path';
import type { Permission } from './permissions';
import type { SessionUser } from './session';

/** What an on-demand page needs: one permission, or any one of several (`anyOf`). */
export type PageNeed = Permission | { anyOf: readonly Permission[] };

/** A page the caller may open, or the permissions it lacks (the page answers 403 naming them). */
export type PageAccess = { user: SessionUser; missing: null } | { user: SessionUser; missing: readonly Permission[] };

/** The permissions of `need` the user lacks: none when it holds one of them. */
export function missingFor(user: Pick<SessionUser, 'permissions'>, need: PageNeed): readonly Permission[] {
  const wanted = typeof need === 'string' ? [need] : need.anyOf;
  return wanted.some((p) => user.permissions.includes(p)) ? [] : wanted;
}

/**
 * The one guard of every restricted page, run first in its frontmatter: signed out → a 303 to the
 * sign-in page of the page's language that comes back here (path and query); signed in without
 * the permission → status 403 and the missing permissions, which `RestrictedPage` names by their
 * labels with a way back. Endpoints and actions the page calls check again on their own.
 */
export function guardPage(astro: Pick<AstroGlobal, 'locals' | 'url' | 'redirect' | 'response'>, need: PageNeed): Response | PageAccess {
  const user = astro.locals.user;
  if (!user) return astro.redirect(signInHref(astro.locals.lang, astro.url.pathname + astro.url.search), 303);
  const missing = missingFor(user, need);
  if (missing.length) {
    astro.response.status = 403;
    return { user, missing };
  }
  return { user, missing: null };
}
