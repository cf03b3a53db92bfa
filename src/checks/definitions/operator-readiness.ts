import { DateTime } from 'luxon';
import { and, count, eq } from 'drizzle-orm';
import { loadScope } from '@/auth/scope';
import { z } from 'zod';
import { attendances, chatQueues, mailboxes, queueTeams, teams, userGroups, users } from '@/db/schema';
import type { CheckContext, CheckDefinition, Finding, Localized } from '../types';
import { articles } from '../lib/articles';
import { notFound, outOfScope } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { worstStatus } from '../lib/localized';
import { moduleLabels } from '../lib/module-labels';
import { describeSources, loadUserAccess, moduleGrantSources, type UserAccess } from '../lib/user-access';
import { localizedMoment } from '../lib/when';
import { operatorReadinessStrings } from '@/i18n/check-operator-readiness';
import { perLang } from '@/i18n/localized';

const text = operatorReadinessStrings;

const input = z
  .object({
    /** The operator (user id). Required. */
    userId: recordId('user'),
    /** The chat queue they should take chats from (id); give this or `mailboxId`. */
    queueId: recordId('queue').optional(),
    /** The mailbox they should answer (id); give this or `queueId`. */
    mailboxId: recordId('mailbox').optional(),
  })
  .refine((v) => (v.queueId === undefined) !== (v.mailboxId === undefined), {
    error: inputMessage(inputStrings.l('queueOrMailbox')),
    path: ['queueId'],
  });

type Target = { kind: 'chat-queue' | 'mailbox'; id: number; label: string; module: 'chat' | 'email'; fix: string };

/** Can this operator take chats from the queue (or answer the mailbox) right now, and why not. */
export const operatorReadinessCheck: CheckDefinition<typeof input> = {
  id: 'operator-readiness',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'userId', kind: 'user', label: text.l('field.user') },
    { name: 'queueId', kind: 'queue', label: text.l('field.queue'), optional: true },
    { name: 'mailboxId', kind: 'mailbox', label: text.l('field.mailbox'), optional: true },
  ],
  // Supervisors run it too, on users of the services they manage and on queues and mailboxes in
  // their scope (refused in run() otherwise: nothing about the user is read past the refusal).
  permission: 'manage:users',
  timeLimitMs: 5_000,
  async run(ctx, { userId, queueId, mailboxId }) {
    const scope = await loadScope(ctx.db, ctx.user);
    const [person] = await ctx.db
      .select({ id: users.id, inScope: scope.users(users.id) })
      .from(users)
      .where(eq(users.id, userId));
    if (!person) throw notFound(text.l('field.user'), userId);
    if (!person.inScope) throw outOfScope();
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(text.l('field.user'), userId);
    const findings: Finding[] = [];
    let target: Target;
    if (queueId !== undefined) {
      const [q] = await ctx.db
        .select({ id: chatQueues.id, name: chatQueues.name, serviceId: chatQueues.serviceId })
        .from(chatQueues)
        .where(eq(chatQueues.id, queueId));
      if (!q) throw notFound(text.l('field.queue'), queueId);
      if (!scope.has(q.serviceId)) throw outOfScope();
      target = { kind: 'chat-queue', id: q.id, label: q.name, module: 'chat', fix: articles.noChats };
      findings.push(...(await queueTeamFindings(ctx, user, target)));
    } else {
      const [m] = await ctx.db
        .select({
          id: mailboxes.id,
          name: mailboxes.name,
          active: mailboxes.active,
          responderTeamId: mailboxes.responderTeamId,
          responderGroupId: mailboxes.responderGroupId,
          teamName: teams.name,
          groupName: userGroups.name,
        })
        .from(mailboxes)
        .leftJoin(teams, eq(teams.id, mailboxes.responderTeamId))
        .leftJoin(userGroups, eq(userGroups.id, mailboxes.responderGroupId))
        .where(eq(mailboxes.id, mailboxId!));
      if (!m) throw notFound(text.l('field.mailbox'), mailboxId!);
      // A mailbox belongs to no service: it is in scope when people of the caller's services answer it.
      const [visible] = await ctx.db
        .select({ id: mailboxes.id })
        .from(mailboxes)
        .where(and(eq(mailboxes.id, m.id), scope.mailboxes(mailboxes.id)));
      if (!visible) throw outOfScope();
      target = { kind: 'mailbox', id: m.id, label: m.name, module: 'email', fix: articles.mailboxAccess };
      findings.push(...mailboxFindings(user, m, target));
    }
    const record = { kind: 'user', id: user.id, label: `${user.name} <${user.email}>` };
    findings.unshift(...accountFindings(user, record, target));
    findings.push(...(await grantFindings(ctx, user, record, target)));
    if (target.kind === 'chat-queue') findings.push(...(await chatCapacityFindings(ctx, user, record)));
    findings.push(signInFinding(user, record, target, ctx.timeZone));

    const status = worstStatus(findings);
    const verdict: Localized = status === 'ok' ? text.l('verdict.ready') : status === 'warn' ? text.l('verdict.warnings') : text.l('verdict.notReady');
    return {
      status,
      summary: perLang((lang) => text.t(lang, 'summary', { user: user.name, target: target.label, verdict: verdict[lang] })),
      findings,
    };
  },
};

type UserRecord = Finding['record'];

function accountFindings(user: UserAccess, record: UserRecord, target: Target): Finding[] {
  const out: Finding[] = [];
  out.push(
    user.active
      ? { status: 'ok', message: text.l('userActive'), record }
      : { status: 'fail', message: text.l('userInactive'), record, fix: { article: target.fix } },
  );
  out.push(
    user.groups.length
      ? { status: 'ok', message: text.l('license', { groups: user.groups.map((g) => g.name).join(', ') }), record }
      : {
          status: 'fail',
          message: text.l('noLicense'),
          record,
          fix: { article: articles.noLicenses },
        },
  );
  return out;
}

