import { eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { alertContacts, alertRules } from '@/db/schema';
import { alertInputStrings } from '@/i18n/admin-alerts';
import { messages } from '@/i18n/messages';
import { HttpError } from '@/server/http-error';
import { dbId } from '@/server/input';
import { defineOperation } from '@/server/operation';

/**
 * Deletes an alert contact; refused (409, naming the rules) while a rule sends to it or escalates
 * to it. Audited. Needs admin:alerts.
 */
export const alertContactDelete = defineOperation({
  action: 'alert.contact.delete',
  permission: 'admin:alerts',
  input: z.object({
    /** The contact's id. */
    id: dbId(),
  }),
  handler: async ({ db, input, lang, audit }) => {
    const target = `alert-contact:${input.id}`;
    const users = await db
      .select({ name: alertRules.name })
      .from(alertRules)
      .where(or(eq(alertRules.contactId, input.id), eq(alertRules.escalateContactId, input.id)))
      .limit(20);
    if (users.length) {
      await audit({ action: 'alert.contact.delete', target, outcome: 'refused', details: { rules: users.map((u) => u.name) } });
      const m = alertInputStrings.l('contactInUse', { rules: users.map((u) => `"${u.name}"`).join(', ') });
      throw new HttpError(409, m, { fields: { id: [m[lang]] } });
    }
    const [row] = await db.delete(alertContacts).where(eq(alertContacts.id, input.id)).returning({ id: alertContacts.id, name: alertContacts.name });
    await audit({ action: 'alert.contact.delete', target, outcome: row ? 'ok' : 'not-found' });
    if (!row) throw new HttpError(404, messages.notFound);
    return { deleted: row.id, name: row.name };
  },
});
