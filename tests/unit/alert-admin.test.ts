import { describe, expect, test } from 'vitest';
import { contactCreateInput, targetProblem } from '@/alerts/admin/contact-input';
import { runsAlone, watchableKinds } from '@/alerts/admin/record-target';
import { ruleCreateInput } from '@/alerts/admin/rule-input';
import { silenceCreateInput } from '@/alerts/admin/silence-input';
import { simulationView } from '@/alerts/admin/simulation-view';
import { targetHint } from '@/alerts/admin/target-hint';
import { getCheck } from '@/checks/registry';

/** Issue 20: the pure parts of the alert operations (hints, targets, which records a check can watch, bounds, the simulation's view). */
describe('target hints', () => {
  test('show the host and the last characters, never the local part, path or query', () => {
    expect(targetHint('email', 'plantao@empresa.com.br')).toBe('pl…@empresa.com.br');
    expect(targetHint('webhook', 'https://hooks.slack.com/services/T000/B000/XXXXsecretabcd')).toBe('hooks.slack.com/…abcd');
    expect(targetHint('webhook', 'https://chat.googleapis.com/v1/spaces/AAA/messages?key=K&token=T0k9')).toBe('chat.googleapis.com/…T0k9');
    expect(targetHint('webhook', 'http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
  });
});

describe('contact targets', () => {
  test.each([
    ['email', 'sac@empresa.com.br', true],
    ['email', 'sac', false],
    ['webhook', 'https://hooks.example.com/x', true],
    ['webhook', 'http://hooks.example.com/x', true],
    ['webhook', 'ftp://hooks.example.com/x', false],
    ['webhook', 'javascript:alert(1)', false],
    ['webhook', 'https://user:pass@hooks.example.com/x', false],
    ['webhook', 'not a url', false],
  ] as const)('%s %s: valid %s', (kind, target, ok) => {
    expect(targetProblem(kind, target) === null).toBe(ok);
  });

  test('a new contact names the field of each problem', () => {
    const r = contactCreateInput.safeParse({ name: 'x', kind: 'email', target: 'nope', format: 'slack' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path[0]).sort()).toEqual(['format', 'target']);
  });
});

describe('which records a check can watch', () => {
  test.each([
    ['scheduler-status', true, ['task']],
    ['license-count', true, []],
    ['mailbox-test', true, ['mailbox']],
    ['survey-validity', false, ['survey']],
    ['chat-distribution', false, ['queue']],
    ['mailbox-rules', false, ['mailbox']],
    // A file name is required besides the queue: no record alone runs it.
    ['chat-attachments', false, []],
  ] as const)('%s: own %s, one or every of %j', (id, own, kinds) => {
    const def = getCheck(id)!;
    expect(runsAlone(def)).toBe(own);
    expect(watchableKinds(def)).toEqual(kinds);
  });
});

describe('bounds', () => {
  const rule = { name: 'r', checkId: 'scheduler-status', contactId: 1 };
  test.each([
    [{ pendingRuns: 0 }, 'pendingRuns'],
    [{ recoverRuns: 101 }, 'recoverRuns'],
    [{ repeatMinutes: 0 }, 'repeatMinutes'],
    [{ repeatMinutes: 10_081 }, 'repeatMinutes'],
    [{ maxRepeats: 0 }, 'maxRepeats'],
    [{ escalateAfterMinutes: -5 }, 'escalateAfterMinutes'],
    [{ contactId: 2_147_483_648 }, 'contactId'],
    [{ record: { mode: 'one', kind: 'queue' } }, 'record'],
    [{ record: { mode: 'one', kind: 'user', id: 1 } }, 'record'],
    [{ name: 'x'.repeat(121) }, 'name'],
  ])('%j is refused under %s', (extra, field) => {
    const r = ruleCreateInput.safeParse({ ...rule, ...extra });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path[0]).toBe(field);
  });

  test('defaults fill a minimal rule', () => {
    expect(ruleCreateInput.parse(rule)).toMatchObject({
      record: { mode: 'own' },
      minStatus: 'fail',
      pendingRuns: 2,
      recoverRuns: 2,
      maxRepeats: 3,
      onError: 'keep',
    });
  });

  test('a silence needs a comment and instants with an offset', () => {
    expect(silenceCreateInput.safeParse({ preset: '1h', comment: '' }).success).toBe(false);
    expect(silenceCreateInput.safeParse({ startsAt: '2026-12-20T22:00', endsAt: '2026-12-20T23:00-03:00', comment: 'x' }).success).toBe(false);
    expect(silenceCreateInput.safeParse({ startsAt: '2026-12-20T22:00:00-03:00', endsAt: '2026-12-20T23:00:00-03:00', comment: 'x' }).success).toBe(true);
  });
});

describe("the simulation's view", () => {
  test("lists the engine's events (sent or not, with the reason) and how many runs it replayed", () => {
    const v = simulationView({
      runs: 12,
      from: '2026-12-06T10:00:00.000Z',
      to: '2026-12-06T11:00:00.000Z',
      events: [
        { at: '2026-12-06T10:05:00.000Z', kind: 'pending', recordKey: 'own', recordLabel: null, runId: 1, sent: false, contactIds: [] },
        { at: '2026-12-06T10:10:00.000Z', kind: 'fired', recordKey: 'survey:3', recordLabel: 'NPS trimestral', runId: 2, sent: true, contactIds: [1] },
        {
          at: '2026-12-06T10:20:00.000Z',
          kind: 'repeated',
          recordKey: 'own',
          recordLabel: null,
          runId: 3,
          sent: false,
          contactIds: [],
          suppressed: 'suppressed:silence',
        },
      ],
    });
    expect(v.runs).toBe(12);
    expect(v.messages.map((m) => [m.kind, m.sent, m.suppressed, m.recordLabel])).toEqual([
      ['pending', false, null, null],
      ['fired', true, null, 'NPS trimestral'],
      ['repeated', false, 'suppressed:silence', null],
    ]);
    expect(v.messages.map((m) => m.recipients)).toEqual([0, 1, 0]);
    expect(simulationView(null)).toEqual({ runs: null, messages: [] });
  });
});
