import { z } from 'zod';
import { createEscalation } from '@/escalations/create';
import { notifyEscalation } from '@/escalations/notify';
import { plainText, requiredPlainText } from '@/escalations/plain-text';
import { text } from '@/server/input';
import { defineOperation } from '@/server/operation';

/** A check run's id (check_runs is a bigserial; ids stay below 2^53). */
const runId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/**
 * Escalates a case from a troubleshooting article → 201 `{id, url}` (any signed-in user). The runs
 * attached must be the caller's own, at most 2 hours old and of checks the article embeds (403/400
 * otherwise); an unknown article, section, target or attendance is refused; text is plain (HTML or
 * NUL → 400). Nothing is saved on a refusal. Audited. With ALERT_SMTP_URL set, the administrators and
 * the attendance's supervisors get a mail with a neutral title and only the link.
 */
export const escalationCreate = defineOperation({
  action: 'escalation.create',
  permission: null,
  input: z.object({
    /** The article's id without language (`email/emails-not-arriving`). */
    article: text(200).regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/),
    /** A heading anchor of the article (either language). */
    section: text(200).optional(),
    /** What was searched before opening the article. */
    query: plainText(200).optional(),
    /** What the customer reports. */
    symptom: requiredPlainText(500),
    /** What the agent told the customer. */
    toldCustomer: plainText(1000).optional(),
    /** Check runs (ids) to attach: the caller's own, from the last 2 hours. */
    runIds: z.array(runId).max(20).optional(),
    /** The attendance's id (its service lets that service's supervisors read the record). */
    attendanceId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    /** A target the article's escalation section names. */
    target: text(40).optional(),
  }),
  maxBytes: 16_000,
  handler: async (c) => {
    const out = await createEscalation(c.db, c.user, c.lang, c.input);
    // The notice goes out in the background: the record exists whatever the mail server does.
    void notifyEscalation(c.db, out.id, c.lang);
    await c.audit({
      action: 'escalation.create',
      target: `escalation:${out.id}`,
      inputs: { ...c.input, symptom: undefined, toldCustomer: undefined },
      outcome: 'ok',
    });
    return out;
  },
});
