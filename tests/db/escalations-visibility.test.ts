import { count, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadScope } from '@/auth/scope';
import type { SessionUser } from '@/auth/session';
import { getCheck } from '@/checks/registry';
import { runCheck } from '@/checks/runner';
import type { DbHandle } from '@/db/client';
import * as t from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { articleFacts } from '@/escalations/articles';
import { assigneesFor } from '@/escalations/assignees';
import { createEscalation, type NewEscalation } from '@/escalations/create';
import { kbOutcomes } from '@/escalations/kb-outcomes';
import { listEscalations, openCount } from '@/escalations/list';
import { notifyEscalation } from '@/escalations/notify';
import { readEscalation } from '@/escalations/read';
import { addNote, changeStatus, rerunAttached } from '@/escalations/update';
import { escalationCreate } from '@/operations/escalations/escalation-create';
import { escalationNote } from '@/operations/escalations/escalation-note';
import { escalationStatus } from '@/operations/escalations/escalation-status';
import { HttpError } from '@/server/http-error';
import { parseInput } from '@/server/parse-input';
import { getTestDb } from '../helpers/db';
import { freePort } from '../helpers/free-port';
import { sessionUserFor } from '../helpers/check-context';
import { addUser, demoIds } from './checks/fixtures';

let h: DbHandle;
let ids: Awaited<ReturnType<typeof demoIds>>;
let agent: SessionUser;
let other: SessionUser;
let admin: SessionUser;
let sup: SessionUser;
let supOut: SessionUser;
/** An attendance of a service the demo supervisor manages, and one of a service it does not. */
let inAttendance: number;
let outAttendance: number;
let outQueue: number;

const ARTICLE = 'email/email-search-no-results';

/** The status of a refusal, or 0 when the call succeeded. */
async function statusOf(p: Promise<unknown> | (() => unknown)): Promise<number> {
  try {
    await (typeof p === 'function' ? p() : p);
    return 0;
  } catch (e) {
    if (e instanceof HttpError) return e.status;
    throw e;
  }
}

const scopeOf = (u: SessionUser) => loadScope(h.db, u);
const read = async (id: string, u: SessionUser, lang: 'pt-BR' | 'en' = 'pt-BR') => readEscalation(h.db, id, u, await scopeOf(u), lang);

async function run(u: SessionUser, id: string, input: Record<string, unknown>, at?: Date) {
  const def = getCheck(id)!;
  return runCheck(def, { db: h.db, user: u, input: def.input.parse(input), now: at });
}

async function escalate(u: SessionUser, input: Partial<NewEscalation> = {}) {
  return createEscalation(h.db, u, 'pt-BR', { article: ARTICLE, symptom: 'A busca não acha o e-mail de setembro.', ...input });
}

const rows = async () => (await h.db.select({ n: count() }).from(t.escalations))[0]!.n;

beforeAll(async () => {
  h = await getTestDb();
  await seedDemo(h.db, { users: 10, attendances: 0 });
  ids = await demoIds(h.db);
  agent = await sessionUserFor(h.db, 'agent@demo.local');
  admin = await sessionUserFor(h.db, 'admin@demo.local');
  sup = await sessionUserFor(h.db, 'supervisor@demo.local');
  const managed = (await h.db.select().from(t.serviceManagers).where(eq(t.serviceManagers.userId, sup.id))).map((m) => m.serviceId);
  const outside = Object.values(ids.services).find((s) => !managed.includes(s))!;
  await addUser(h.db, { email: 'agent2@demo.local', profileId: ids.profiles['User']! });
  other = await sessionUserFor(h.db, 'agent2@demo.local');
  const supOutId = await addUser(h.db, { email: 'sup2@demo.local', profileId: ids.profiles['Supervisor']! });
  await h.db.insert(t.serviceManagers).values({ userId: supOutId, serviceId: outside });
  supOut = await sessionUserFor(h.db, 'sup2@demo.local');
  const attendance = (serviceId: number, protocol: string) =>
    h.db
      .insert(t.attendances)
      .values({ protocol, channel: 'email', serviceId, status: 'queued', customerName: 'Cliente Teste' })
      .returning({ id: t.attendances.id })
      .then((r) => r[0]!.id);
  inAttendance = await attendance(managed[0]!, 'ESC-IN-1');
  outAttendance = await attendance(outside, 'ESC-OUT-1');
  outQueue = (await h.db.select({ id: t.chatQueues.id }).from(t.chatQueues).where(eq(t.chatQueues.serviceId, outside)))[0]?.id ?? 0;
}, 120_000);
afterAll(async () => h?.close());

