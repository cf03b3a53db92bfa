import { contactCreateInput } from '@/alerts/admin/contact-input';
import { createContact } from '@/alerts/admin/save-contact';
import { defineOperation } from '@/server/operation';

/**
 * Creates an alert contact (`{name, kind, target, format?, lang, sendResolved?, mailboxId?}` → `{id}`):
 * the target encrypted, a webhook URL checked against the outbound guard, a `json` webhook's signing
 * secret returned once as `signingSecret`. Audited without the target. Needs admin:alerts.
 */
export const alertContactCreate = defineOperation({
  action: 'alert.contact.create',
  permission: 'admin:alerts',
  input: contactCreateInput,
  maxBytes: 8_000,
  handler: (c) => createContact(c, c.input),
});
