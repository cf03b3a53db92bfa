import { timingSafeEqual, createHash } from 'node:crypto';
import type { APIContext } from 'astro';
import type { SessionUser } from '../auth/session';
import { messages } from '../i18n/messages';
import { bearer } from '../scheduler/tokens';
import { HttpError } from '../server/http-error';

/**
 * The identity a monitor runs checks under (no user row: runs are stored with run_by null). It sees
 * every service (admin:all-services), so its sweep and /metrics cover every queue and mailbox, as an
 * administrator's dashboard does; HEALTH_TOKEN is the installation's own secret.
 */
export const monitorUser: SessionUser = {
  id: 0,
  email: 'monitor (HEALTH_TOKEN)',
  name: 'Monitor',
  profile: 'Monitor',
  permissions: ['admin:health', 'admin:checks', 'admin:all-services'],
  sessionId: '',
  sessionCreatedAt: new Date(0),
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * For /api/health and /metrics (their endpoints' `authenticate`): the monitor when
 * `Authorization: Bearer` equals HEALTH_TOKEN, else the signed-in user with admin:health; 401
 * signed out, 403 without the permission.
 */
export function healthCaller(ctx: Pick<APIContext, 'locals' | 'request'>): { user: SessionUser; monitor: boolean } {
  const expected = process.env.HEALTH_TOKEN;
  const given = bearer(ctx.request);
  if (expected && given && timingSafeEqual(digest(given), digest(expected))) return { user: monitorUser, monitor: true };
  const user = ctx.locals.user;
  if (!user) throw new HttpError(401, messages.unauthorized);
  if (!user.permissions.includes('admin:health')) throw new HttpError(403, messages.forbidden);
  return { user, monitor: false };
}
