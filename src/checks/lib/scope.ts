import { managedServiceIds } from '../../auth/session';
import { messages } from '../../i18n/messages';
import type { CheckContext } from '../types';
import { CheckRefusal } from './errors';

/**
 * Refuses (403) when the caller may not look at records of `serviceIds`: holders of
 * admin:all-services see everything, a supervisor only the services they manage. Passing several
 * ids allows the run when any one of them is managed (a user linked to several services).
 */
export async function requireServiceScope(ctx: Pick<CheckContext, 'db' | 'user'>, serviceIds: number[]): Promise<void> {
  const managed = await managedServiceIds(ctx.db, ctx.user);
  if (managed === 'all') return;
  if (!serviceIds.some((id) => managed.includes(id))) throw new CheckRefusal(403, messages.outOfScope);
}
