import { definePublicEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';
import { messages } from '@/i18n/messages';
import { isDraining } from '@/server/lifecycle';

export const prerender = false;

/**
 * GET /api/ready: readiness for the proxy. 200 once the database is migrated and jobs are running;
 * until then the middleware answers 503 (it opens the runtime before any route runs), and 503
 * again from the moment the process is told to stop (SIGTERM) while it drains.
 */
export const GET = definePublicEndpoint({
  action: 'ready',
  handler: () => {
    if (isDraining()) throw new HttpError(503, messages.unavailable);
    return { ready: true };
  },
});
