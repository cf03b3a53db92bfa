import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { mailboxRulesCheck as check } from '@/checks/definitions/mailbox-rules';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';
import { demoIds } from './fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
let broken: number;
let empty: number;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (mailboxId: number) => {
  const result = await check.run(await checkContext(h.db, now), check.input.parse({ mailboxId }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  ids = await demoIds(h.db);
  const settings = { imapHost: 'imap.test', imapUser: 'u', imapPasswordEnc: 'x', smtpHost: 'smtp.test', smtpUser: 'u', smtpPasswordEnc: 'x' };
  const [b, e] = await h.db
    .insert(t.mailboxes)
    .values([
      { name: 'Quebrada', address: 'quebrada@test.local', ...settings },
      { name: 'Vazia', address: 'vazia@test.local', ...settings },
    ])
    .returning();
  broken = b.id;
  empty = e.id;
  await h.db.insert(t.mailboxRules).values([
    {
      mailboxId: broken,
      name: 'Regex ruim',
      position: 1,
      condition: { field: 'subject', operator: 'matches', value: '([' },
      action: { type: 'move-folder', target: 'INBOX' },
    },
    {
      mailboxId: broken,
      name: 'Time apagado',
      position: 2,
      condition: { field: 'from', operator: 'equals', value: 'x@y.com' },
      action: { type: 'assign-team', target: 999_999 },
    },
    { mailboxId: broken, name: 'Sem valor', position: 3, condition: { field: 'subject', operator: 'contains' }, action: { type: 'forward', target: 'a@b.c' } },
  ]);
}, 120_000);
afterAll(async () => h?.close());

describe('mailboxRulesCheck', () => {
  test('returns ok for well-formed rules pointing at existing records, naming the target', async () => {
    const r = await run(ids.mailboxes.Financeiro);
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'Rule Notas fiscais (position 1): enabled, assigns to group Grupo Atendimento.')).toHaveLength(1);
  });

  test("returns warn for the demo's disabled rule, linking the section that says how to fix it, and lists blocked senders as ok", async () => {
    const r = await run(ids.mailboxes.SAC);
    expect(r.status).toBe('warn');
    const disabled = findingsWith(r, 'Rule Reclamações para Ouvidoria (position 2) is disabled.')[0];
    expect(disabled.fix).toEqual({
      article: 'email/email-rule-not-running',
      anchor: { 'pt-BR': '3-confira-os-parâmetros-da-regra', en: '3-check-the-rules-parameters' },
    });
    expect(findingsWith(r, 'assigns to team Time Financeiro')).toHaveLength(2);
    const blocked = r.findings.filter((f) => f.record?.kind === 'blocked-sender');
    expect(blocked.map((f) => [f.status, f.record?.label])).toEqual([
      ['ok', '@spam-exemplo.com'],
      ['ok', 'nao-responda@marketing-exemplo.com'],
    ]);
    expect(r.summary.en).toBe('Mailbox SAC: 3 rules, 1 with a problem; 2 blocked senders.');
  });

  test('returns warn for a rule moving mail to a folder that cannot be confirmed offline', async () => {
    const [rule] = await h.db
      .insert(t.mailboxRules)
      .values({
        mailboxId: empty,
        name: 'Newsletters para pasta',
        position: 1,
        condition: { field: 'from', operator: 'contains', value: 'newsletter' },
        action: { type: 'move-folder', target: 'Newsletters' },
      })
      .returning();
    try {
      const r = await run(empty);
      expect(r.status).toBe('warn');
      expect(findingsWith(r, 'moves to folder Newsletters, which cannot be confirmed from here')[0].status).toBe('warn');
    } finally {
      await h.db.delete(t.mailboxRules).where(eq(t.mailboxRules.id, rule.id));
    }
  });

  test('returns fail for a regex that does not compile, a deleted team and malformed shapes', async () => {
    const r = await run(broken);
    expect(r.status).toBe('fail');
    expect(findingsWith(r, 'has a regular expression that does not compile: ([')).toHaveLength(1);
    expect(findingsWith(r, 'points at team #999999, which no longer exists')).toHaveLength(1);
    expect(findingsWith(r, 'has a malformed condition (value)')).toHaveLength(1);
    expect(findingsWith(r, 'has a malformed action (type)')).toHaveLength(1);
    // INBOX exists on every IMAP server: no folder warning for the first rule.
    expect(findingsWith(r, 'cannot be confirmed')).toHaveLength(0);
  });

  test('returns ok for a mailbox without rules, and reads the rules from the database each run', async () => {
    expect((await run(empty)).findings.map((f) => f.message.en)).toEqual(['The mailbox has no rules.']);
    await h.db.update(t.mailboxRules).set({ enabled: false }).where(eq(t.mailboxRules.mailboxId, ids.mailboxes.Financeiro));
    expect((await run(ids.mailboxes.Financeiro)).status).toBe('warn');
  });

  test('refuses an unknown mailbox with 404', async () => {
    expect((await run(999_999).catch((e) => e)).status).toBe(404);
  });
});
