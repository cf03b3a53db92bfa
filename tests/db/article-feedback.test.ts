import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@/db/client';
import { articleFeedback, profiles, users } from '@/db/schema';
import { feedbackInput } from '@/feedback/input';
import { castVote, currentVote, votesByArticle } from '@/feedback/votes';
import { getTestDb } from '../helpers/db';

/** Issue 21, "Back to the author": one vote per article and user, changeable; the insights' counts and comments. */
let h: DbHandle;
const ids: number[] = [];
beforeAll(async () => {
  h = await getTestDb();
  const [p] = await h.db.insert(profiles).values({ name: 'Leitor' }).returning();
  for (const n of [1, 2, 3]) {
    const [u] = await h.db
      .insert(users)
      .values({ name: `Leitor ${n}`, email: `leitor${n}@x.com`, phone: '1', passwordHash: 'x', profileId: p.id })
      .returning();
    ids.push(u.id);
  }
}, 60_000);
afterAll(async () => h?.close());

const rowsOf = (article: string) => h.db.select().from(articleFeedback).where(eq(articleFeedback.article, article));

describe('castVote', () => {
  test('a flood of votes from one account stays one vote: the last one counts', async () => {
    const article = 'email/emails-not-arriving';
    await Promise.all(Array.from({ length: 40 }, (_, i) => castVote(h.db, { article, userId: ids[0], helpful: i % 2 === 0, lang: 'pt-BR' })));
    expect(await rowsOf(article)).toHaveLength(1);
    const last = await castVote(h.db, { article, userId: ids[0], helpful: false, comment: '  Faltou o caso de senha expirada.  ', lang: 'en' });
    expect(last).toMatchObject({ helpful: false, comment: 'Faltou o caso de senha expirada.' });
    const [row] = await rowsOf(article);
    expect(row).toMatchObject({ userId: ids[0], helpful: false, comment: 'Faltou o caso de senha expirada.', lang: 'en' });
  });

  test('changing the vote replaces its comment (an empty one is none)', async () => {
    const article = 'chat/queue-ignores-hours';
    await castVote(h.db, { article, userId: ids[1], helpful: false, comment: 'Não fala de feriados.', lang: 'pt-BR' });
    const changed = await castVote(h.db, { article, userId: ids[1], helpful: true, comment: '   ', lang: 'pt-BR' });
    expect(changed).toMatchObject({ helpful: true, comment: null });
    expect(await currentVote(h.db, article, ids[1])).toMatchObject({ helpful: true, comment: null });
    expect(await currentVote(h.db, article, ids[2])).toBeNull();
  });

  test('the database itself refuses a second row for one user and article, and an over-long comment', async () => {
    const article = 'licenses/no-licenses-available';
    await castVote(h.db, { article, userId: ids[2], helpful: true, lang: 'pt-BR' });
    await expect(h.db.insert(articleFeedback).values({ article, userId: ids[2], helpful: false, lang: 'pt-BR' })).rejects.toThrow();
    await expect(
      h.db.insert(articleFeedback).values({ article: 'surveys/survey-not-sent', userId: ids[2], helpful: false, lang: 'pt-BR', comment: 'x'.repeat(1001) }),
    ).rejects.toThrow();
    expect(await rowsOf(article)).toHaveLength(1);
  });
});

describe('votesByArticle', () => {
  test('counts per article, most "not helpful" first, with the "not helpful" comments only, newest first', async () => {
    const article = 'occurrences/followup-not-generated';
    await castVote(h.db, { article, userId: ids[0], helpful: false, comment: 'Primeiro comentário', lang: 'pt-BR' });
    await castVote(h.db, { article, userId: ids[1], helpful: false, comment: 'Second comment', lang: 'en' });
    await castVote(h.db, { article, userId: ids[2], helpful: true, comment: 'Ajudou muito', lang: 'pt-BR' });
    const report = await votesByArticle(h.db, { limit: 50 });
    const row = report.find((r) => r.article === article)!;
    expect(row).toMatchObject({ helpful: 1, notHelpful: 2 });
    expect(row.comments.map((c) => [c.text, c.lang]).sort()).toEqual([
      ['Primeiro comentário', 'pt-BR'],
      ['Second comment', 'en'],
    ]);
    expect(report[0].notHelpful).toBeGreaterThanOrEqual(report[report.length - 1].notHelpful);
    expect(report.find((r) => r.article === 'chat/queue-ignores-hours')).toMatchObject({ helpful: 1, notHelpful: 0, comments: [] });
    // From English pages only: one "not helpful" vote and its comment.
    const en = await votesByArticle(h.db, { limit: 50, lang: 'en' });
    expect(en.find((r) => r.article === article)).toMatchObject({ helpful: 0, notHelpful: 1, comments: [{ text: 'Second comment', lang: 'en' }] });
  });

  test('a deleted user takes their vote along', async () => {
    const [p] = await h.db.select().from(profiles).limit(1);
    const [u] = await h.db.insert(users).values({ name: 'Tmp', email: 'tmp@x.com', phone: '1', passwordHash: 'x', profileId: p.id }).returning();
    await castVote(h.db, { article: 'documents/document-unavailable', userId: u.id, helpful: false, lang: 'pt-BR' });
    await h.db.delete(users).where(eq(users.id, u.id));
    expect(await rowsOf('documents/document-unavailable')).toHaveLength(0);
  });
});

describe('the input of POST /api/articles/feedback', () => {
  test('takes plain text and refuses HTML, NUL, a comment over 1,000 characters and a malformed article id', () => {
    const ok = (v: unknown) => feedbackInput.safeParse(v).success;
    expect(ok({ article: 'email/emails-not-arriving', helpful: true })).toBe(true);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: 'Se a fila < 3 operadores, nada chega.' })).toBe(true);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: 'x'.repeat(1000) })).toBe(true);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: '<b>ruim</b>' })).toBe(false);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: 'veja < script>' })).toBe(false);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: '<!-- x -->' })).toBe(false);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: 'a\u0000b' })).toBe(false);
    expect(ok({ article: 'email/emails-not-arriving', helpful: false, comment: 'x'.repeat(1001) })).toBe(false);
    expect(ok({ article: '../etc/passwd', helpful: true })).toBe(false);
    expect(ok({ article: 'email/emails-not-arriving', helpful: 'yes' })).toBe(false);
  });
});
