import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { documentAvailabilityCheck as check } from '@/checks/definitions/document-availability';
import { readInputMessage } from '@/server/input-message';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';
import { addUser, demoIds, userIdOf } from './fixtures';

let h: DbHandle;
let docs: Record<string, number>;
let agent: number;
let emailOnly: number;
let bare: number;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (documentId: number, userId: number, module: string) => {
  const result = await check.run(await checkContext(h.db, now), check.input.parse({ documentId, userId, module }));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  const ids = await demoIds(h.db);
  docs = Object.fromEntries((await h.db.select().from(t.documents)).map((d) => [d.name, d.id]));
  agent = await userIdOf(h.db, 'agent@demo.local');
  emailOnly = await addUser(h.db, { email: 'sac@test.local', profileId: ids.profiles.User, teams: [ids.teams['Time SAC E-mail']] });
  bare = await addUser(h.db, { email: 'bare@test.local', profileId: ids.profiles.User });
}, 120_000);
afterAll(async () => h?.close());

describe('documentAvailabilityCheck', () => {
  test('returns ok for an active document enabled for the module and linked to a team of the user', async () => {
    const r = await run(docs['Política de trocas e devoluções'], agent, 'chat');
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'The user sees the document through team Time SAC E-mail, Time Suporte Chat.')).toHaveLength(1);
  });

  test('returns warn when the user lacks the module the document is looked for in', async () => {
    const r = await run(docs['Política de trocas e devoluções'], emailOnly, 'chat');
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'lacks the Chat module')[0].fix?.article).toBe('reference/profiles-and-permissions');
  });

  test('returns fail for a module the document is not enabled for, an inactive document and a user outside its teams', async () => {
    const notEnabled = await run(docs['Tabela de preços 2026'], agent, 'email');
    expect(notEnabled.status).toBe('fail');
    expect(findingsWith(notEnabled, 'not enabled for the E-mail module (enabled in: Chat)')[0].fix?.article).toBe('documents/document-unavailable');
    const inactive = await run(docs['Roteiro de cobrança (antigo)'], agent, 'email');
    expect(findingsWith(inactive, 'The document is inactive')).toHaveLength(1);
    const outside = await run(docs['Tabela de preços 2026'], bare, 'chat');
    expect(findingsWith(outside, "None of the user's teams is linked to the document (its teams: Time Suporte Chat)")).toHaveLength(1);
  });

  test('rejects an unknown module with the list of modules, and an unknown document with 404', async () => {
    const p = check.input.safeParse({ documentId: 1, userId: 1, module: 'intranet' });
    expect(p.success).toBe(false);
    expect(readInputMessage(p.error!.issues[0].message)?.['pt-BR']).toContain('Escolha um módulo do Omni: Atendimento, E-mail, Chat');
    // Module ids never reach the person: only their names.
    expect(readInputMessage(p.error!.issues[0].message)?.['pt-BR']).not.toMatch(/report-builder|queue-management/);
    expect((await run(999_999, agent, 'chat').catch((e) => e)).status).toBe(404);
  });
});
