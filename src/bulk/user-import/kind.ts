import { z } from 'zod';
import { hashOnEveryCore, hashPool } from '@/auth/hash-pool';
import { userServiceLinks, users } from '@/db/schema';
import { decryptSecret } from '@/security/secrets';
import { importStrings } from '@/i18n/user-import';
import { registerBulkKind } from '../registry';
import type { Localized } from '../types';

const CHUNK = 1000;

/** An import item as stored in bulk_items.payload until applied (password encrypted, then hashed). */
const importItem = z.object({
  /** Line of the file, for reports. */
  line: z.number().int().positive(),
  /** Full name. */
  name: z.string().min(1),
  /** E-mail, unique case-insensitively. */
  email: z.string().min(3),
  /** Phone as written in the file. */
  phone: z.string().min(1),
  /** Initial password, AES-GCM encrypted at rest (src/security/secrets.ts); dropped once applied. */
  passwordEnc: z.string().optional(),
  /** argon2id hash (PHC string), filled by `prepare` just before the transaction. */
  passwordHash: z.string().optional(),
  /** Service the user joins (the default service when the file left it blank). */
  serviceId: z.number().int().positive(),
  /** Profile id (the default "User" profile when blank). */
  profileId: z.number().int().positive(),
  /** Max inbound attendances; default 0. */
  maxAttend: z.number().int().min(0).default(0),
});
export type ImportItem = z.infer<typeof importItem>;

/**
 * User import: all or nothing. Passwords are hashed with argon2id on every core (the hash pool
 * has one worker thread per core; twice as many are handed out so none waits between two) before
 * ONE transaction inserts every user and their service link; an e-mail taken since the preview
 * fails its row and rolls everything back.
 */
export const userImportKind = registerBulkKind<ImportItem>({
  kind: 'user-import',
  permission: 'manage:user-import',
  payload: importItem,
  mode: 'all-or-nothing',
  prepareConcurrency: 2 * hashPool().size,
  async prepare(_ctx, p) {
    if (p.passwordHash || !p.passwordEnc) return p;
    return { ...p, passwordHash: await hashOnEveryCore(decryptSecret(p.passwordEnc)), passwordEnc: undefined };
  },
  async apply(tx, _ctx, p) {
    const [created] = await tx
      .insert(users)
      .values({ name: p.name, email: p.email, phone: p.phone.trim(), passwordHash: p.passwordHash!, profileId: p.profileId, maxAttend: p.maxAttend })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!created) return { state: 'failed', reason: importStrings.l('emailTakenSince') };
    await tx.insert(userServiceLinks).values({ userId: created.id, serviceId: p.serviceId, kind: 'permanent' });
    return { state: 'applied' };
  },
  // Set-based: a few multi-row inserts instead of two statements per row.
  async applyAll(tx, _ctx, payloads, items) {
    const failed = new Map<number, Localized>();
    for (let i = 0; i < payloads.length; i += CHUNK) {
      const part = payloads.slice(i, i + CHUNK);
      const created = await tx
        .insert(users)
        .values(
          part.map((p) => ({
            name: p.name,
            email: p.email,
            phone: p.phone.trim(),
            passwordHash: p.passwordHash!,
            profileId: p.profileId,
            maxAttend: p.maxAttend,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: users.id, email: users.email });
      const idOf = new Map(created.map((c) => [c.email.toLowerCase(), c.id]));
      const links: { userId: number; serviceId: number; kind: 'permanent' }[] = [];
      part.forEach((p, j) => {
        const id = idOf.get(p.email.toLowerCase());
        if (id === undefined) failed.set(items[i + j].id, importStrings.l('emailTakenSince'));
        else links.push({ userId: id, serviceId: p.serviceId, kind: 'permanent' });
      });
      if (links.length) await tx.insert(userServiceLinks).values(links);
    }
    return failed;
  },
  erasePayloadsOnEnd: true,
  scrub: () => null,
});
