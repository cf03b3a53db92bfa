import { z } from 'zod';
import { requiredPlainText } from '@/escalations/plain-text';
import { addNote } from '@/escalations/update';
import { defineOperation } from '@/server/operation';
import { escalationId } from './escalation-read';

/** Adds an internal plain-text note (4,000 characters at most; HTML or NUL → 400) to a visible escalation. Audited. */
export const escalationNote = defineOperation({
  action: 'escalation.note',
  permission: null,
  input: z.object({
    /** The escalation's id. */
    id: escalationId(),
    /** The note, plain text. */
    text: requiredPlainText(4000),
  }),
  maxBytes: 16_000,
  handler: async (c) => {
    await addNote(c.db, c.input.id, c.user, await c.scope(), c.input.text);
    await c.audit({ action: 'escalation.note', target: `escalation:${c.input.id}`, outcome: 'ok', details: { length: c.input.text.length } });
    return { ok: true };
  },
});
