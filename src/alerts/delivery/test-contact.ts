// PLACEHOLDER (alerts-screens branch): the deliveries branch owns this file and replaces it at merge.
// Only the signature is used here; the body refuses so nothing pretends to work.
import type { Db } from '@/db/client';
import type { Lang } from '@/i18n/ui';

/** Sends a real test message to the contact and returns the server's reply (null: no such contact). Provided by the deliveries branch. */
export async function sendContactTest(
  _db: Db,
  _contactId: number,
  _lang: Lang,
  _opts: { by?: number | null } = {},
): Promise<{ ok: boolean; reply: string; ms: number } | null> {
  throw new Error('not merged yet: sendContactTest comes from the alerts deliveries branch');
}
