import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as t from '@/db/schema';
import type { DbHandle } from '@/db/client';
import { purgeCheckRuns } from '@/jobs/check-runs-purge';
import { getTestDb } from '../helpers/db';

let h: DbHandle;
beforeAll(async () => {
  h = await getTestDb();
}, 60_000);
afterAll(async () => h?.close());

const now = new Date('2026-12-06T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const summary = { 'pt-BR': 'x', en: 'x' };

async function run(checkId: string, input: Record<string, unknown>, at: Date): Promise<number> {
  const [r] = await h.db
    .insert(t.checkRuns)
    .values({ checkId, status: 'fail', summary, findings: [], durationMs: 1, input, at })
    .returning({ id: t.checkRuns.id });
  return r.id;
}

describe('purgeCheckRuns', () => {
  test('deletes runs older than the retention, keeping the latest of each check and input, and runs an escalation or alert state holds', async () => {
    const oldA = await run('queue-availability', { queueId: 1 }, daysAgo(40));
    const oldB = await run('queue-availability', { queueId: 1 }, daysAgo(35));
    const recentA = await run('queue-availability', { queueId: 1 }, daysAgo(2));
    // Another record whose only runs are old: the latest stays (its result is still the latest known).
    const lonelyOld = await run('queue-availability', { queueId: 2 }, daysAgo(50));
    const lonelyLatest = await run('queue-availability', { queueId: 2 }, daysAgo(45));
    // Old runs held by an escalation and by an alert state.
    const held = await run('license-count', {}, daysAgo(60));
    const heldByState = await run('license-count', {}, daysAgo(59));
    const plainOld = await run('license-count', {}, daysAgo(58));
    await run('license-count', {}, daysAgo(1));

    await h.db
      .insert(t.escalations)
      .values({ id: 'purgetestaaaaaaaaaaaaaaaaa', lang: 'pt-BR', article: 'licenses/no-licenses-available', articleHash: 'x', symptom: 's' });
    await h.db.insert(t.escalationRuns).values({ escalationId: 'purgetestaaaaaaaaaaaaaaaaa', checkRunId: held, origin: 'agent' });
    const [contact] = await h.db
      .insert(t.alertContacts)
      .values({ name: 'c', kind: 'email', targetEnc: 'x', targetHint: 'x' })
      .returning({ id: t.alertContacts.id });
    const [rule] = await h.db
      .insert(t.alertRules)
      .values({ name: 'r', checkId: 'license-count', record: { mode: 'own' }, contactId: contact.id })
      .returning({ id: t.alertRules.id });
    await h.db.insert(t.alertStates).values({ ruleId: rule.id, recordKey: 'own', lastRunId: heldByState });

    const removed = await purgeCheckRuns(h.db, now);
    expect(removed).toBe(4); // oldA, oldB, lonelyOld, plainOld
    const left = (await h.db.select({ id: t.checkRuns.id }).from(t.checkRuns)).map((r) => r.id);
    expect(left).not.toContain(oldA);
    expect(left).not.toContain(oldB);
    expect(left).not.toContain(plainOld);
    expect(left).toEqual(expect.arrayContaining([recentA, lonelyLatest, held, heldByState]));
    expect(left).not.toContain(lonelyOld);
    // Nothing the escalation shows was lost.
    expect(
      await h.db
        .select()
        .from(t.escalationRuns)
        .where(inArray(t.escalationRuns.checkRunId, [held])),
    ).toHaveLength(1);
    // A second purge finds nothing more.
    expect(await purgeCheckRuns(h.db, now)).toBe(0);
    expect(await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.id, lonelyOld))).toHaveLength(0);
  });
});
