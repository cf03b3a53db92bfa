import { z } from 'zod';
import { REVERT_QUEUE } from '@/bulk/user-migration/schedule';
import { messages } from '@/i18n/messages';
import { inputStrings } from '@/i18n/input-messages';
import { now, setTestClock, testClockEnabled } from '@/server/clock';
import { defineEndpoint } from '@/server/endpoint';
import { HttpError } from '@/server/http-error';
import { isoInstant } from '@/server/input';

export const prerender = false;

const body = z.object({
  /** ISO date-time to move the app's clock to (forward only). */
  to: isoInstant(),
});

/**
 * POST /api/test/clock: browser tests only (404 unless OMNI_TEST_CLOCK=1; admin:settings). Moves
 * the app's clock forward and fires the nightly return job, as the cron would at that moment.
 */
export const POST = defineEndpoint({
  action: 'test.clock',
  permission: 'admin:settings',
  body: { json: body, maxBytes: 1_000 },
  handler: async ({ rt, lang, body: b, audit }) => {
    if (!testClockEnabled()) throw new HttpError(404, messages.notFound);
    if (new Date(b.to) < now()) throw new HttpError(400, messages.badRequest, { fields: { to: [inputStrings.t(lang, 'clockBackwards')] } });
    setTestClock(new Date(b.to));
    await audit({ action: 'test.clock', inputs: b, outcome: 'ok' });
    const jobId = await rt.jobs.boss.send(REVERT_QUEUE, {});
    return { now: now().toISOString(), jobId };
  },
});
