import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { signIn } from '@/auth/sign-in';
import { verifyPassword } from '@/auth/password';
import { hashScryptLegacy } from '@/auth/scrypt-legacy';
import { getTestDb } from '../helpers/db';
import type { DbHandle } from '@/db/client';

let h: DbHandle;
beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 0, attendances: 0 });
}, 60_000);
afterAll(async () => h?.close());

const hashOf = async (email: string) => (await h.db.select({ hash: t.users.passwordHash }).from(t.users).where(eq(t.users.email, email)))[0].hash;

describe('signIn', () => {
  test('rehashes a scrypt-era hash to argon2id after the right password, and only then', async () => {
    const legacy = await hashScryptLegacy('Legado-senha-2019', randomBytes(16));
    const [profile] = await h.db.select().from(t.profiles).limit(1);
    await h.db
      .insert(t.users)
      .values({ name: 'Usuária Legada', email: 'legado@demo.local', phone: '11 90000-0000', passwordHash: legacy, profileId: profile.id });

    const wrong = await signIn(h.db, { email: 'legado@demo.local', password: 'Legado-senha-2020', ip: '10.9.0.1', ttlMinutes: 60 });
    expect(wrong.ok).toBe(false);
    expect(await hashOf('legado@demo.local')).toBe(legacy);

    const right = await signIn(h.db, { email: 'legado@demo.local', password: 'Legado-senha-2019', ip: '10.9.0.2', ttlMinutes: 60 });
    expect(right.ok).toBe(true);
    const stored = await hashOf('legado@demo.local');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword('Legado-senha-2019', stored)).toBe(true);
    expect(await verifyPassword('Legado-senha-2020', stored)).toBe(false);

    // Signing in again keeps the argon2id hash as it is (nothing left to upgrade).
    expect((await signIn(h.db, { email: 'legado@demo.local', password: 'Legado-senha-2019', ip: '10.9.0.3', ttlMinutes: 60 })).ok).toBe(true);
    expect(await hashOf('legado@demo.local')).toBe(stored);
  });
});