describe('who sees an escalation', () => {
  test('creator, assignee, admin and the supervisor of the attendance’s service; not another agent nor a supervisor of other services', async () => {
    const r = await run(agent, 'email-search-window', { from: '2026-09-01', to: '2026-10-15' });
    const { id, url } = await escalate(agent, { runIds: [r.runId], attendanceId: inAttendance, query: 'busca email antigo', section: 'quando-escalar' });
    expect(id).toMatch(/^[a-z2-7]{26}$/);
    expect(url).toBe(`/escalations/${id}/`);
    expect((await read(id, agent)).runs.map((x) => x.runId)).toEqual([r.runId]);
    expect((await read(id, admin)).symptom).toContain('setembro');
    expect((await read(id, sup)).query).toBe('busca email antigo');
    expect(await statusOf(read(id, other))).toBe(404);
    expect(await statusOf(read(id, supOut))).toBe(404);
    // Lists agree with the record page.
    expect((await listEscalations(h.db, agent, await scopeOf(agent), 'mine', 50)).map((e) => e.id)).toContain(id);
    expect((await listEscalations(h.db, sup, await scopeOf(sup), 'open', 50)).map((e) => e.id)).toContain(id);
    expect((await listEscalations(h.db, supOut, await scopeOf(supOut), 'open', 50)).map((e) => e.id)).not.toContain(id);
    expect((await listEscalations(h.db, other, await scopeOf(other), 'open', 50)).map((e) => e.id)).not.toContain(id);
    expect(await openCount(h.db, await scopeOf(sup))).toBeGreaterThan(0);
    expect(await openCount(h.db, await scopeOf(other))).toBe(0);
    // Assigned to the out-of-scope supervisor? Refused: it could not manage it.
    expect(await statusOf(changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'taken', assigneeId: supOut.id }))).toBe(400);
    // Assigned to the in-scope supervisor by the admin: the assignee sees it.
    await changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'taken', assigneeId: sup.id });
    const v = await read(id, sup);
    expect(v.assignee?.id).toBe(sup.id);
    expect((await listEscalations(h.db, sup, await scopeOf(sup), 'assigned', 50)).map((e) => e.id)).toContain(id);
  });

  test('whom a case may be passed to: those who would manage it, as far as the viewer reaches; anyone else is refused', async () => {
    const { id } = await escalate(agent, { attendanceId: inAttendance });
    const byAdmin = await assigneesFor(h.db, id, admin, await scopeOf(admin));
    expect(byAdmin.map((a) => a.id)).toEqual(expect.arrayContaining([admin.id, sup.id]));
    expect(byAdmin.map((a) => a.id)).not.toContain(supOut.id); // its services do not cover the case
    expect(byAdmin.map((a) => a.id)).not.toContain(agent.id);
    expect(byAdmin.map((a) => a.name)).toEqual([...byAdmin.map((a) => a.name)].sort((x, y) => x.localeCompare(y, 'pt-BR')));
    // The supervisor is offered itself, never the administrator outside its services.
    const bySup = (await assigneesFor(h.db, id, sup, await scopeOf(sup))).map((a) => a.id);
    expect(bySup).toContain(sup.id);
    expect(bySup).not.toContain(admin.id);
    // The record page offers the same list to a manager (the viewer marked), none to the agent.
    const page = await read(id, admin);
    expect(page.assignees.map((a) => a.id)).toEqual(byAdmin.map((a) => a.id));
    expect(page.assignees.filter((a) => a.you).map((a) => a.id)).toEqual([admin.id]);
    expect((await read(id, agent)).assignees).toEqual([]);
    // Passing it to someone not offered: 400, nothing saved.
    expect(await statusOf(changeStatus(h.db, id, sup, await scopeOf(sup), { status: 'taken', assigneeId: admin.id }))).toBe(400);
    expect(await statusOf(changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'taken', assigneeId: agent.id }))).toBe(400);
    expect((await read(id, admin)).status).toBe('open');
    // Passed by the admin to the supervisor: it is theirs, they hear of it; taking what is already yours passes nothing.
    expect(await changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'taken', assigneeId: sup.id })).toEqual({ passedTo: sup.id });
    expect(await changeStatus(h.db, id, sup, await scopeOf(sup), { status: 'taken' })).toEqual({ passedTo: null });
    const after = await read(id, admin);
    expect(after.assignee?.id).toBe(sup.id);
    expect(after.timeline.filter((e) => e.kind === 'assigned').map((e) => e.details?.assigneeName)).toEqual([sup.name]);
    // Once resolved, nobody is offered.
    await changeStatus(h.db, id, sup, await scopeOf(sup), { status: 'resolved', kbOutcome: 'covered' });
    expect((await read(id, admin)).assignees).toEqual([]);
  });

  test('a supervisor whose services cover an attached run’s record sees it; one whose do not, does not', async () => {
    // The admin runs a check on a queue of a service the demo supervisor does not manage.
    if (!outQueue) return expect.fail('the demo has a queue on a service the supervisor does not manage');
    const r = await run(admin, 'queue-availability', { queueId: outQueue });
    const { id } = await createEscalation(h.db, admin, 'en', { article: 'chat/queue-ignores-hours', symptom: 'Queue closed at noon', runIds: [r.runId] });
    expect((await read(id, supOut)).runs).toHaveLength(1);
    expect(await statusOf(read(id, sup))).toBe(404);
  });

  test('a run on a record outside the viewer’s scope shows only as a count', async () => {
    const mine = await run(admin, 'queue-availability', { queueId: outQueue });
    const { id } = await createEscalation(h.db, admin, 'pt-BR', {
      article: 'chat/queue-ignores-hours',
      symptom: 'Fila fechada ao meio-dia',
      runIds: [mine.runId],
      attendanceId: inAttendance,
    });
    const seen = await read(id, sup);
    expect(seen.runs).toHaveLength(0);
    expect(seen.hiddenRuns).toBe(1);
    // Nothing of the run leaks into what the supervisor gets.
    expect(JSON.stringify(seen)).not.toContain(String(outQueue) + ',');
    expect(JSON.stringify(seen)).not.toContain('queueId');
    const full = await read(id, admin);
    expect(full.runs).toHaveLength(1);
    expect(full.hiddenRuns).toBe(0);
  });

  test('the attendance’s service decides between supervisors', async () => {
    const { id } = await escalate(agent, { attendanceId: outAttendance });
    expect((await read(id, supOut)).id).toBe(id);
    expect(await statusOf(read(id, sup))).toBe(404);
  });

  test('guessed, malformed and unknown ids answer the same 404 as an invisible one', async () => {
    const { id } = await escalate(agent);
    for (const guess of [
      'aaaaaaaaaaaaaaaaaaaaaaaaaa',
      id.slice(0, 25) + (id.endsWith('a') ? 'b' : 'a'),
      '1',
      "'; drop table escalations; --",
      id.toUpperCase(),
      '',
    ]) {
      expect(await statusOf(read(guess, admin)), guess).toBe(404);
    }
    expect(await statusOf(read(id, other))).toBe(404);
  });
});

