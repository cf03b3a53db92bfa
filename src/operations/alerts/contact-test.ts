import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { sendContactTest } from '@/alerts/delivery/test-contact';
import { alertContacts } from '@/db/schema';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * "Send test": sends a real test message to the contact, in the contact's language, and returns
 * whether it went and the SMTP or HTTP reply with the time it took. Audited. Needs admin:alerts.
 */
export const alertContactTest = defineOperation({
  action: 'alert.contact.test',
  permission: 'admin:alerts',
  input: z.object({
    /** The contact's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, user, audit }) => {
    const target = `alert-contact:${input.id}`;
    const [row] = await db.select({ id: alertContacts.id, lang: alertContacts.lang }).from(alertContacts).where(eq(alertContacts.id, input.id));
    if (!row) {
      await audit({ action: 'alert.contact.test', target, outcome: 'not-found' });
      throw new HttpError(404, messages.notFound);
    }
    const result = await sendContactTest(db, row.id, row.lang, { by: user.id });
    if (!result) {
      await audit({ action: 'alert.contact.test', target, outcome: 'not-found' });
      throw new HttpError(404, messages.notFound);
    }
    await audit({ action: 'alert.contact.test', target, outcome: result.ok ? 'ok' : 'failed', details: { reply: result.reply, ms: result.ms } });
    return result;
  },
});
