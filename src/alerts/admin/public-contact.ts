import type { AlertContact } from '@/db/schema';

/** A contact as the screens and the API show it: the target's hint only, never the target or the signing secret. */
export function publicContact(c: AlertContact) {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    format: c.format,
    targetHint: c.targetHint,
    signed: Boolean(c.signingSecretEnc),
    mailboxId: c.mailboxId,
    lang: c.lang,
    sendResolved: c.sendResolved,
    enabled: c.enabled,
    lastOkAt: c.lastOkAt,
    lastErrorAt: c.lastErrorAt,
    lastError: c.lastError,
    createdAt: c.createdAt,
  };
}

export type PublicContact = ReturnType<typeof publicContact>;