describe('attaching runs', () => {
  test('someone else’s run, a run older than 2 hours or of a check the article does not embed is refused, and nothing is saved', async () => {
    const before = await rows();
    const others = await run(other, 'email-search-window', { from: '2026-09-01', to: '2026-09-10' });
    expect(await statusOf(escalate(agent, { runIds: [others.runId] }))).toBe(403);
    const old = await run(agent, 'email-search-window', { from: '2026-09-01', to: '2026-09-10' }, new Date(Date.now() - 2 * 3600_000 - 60_000));
    expect(await statusOf(escalate(agent, { runIds: [old.runId] }))).toBe(403);
    expect(await statusOf(escalate(agent, { runIds: [99_999_999] }))).toBe(403);
    const foreign = await run(admin, 'license-count', {});
    expect(await statusOf(createEscalation(h.db, admin, 'pt-BR', { article: ARTICLE, symptom: 'x y z', runIds: [foreign.runId] }))).toBe(400);
    expect(await rows()).toBe(before);
  });
});

describe('bad input', () => {
  const parse = (op: { input: Parameters<typeof parseInput>[0] }, raw: unknown) => () => parseInput(op.input, raw, 'en');
  test('HTML, NUL, 100 KB notes, unknown article, section, target or attendance: a 4xx, nothing saved', async () => {
    const before = await rows();
    const ok = { article: ARTICLE, symptom: 'Busca vazia' };
    expect(await statusOf(parse(escalationCreate, { ...ok, symptom: '<script>alert(1)</script>' }))).toBe(400);
    expect(await statusOf(parse(escalationCreate, { ...ok, toldCustomer: 'Olá <b>cliente</b>' }))).toBe(400);
    expect(await statusOf(parse(escalationCreate, { ...ok, query: 'a\u0000b' }))).toBe(400);
    expect(await statusOf(parse(escalationCreate, { ...ok, symptom: '' }))).toBe(400);
    expect(await statusOf(parse(escalationCreate, { ...ok, article: '../../etc/passwd' }))).toBe(400);
    expect(await statusOf(escalate(agent, { article: 'email/nope' }))).toBe(404);
    expect(await statusOf(escalate(agent, { article: 'reference/glossary' }))).toBe(404);
    expect(await statusOf(escalate(agent, { section: 'no-such-section' }))).toBe(400);
    expect(await statusOf(escalate(agent, { target: 'company-it' }))).toBe(400);
    expect(await statusOf(escalate(agent, { attendanceId: 987_654_321 }))).toBe(400);
    expect(await rows()).toBe(before);
    const { id } = await escalate(agent);
    const events = async () => (await h.db.select({ n: count() }).from(t.escalationEvents).where(eq(t.escalationEvents.escalationId, id)))[0]!.n;
    const n = await events();
    expect(await statusOf(parse(escalationNote, { id, text: 'x'.repeat(100_000) }))).toBe(400);
    expect(await statusOf(parse(escalationNote, { id, text: '<img src=x onerror=alert(1)>' }))).toBe(400);
    expect(await statusOf(parse(escalationNote, { id, text: 'nul\u0000' }))).toBe(400);
    expect(await statusOf(parse(escalationStatus, { id, status: 'done' }))).toBe(400);
    expect(await statusOf(parse(escalationStatus, { id, status: 'resolved', kbOutcome: 'maybe' }))).toBe(400);
    // A status change by someone not allowed, and impossible moves.
    expect(await statusOf(changeStatus(h.db, id, agent, await scopeOf(agent), { status: 'taken' }))).toBe(403);
    expect(await statusOf(changeStatus(h.db, id, other, await scopeOf(other), { status: 'cancelled' }))).toBe(404);
    expect(await statusOf(changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'resolved' }))).toBe(400);
    expect(await statusOf(changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'open', kbOutcome: 'gap' }))).toBe(400);
    expect(await statusOf(addNote(h.db, id, other, await scopeOf(other), 'hello'))).toBe(404);
    expect(await events()).toBe(n);
    // Plain text with a lone "<" is fine: "<3" is not markup.
    await addNote(h.db, id, agent, await scopeOf(agent), 'Cliente <3 satisfeito; 2 < 3');
    expect((await read(id, admin)).timeline.at(-1)?.text).toBe('Cliente <3 satisfeito; 2 < 3');
  });
});

