import { existsSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '@/db/client';
import * as t from '@/db/schema';
import { effectivePermissions, type SessionUser } from '@/auth/session';
import type { CheckContext, CheckResult } from '@/checks/types';

/** The signed-in user behind an e-mail, as the session layer builds it (permissions read from the database). */
export async function sessionUserFor(db: Db, email: string): Promise<SessionUser> {
  const [u] = await db
    .select({ id: t.users.id, name: t.users.name, email: t.users.email, profile: t.profiles.name })
    .from(t.users)
    .innerJoin(t.profiles, eq(t.profiles.id, t.users.profileId))
    .where(eq(t.users.email, email));
  if (!u) throw new Error(`no user ${email}`);
  return { ...u, permissions: await effectivePermissions(db, u.id), sessionId: 'test', sessionCreatedAt: new Date() };
}

/**
 * A check context as the engine builds it: the organization's time zone read from the database,
 * the clock injected, run by `email` (default: the demo administrator).
 */
export async function checkContext(db: Db, now: Date, email = 'admin@demo.local'): Promise<CheckContext> {
  const [org] = await db.select({ timeZone: t.organization.timeZone }).from(t.organization).where(eq(t.organization.id, 1));
  return { db, now, timeZone: org.timeZone, user: await sessionUserFor(db, email), signal: new AbortController().signal };
}

/** Every `fix.article` of a result names an article present in both languages. */
export function expectFixArticlesExist(result: CheckResult): void {
  for (const f of result.findings) {
    if (!f.fix) continue;
    expect(existsSync(`src/content/docs/${f.fix.article}.mdx`), `${f.fix.article} (pt-BR)`).toBe(true);
    expect(existsSync(`src/content/docs/en/${f.fix.article}.mdx`), `${f.fix.article} (en)`).toBe(true);
  }
}

/** The findings of a result whose English message contains `text`. */
export const findingsWith = (result: CheckResult, text: string) => result.findings.filter((f) => f.message.en.includes(text));
