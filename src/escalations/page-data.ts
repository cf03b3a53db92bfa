import type { AstroGlobal } from 'astro';
import { organizationInfo } from '../admin/organization-info';
import { loadScope } from '../auth/scope';
import type { SessionUser } from '../auth/session';
import { HttpError } from '../server/http-error';
import { getRuntime } from '../server/runtime';
import { readEscalation, type EscalationView } from './read';

/**
 * The record page's data for the signed-in viewer, or null when the id is unknown, malformed or
 * not visible to it: the page then answers the site's 404, the same for all three.
 */
export async function escalationPageData(
  astro: Pick<AstroGlobal, 'params' | 'locals'>,
  user: SessionUser,
): Promise<{ view: EscalationView; timeZone: string } | null> {
  const { db } = (await getRuntime()).handle;
  try {
    const view = await readEscalation(db, String(astro.params.id ?? ''), user, await loadScope(db, user), astro.locals.lang);
    return { view, timeZone: (await organizationInfo(db)).timeZone };
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) return null;
    throw e;
  }
}
