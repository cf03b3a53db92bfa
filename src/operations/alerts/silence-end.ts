import { and, eq, isNull } from 'drizzle-orm';
import { silenceEndInput } from '@/alerts/admin/silence-input';
import { alertSilences } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { now } from '@/server/clock';
import { HttpError } from '@/server/http-error';
import { defineOperation } from '@/server/operation';

/** Ends a silence now (the row stays, with when it ended). Audited. Needs admin:alerts. */
export const alertSilenceEnd = defineOperation({
  action: 'alert.silence.end',
  permission: 'admin:alerts',
  input: silenceEndInput,
  handler: async ({ db, input, audit }) => {
    const [row] = await db
      .update(alertSilences)
      .set({ endedAt: now() })
      .where(and(eq(alertSilences.id, input.id), isNull(alertSilences.endedAt)))
      .returning({ id: alertSilences.id });
    await audit({ action: 'alert.silence.end', target: `alert-silence:${input.id}`, outcome: row ? 'ok' : 'not-found' });
    if (!row) throw new HttpError(404, messages.notFound);
    return { ended: row.id };
  },
});