describe('re-run, resolve, and back to the author', () => {
  test('the admin re-runs as itself (then vs now), resolves as a gap; the insights count it; the creator may cancel only its own', async () => {
    const r = await run(agent, 'email-search-window', { from: '2026-09-01', to: '2026-10-15' });
    const { id } = await escalate(agent, { runIds: [r.runId] });
    // An agent without the check's permission could not re-run a check it may not run.
    const lic = await run(admin, 'license-count', {});
    const { id: adminEsc } = await createEscalation(h.db, admin, 'pt-BR', {
      article: 'licenses/no-licenses-available',
      symptom: 'Sem licenças',
      runIds: [lic.runId],
    });
    await changeStatus(h.db, adminEsc, admin, await scopeOf(admin), { status: 'taken', assigneeId: admin.id });
    const out = await rerunAttached(h.db, id, r.runId, admin, await scopeOf(admin), 'en', '127.0.0.1');
    expect(out.then.status).toBe('warn');
    expect(out.now.status).toBe('warn');
    expect(out.now.runId).not.toBe(r.runId);
    const [stored] = await h.db.select().from(t.checkRuns).where(eq(t.checkRuns.id, out.now.runId));
    expect(stored!.runBy).toBe(admin.id);
    expect(await statusOf(rerunAttached(h.db, id, 123_456_789, admin, await scopeOf(admin), 'en', '127.0.0.1'))).toBe(404);
    await addNote(h.db, id, admin, await scopeOf(admin), 'The article says nothing about periods over 30 days in the old search.');
    expect(await statusOf(changeStatus(h.db, id, agent, await scopeOf(agent), { status: 'resolved', kbOutcome: 'gap' }))).toBe(403);
    await changeStatus(h.db, id, admin, await scopeOf(admin), { status: 'resolved', kbOutcome: 'gap' });
    const v = await read(id, admin, 'en');
    expect(v.status).toBe('resolved');
    expect(v.kbOutcome).toBe('gap');
    expect(v.runs.map((x) => x.origin)).toEqual(['agent', 'rerun']);
    expect(v.timeline.map((e) => e.kind)).toEqual(['created', 'rerun', 'note', 'assigned', 'status']);
    expect(v.assignee?.id).toBe(admin.id);
    expect(v.timeline.every((e) => e.author)).toBe(true);
    const kb = await kbOutcomes(h.db, 'en');
    const row = kb.find((k) => k.article === ARTICLE);
    expect(row?.gaps).toBeGreaterThanOrEqual(1);
    expect(row?.href).toBe(`/en/${ARTICLE}/`);
    // The creator cancels its own open escalation; another agent cannot even see it.
    const { id: mine } = await escalate(agent);
    await changeStatus(h.db, mine, agent, await scopeOf(agent), { status: 'cancelled' });
    expect((await read(mine, agent)).status).toBe('cancelled');
    expect(await statusOf(changeStatus(h.db, mine, agent, await scopeOf(agent), { status: 'open' }))).toBe(403);
  });
});

