import { eq } from 'drizzle-orm';
import type { SessionUser } from '@/auth/session';
import type { Db } from '@/db/client';
import { alertContacts, mailboxes } from '@/db/schema';
import { alertInputStrings } from '@/i18n/admin-alerts';
import { messages } from '@/i18n/messages';
import type { Lang } from '@/i18n/ui';
import { encryptSecret } from '@/security/secrets';
import { HttpError } from '@/server/http-error';
import { readInputMessage } from '@/server/input-message';
import type { CallerContext } from '@/server/caller-context';
import type { ContactCreateInput, ContactUpdateInput } from './contact-input';
import { targetProblem } from './contact-input';
import { fieldError } from './field-error';
import { newSigningSecret } from './signing-secret';
import { publicContact, type PublicContact } from './public-contact';
import { targetHint } from './target-hint';
import { webhookRefusal } from './webhook-guard';

type Ctx = Pick<CallerContext<SessionUser>, 'db' | 'lang' | 'audit' | 'user'>;

/** The inputs as audited: the target is a credential, never written down. */
const audited = (input: Record<string, unknown>) => ({ ...input, ...('target' in input ? { target: '[redacted]' } : {}) });

async function checkMailbox(db: Db, lang: Lang, mailboxId: number | null | undefined) {
  if (mailboxId == null) return;
  const [m] = await db.select({ id: mailboxes.id }).from(mailboxes).where(eq(mailboxes.id, mailboxId));
  if (!m) throw fieldError(lang, 'mailboxId', alertInputStrings.l('noMailbox'));
}

async function checkWebhook(lang: Lang, url: string) {
  const refusal = await webhookRefusal(url);
  if (refusal) throw fieldError(lang, 'target', refusal);
}

/** Refusals are audited with the field names only, then thrown. */
async function refuse<T>(c: Ctx, action: string, target: string | undefined, inputs: Record<string, unknown>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof HttpError) {
      const fields = (e.extra.fields as Record<string, unknown> | undefined) ?? {};
      await c.audit({ action, target, inputs: audited(inputs), outcome: e.status === 404 ? 'not-found' : 'refused', details: { fields: Object.keys(fields) } });
    }
    throw e;
  }
}

/**
 * Creates a contact: the target encrypted, its hint stored; a `json` webhook gets a signing secret,
 * returned once here and never again. Webhook URLs pass the outbound guard at save (a forbidden
 * address is a 400 naming `target`). Audited without the target.
 */
export async function createContact(c: Ctx, input: ContactCreateInput): Promise<{ id: number; contact: PublicContact; signingSecret?: string }> {
  return refuse(c, 'alert.contact.create', undefined, input, async () => {
    await checkMailbox(c.db, c.lang, input.mailboxId);
    if (input.kind === 'webhook') await checkWebhook(c.lang, input.target);
    const format = input.kind === 'webhook' ? (input.format ?? 'json') : null;
    const secret = format === 'json' ? newSigningSecret() : undefined;
    const [row] = await c.db
      .insert(alertContacts)
      .values({
        name: input.name,
        kind: input.kind,
        format,
        targetEnc: encryptSecret(input.target),
        targetHint: targetHint(input.kind, input.target),
        signingSecretEnc: secret ? encryptSecret(secret) : null,
        mailboxId: input.kind === 'email' ? (input.mailboxId ?? null) : null,
        lang: input.lang,
        sendResolved: input.sendResolved,
        enabled: input.enabled,
        createdBy: c.user.id,
      })
      .returning();
    await c.audit({ action: 'alert.contact.create', target: `alert-contact:${row.id}`, inputs: audited(input), outcome: 'ok' });
    return { id: row.id, contact: publicContact(row), ...(secret ? { signingSecret: secret } : {}) };
  });
}

/**
 * Changes a contact: a new target is checked against the contact's kind (and the outbound guard)
 * and replaces the stored one; switching a webhook to `json` without a secret creates one, returned once.
 */
export async function updateContact(c: Ctx, input: ContactUpdateInput): Promise<{ contact: PublicContact; signingSecret?: string }> {
  const target = `alert-contact:${input.id}`;
  return refuse(c, 'alert.contact.update', target, input, async () => {
    const [row] = await c.db.select().from(alertContacts).where(eq(alertContacts.id, input.id));
    if (!row) throw new HttpError(404, messages.notFound);
    if (row.kind === 'email' && input.format) throw fieldError(c.lang, 'format', alertInputStrings.l('formatEmail'));
    if (input.target !== undefined) {
      const problem = targetProblem(row.kind, input.target);
      if (problem) throw fieldError(c.lang, 'target', readInputMessage(problem) ?? alertInputStrings.l('url'));
      if (row.kind === 'webhook') await checkWebhook(c.lang, input.target);
    }
    await checkMailbox(c.db, c.lang, input.mailboxId);
    const format = row.kind === 'webhook' ? (input.format ?? row.format ?? 'json') : null;
    const secret = format === 'json' && !row.signingSecretEnc ? newSigningSecret() : undefined;
    const [saved] = await c.db
      .update(alertContacts)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.target !== undefined ? { targetEnc: encryptSecret(input.target), targetHint: targetHint(row.kind, input.target) } : {}),
        format,
        ...(format !== 'json' ? { signingSecretEnc: null } : secret ? { signingSecretEnc: encryptSecret(secret) } : {}),
        ...(input.lang !== undefined ? { lang: input.lang } : {}),
        ...(input.sendResolved !== undefined ? { sendResolved: input.sendResolved } : {}),
        ...(input.mailboxId !== undefined && row.kind === 'email' ? { mailboxId: input.mailboxId } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
        updatedAt: new Date(),
      })
      .where(eq(alertContacts.id, input.id))
      .returning();
    await c.audit({ action: 'alert.contact.update', target, inputs: audited(input), outcome: 'ok' });
    return { contact: publicContact(saved), ...(secret ? { signingSecret: secret } : {}) };
  });
}
