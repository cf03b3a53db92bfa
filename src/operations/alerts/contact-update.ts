import { contactUpdateInput } from '@/alerts/admin/contact-input';
import { updateContact } from '@/alerts/admin/save-contact';
import { defineOperation } from '@/server/operation';

/** Changes an alert contact (a new target is checked and replaces the stored one; omitted, it is kept). Needs admin:alerts. */
export const alertContactUpdate = defineOperation({
  action: 'alert.contact.update',
  permission: 'admin:alerts',
  input: contactUpdateInput,
  maxBytes: 8_000,
  handler: (c) => updateContact(c, c.input),
});
