import { timingSafeEqual, createHash } from 'node:crypto';
import type { APIContext } from 'astro';
import { guardEndpoint } from '../auth/guard';
import type { SessionUser } from '../auth/session';
import { bearer } from '../scheduler/tokens';

/** The identity a monitor runs checks under (no user row: runs are stored with run_by null). */
export const monitorUser: SessionUser = {
  id: 0,
  email: 'monitor (HEALTH_TOKEN)',
  name: 'Monitor',
  profile: 'Monitor',
  permissions: ['admin:health', 'admin:checks'],
  sessionId: '',
  sessionCreatedAt: new Date(0),
};

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * For /api/health and /metrics: the monitor when `Authorization: Bearer` equals HEALTH_TOKEN,
 * else the signed-in user with admin:health, else the guard's 401/403 response.
 */
export function healthCaller(ctx: Pick<APIContext, 'locals' | 'request'>): { user: SessionUser; monitor: boolean } | Response {
  const expected = process.env.HEALTH_TOKEN;
  const given = bearer(ctx.request);
  if (expected && given && timingSafeEqual(digest(given), digest(expected))) return { user: monitorUser, monitor: true };
  const user = guardEndpoint(ctx, 'admin:health');
  return user instanceof Response ? user : { user, monitor: false };
}