async function grantFindings(ctx: CheckContext, user: UserAccess, record: UserRecord, target: Target): Promise<Finding[]> {
  const sources = await moduleGrantSources(ctx.db, user.id, target.module);
  const m = moduleLabels[target.module];
  if (!sources.size) {
    return [
      {
        status: 'fail',
        message: perLang((lang) => text.t(lang, 'noModule', { profile: user.profile, module: m[lang] })),
        record,
        fix: { article: target.fix },
      },
    ];
  }
  const respond = sources.get('respond');
  if (!respond) {
    return [
      {
        status: 'warn',
        message: perLang((lang) => text.t(lang, 'noRespondLevel', { module: m[lang] })),
        record,
        fix: { article: target.fix },
      },
    ];
  }
  const from = describeSources(respond);
  return [{ status: 'ok', message: perLang((lang) => text.t(lang, 'respondFrom', { module: m[lang], from: from[lang] })), record }];
}

async function queueTeamFindings(ctx: CheckContext, user: UserAccess, target: Target): Promise<Finding[]> {
  const linked = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(queueTeams)
    .innerJoin(teams, eq(teams.id, queueTeams.teamId))
    .where(eq(queueTeams.queueId, target.id));
  const record = { kind: target.kind, id: target.id, label: target.label };
  if (!linked.length) {
    return [{ status: 'fail', message: text.l('queueNoTeam'), record, fix: { article: articles.noChats } }];
  }
  const mine = linked.filter((t) => user.teams.some((u) => u.id === t.id));
  const names = linked.map((t) => t.name).join(', ');
  return mine.length
    ? [{ status: 'ok', message: text.l('inQueueTeam', { teams: mine.map((t) => t.name).join(', ') }), record }]
    : [{ status: 'fail', message: text.l('notInQueueTeam', { names }), record, fix: { article: articles.noChats } }];
}

type MailboxRow = { active: boolean; responderTeamId: number | null; responderGroupId: number | null; teamName: string | null; groupName: string | null };

function mailboxFindings(user: UserAccess, m: MailboxRow, target: Target): Finding[] {
  const record = { kind: target.kind, id: target.id, label: target.label };
  const fix = { article: articles.mailboxAccess };
  const out: Finding[] = [];
  if (!m.active) out.push({ status: 'fail', message: text.l('mailboxInactive'), record, fix });
  if (m.responderTeamId === null && m.responderGroupId === null) {
    out.push({ status: 'fail', message: text.l('mailboxNoResponder'), record, fix });
  }
  if (m.responderTeamId !== null) {
    const inTeam = user.teams.some((t) => t.id === m.responderTeamId);
    out.push(
      inTeam
        ? { status: 'ok', message: text.l('inResponderTeam', { team: m.teamName ?? '' }), record }
        : { status: 'fail', message: text.l('notInResponderTeam', { team: m.teamName ?? '' }), record, fix },
    );
  }
  if (m.responderGroupId !== null) {
    const inGroup = user.groups.some((g) => g.id === m.responderGroupId);
    out.push(
      inGroup
        ? { status: 'ok', message: text.l('inResponderGroup', { group: m.groupName ?? '' }), record }
        : { status: 'fail', message: text.l('notInResponderGroup', { group: m.groupName ?? '' }), record, fix },
    );
  }
  return out;
}

async function chatCapacityFindings(ctx: CheckContext, user: UserAccess, record: UserRecord): Promise<Finding[]> {
  const fix = { article: articles.maxChats };
  const out: Finding[] = [];
  out.push(
    user.available
      ? { status: 'ok', message: text.l('available'), record }
      : { status: 'warn', message: text.l('unavailable'), record, fix: { article: articles.noChats } },
  );
  if (user.maxChats <= 0) {
    out.push({ status: 'fail', message: text.l('maxChatsZero'), record, fix });
    return out;
  }
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(attendances)
    .where(and(eq(attendances.agentId, user.id), eq(attendances.status, 'in_attendance'), eq(attendances.channel, 'chat')));
  const load = Number(n);
  out.push(
    load >= user.maxChats
      ? { status: 'warn', message: text.l('loadFull', { load, maxChats: user.maxChats }), record, fix }
      : { status: 'ok', message: text.l('load', { load, maxChats: user.maxChats, room: user.maxChats - load }), record },
  );
  return out;
}

/** Omni applies a changed chat or attendance limit at the next sign-in. */
function signInFinding(user: UserAccess, record: UserRecord, target: Target, zone: string): Finding {
  const fix = { article: target.kind === 'chat-queue' ? articles.maxChats : articles.mailboxAccess };
  if (!user.lastLoginAt) return { status: 'warn', message: text.l('neverSignedIn'), record, fix };
  const last = localizedMoment(DateTime.fromJSDate(user.lastLoginAt, { zone }));
  if (user.limitsChangedAt && user.limitsChangedAt > user.lastLoginAt) {
    const changed = localizedMoment(DateTime.fromJSDate(user.limitsChangedAt, { zone }));
    return {
      status: 'warn',
      message: perLang((lang) => text.t(lang, 'limitsPending', { changed: changed[lang], last: last[lang] })),
      record,
      fix,
    };
  }
  return { status: 'ok', message: perLang((lang) => text.t(lang, 'limitsApplied', { last: last[lang] })), record };
}
