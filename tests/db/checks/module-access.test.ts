import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/demo';
import { moduleAccessCheck as check } from '@/checks/definitions/module-access';
import { readInputMessage } from '@/server/input-message';
import { getTestDb } from '../../helpers/db';
import { checkContext, expectFixArticlesExist, findingsWith } from '../../helpers/check-context';
import { userIdOf } from './fixtures';

let h: DbHandle;
let who: Record<string, number>;
const now = new Date('2026-11-23T15:00:00Z');

const run = async (input: Record<string, unknown>) => {
  const result = await check.run(await checkContext(h.db, now), check.input.parse(input));
  expectFixArticlesExist(result);
  return result;
};

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 }, now);
  who = {
    admin: await userIdOf(h.db, 'admin@demo.local'),
    supervisor: await userIdOf(h.db, 'supervisor@demo.local'),
    agent: await userIdOf(h.db, 'agent@demo.local'),
  };
}, 120_000);
afterAll(async () => h?.close());

describe('moduleAccessCheck', () => {
  test('returns ok when every level is held, naming the profile it comes from', async () => {
    const r = await run({ userId: who.admin, module: 'dashboard' });
    expect(r.status).toBe('ok');
    expect(findingsWith(r, 'Dashboard / edit: granted by profile Administrator.')).toHaveLength(1);
  });

  test('returns warn for missing levels and tells the profile and group each present one comes from', async () => {
    const r = await run({ userId: who.supervisor, module: 'report-builder' });
    expect(r.status).toBe('warn');
    expect(findingsWith(r, 'Report Builder / view: granted by profile Supervisor.')).toHaveLength(1);
    expect(findingsWith(r, 'Report Builder / edit: granted by group Grupo Supervisão.')).toHaveLength(1);
    const missing = findingsWith(
      r,
      'Report Builder / respond: missing; grant it in profile Supervisor, a team (Time Suporte Chat) or a group (Grupo Supervisão).',
    );
    expect(missing[0].fix?.article).toBe('reports/report-builder-access');
  });

  test('returns fail when the user holds no level of the module, pointing at the managerial article', async () => {
    const r = await run({ userId: who.agent, module: 'user-management' });
    expect(r.status).toBe('fail');
    expect(r.summary.en).toBe('Agente Demo in User management: no level.');
    expect(r.findings.every((f) => f.fix?.article === 'users/managerial-features-access')).toBe(true);
  });

  test('with a needed level: ok when it is held, fail when it is missing, other missing levels do not count', async () => {
    expect((await run({ userId: who.supervisor, module: 'report-builder', level: 'edit' })).status).toBe('ok');
    const r = await run({ userId: who.supervisor, module: 'queue-management', level: 'resolve' });
    expect(r.status).toBe('fail');
    expect(r.findings.filter((f) => f.status === 'fail').map((f) => f.message.en)).toEqual([expect.stringContaining('Queue management / resolve: missing')]);
  });

  test('rejects an unknown level and module with messages in both languages, and an unknown user with 404', async () => {
    const p = check.input.safeParse({ userId: who.agent, module: 'views', level: 'admin' });
    expect(readInputMessage(p.error!.issues[0].message)?.en).toBe('Pick a level: view, respond, resolve, or edit.');
    expect(readInputMessage(p.error!.issues[0].message)?.['pt-BR']).toBe('Escolha um nível: visualizar, responder, resolver ou editar.');
    expect((await run({ userId: 999_999, module: 'views' }).catch((e) => e)).status).toBe(404);
  });
});