describe('the article-changed marker', () => {
  test('a record escalated on an older version of the article says it changed since', async () => {
    const { id } = await escalate(agent, { section: 'quando-escalar' });
    expect((await read(id, agent)).article.changedSince).toBe(false);
    await h.db
      .update(t.escalations)
      .set({ articleHash: 'f'.repeat(64) })
      .where(eq(t.escalations.id, id));
    const v = await read(id, agent, 'en');
    expect(v.article.changedSince).toBe(true);
    // The section is shown in the viewer's language.
    expect(v.article.section).toBe('When to escalate');
    expect(v.article.href).toBe(`/en/${ARTICLE}/#when-to-escalate`);
    const facts = await articleFacts(ARTICLE);
    expect(facts?.targets).toEqual(['operation-admin', 'omni-support']);
  });
});

describe('the demo', () => {
  test('holds two example escalations: one open, one resolved as a gap', async () => {
    const demo = await h.db.select().from(t.escalations).where(eq(t.escalations.createdBy, agent.id));
    expect(demo.some((e) => e.status === 'open' && e.article === 'email/email-search-no-results')).toBe(true);
    expect(demo.some((e) => e.status === 'resolved' && e.kbOutcome === 'gap')).toBe(true);
  });
});

describe('the notice by e-mail', () => {
  test('with ALERT_SMTP_URL set, the admins and the attendance’s supervisors get a neutral title and only the link', async () => {
    const received: { to: string[]; raw: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          cb();
        });
      },
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    const saved = { url: process.env.ALERT_SMTP_URL, allow: process.env.OUTBOUND_ALLOW_LIST };
    try {
      // Unset: nothing is sent.
      delete process.env.ALERT_SMTP_URL;
      const { id: quiet } = await escalate(agent);
      expect(await notifyEscalation(h.db, quiet, 'pt-BR')).toBe(0);
      process.env.ALERT_SMTP_URL = `smtp://127.0.0.1:${port}?tls=off`;
      process.env.OUTBOUND_ALLOW_LIST = '127.0.0.1';
      const { id } = await escalate(agent, { attendanceId: inAttendance, symptom: 'Segredo do cliente: CPF 123' });
      expect(await notifyEscalation(h.db, id, 'pt-BR', 'https://runbook.example')).toBeGreaterThanOrEqual(2);
      expect(received).toHaveLength(1);
      const mail = received[0]!;
      expect(mail.to).toEqual(expect.arrayContaining(['admin@demo.local', 'supervisor@demo.local']));
      expect(mail.to).not.toContain('sup2@demo.local');
      expect(mail.raw).toContain(`https://runbook.example/escalations/${id}/`);
      expect(mail.raw).not.toContain('CPF');
      expect(mail.raw).not.toContain('email-search');
      // The person a case is passed to: that one address, the same neutral mail.
      expect(await notifyEscalation(h.db, id, 'pt-BR', 'https://runbook.example', { userId: sup.id })).toBe(1);
      expect(received).toHaveLength(2);
      expect(received[1]!.to).toEqual(['supervisor@demo.local']);
      expect(received[1]!.raw).toContain(`https://runbook.example/escalations/${id}/`);
      expect(received[1]!.raw).not.toContain('CPF');
    } finally {
      if (saved.url === undefined) delete process.env.ALERT_SMTP_URL;
      else process.env.ALERT_SMTP_URL = saved.url;
      if (saved.allow === undefined) delete process.env.OUTBOUND_ALLOW_LIST;
      else process.env.OUTBOUND_ALLOW_LIST = saved.allow;
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
