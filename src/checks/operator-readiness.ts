import { DateTime } from 'luxon';
import { and, count, eq } from 'drizzle-orm';
import { loadScope } from '../auth/scope';
import { z } from 'zod';
import { attendances, chatQueues, mailboxes, queueTeams, teams, userGroups, users } from '../db/schema';
import type { CheckContext, CheckDefinition, Finding, Localized } from './types';
import { articles } from './lib/articles';
import { notFound, outOfScope } from './lib/errors';
import { recordId } from './lib/id-input';
import { inputMessage } from './lib/input-message';
import { loc, worstStatus } from './lib/localized';
import { moduleLabels } from './lib/module-labels';
import { describeSources, loadUserAccess, moduleGrantSources, type UserAccess } from './lib/user-access';
import { localizedMoment } from './lib/when';


const input = z
  .object({
    /** The operator (user id). Required. */
    userId: recordId('um usuário', 'a user'),
    /** The chat queue they should take chats from (id); give this or `mailboxId`. */
    queueId: recordId('uma fila de chat', 'a chat queue').optional(),
    /** The mailbox they should answer (id); give this or `queueId`. */
    mailboxId: recordId('uma caixa de e-mail', 'a mailbox').optional(),
  })
  .refine((v) => (v.queueId === undefined) !== (v.mailboxId === undefined), {
    error: inputMessage('Escolha uma fila de chat ou uma caixa de e-mail (apenas uma).', 'Pick a chat queue or a mailbox (only one).'),
    path: ['queueId'],
  });

type Target = { kind: 'chat-queue' | 'mailbox'; id: number; label: string; module: 'chat' | 'email'; fix: string };

/** Can this operator take chats from the queue (or answer the mailbox) right now, and why not. */
export const operatorReadinessCheck: CheckDefinition<typeof input> = {
  id: 'operator-readiness',
  title: loc('Prontidão do operador', 'Operator readiness'),
  description: loc(
    'Para um usuário e uma fila ou caixa: ativo, com licença, com o módulo liberado, no time ligado, limite de chats acima de zero, carga atual e se precisa sair e entrar de novo.',
    'For a user and a queue or mailbox: active, holding a license, module granted, in a linked team, chat limit above zero, current load, and whether they must sign out and in again.',
  ),
  input,
  fields: [
    { name: 'userId', kind: 'user', label: loc('Usuário', 'User') },
    { name: 'queueId', kind: 'queue', label: loc('Fila de chat', 'Chat queue'), optional: true },
    { name: 'mailboxId', kind: 'mailbox', label: loc('Caixa de e-mail', 'Mailbox'), optional: true },
  ],
  // Supervisors run it too, on users of the services they manage and on queues and mailboxes in
  // their scope (refused in run() otherwise: nothing about the user is read past the refusal).
  permission: 'manage:users',
  timeLimitMs: 5_000,
  async run(ctx, { userId, queueId, mailboxId }) {
    const scope = await loadScope(ctx.db, ctx.user);
    const [person] = await ctx.db.select({ id: users.id, inScope: scope.users(users.id) }).from(users).where(eq(users.id, userId));
    if (!person) throw notFound(loc('Usuário', 'User'), userId);
    if (!person.inScope) throw outOfScope();
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(loc('Usuário', 'User'), userId);
    const findings: Finding[] = [];
    let target: Target;
    if (queueId !== undefined) {
      const [q] = await ctx.db.select({ id: chatQueues.id, name: chatQueues.name, serviceId: chatQueues.serviceId }).from(chatQueues).where(eq(chatQueues.id, queueId));
      if (!q) throw notFound(loc('Fila de chat', 'Chat queue'), queueId);
      if (!scope.has(q.serviceId)) throw outOfScope();
      target = { kind: 'chat-queue', id: q.id, label: q.name, module: 'chat', fix: articles.noChats };
      findings.push(...(await queueTeamFindings(ctx, user, target)));
    } else {
      const [m] = await ctx.db
        .select({ id: mailboxes.id, name: mailboxes.name, active: mailboxes.active, responderTeamId: mailboxes.responderTeamId, responderGroupId: mailboxes.responderGroupId, teamName: teams.name, groupName: userGroups.name })
        .from(mailboxes)
        .leftJoin(teams, eq(teams.id, mailboxes.responderTeamId))
        .leftJoin(userGroups, eq(userGroups.id, mailboxes.responderGroupId))
        .where(eq(mailboxes.id, mailboxId!));
      if (!m) throw notFound(loc('Caixa de e-mail', 'Mailbox'), mailboxId!);
      // A mailbox belongs to no service: it is in scope when people of the caller's services answer it.
      const [visible] = await ctx.db.select({ id: mailboxes.id }).from(mailboxes).where(and(eq(mailboxes.id, m.id), scope.mailboxes(mailboxes.id)));
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
    const verdict: Localized =
      status === 'ok' ? loc('pronto', 'ready') : status === 'warn' ? loc('pronto, com ressalvas', 'ready, with warnings') : loc('não pronto', 'not ready');
    return {
      status,
      summary: loc(`${user.name} para ${target.label}: ${verdict['pt-BR']}.`, `${user.name} for ${target.label}: ${verdict.en}.`),
      findings,
    };
  },
};

type UserRecord = Finding['record'];

function accountFindings(user: UserAccess, record: UserRecord, target: Target): Finding[] {
  const out: Finding[] = [];
  out.push(
    user.active
      ? { status: 'ok', message: loc('O usuário está ativo.', 'The user is active.'), record }
      : { status: 'fail', message: loc('O usuário está inativo: não entra no Omni nem recebe atendimentos.', 'The user is inactive: they cannot sign in nor receive attendances.'), record, fix: { article: target.fix } },
  );
  out.push(
    user.groups.length
      ? { status: 'ok', message: loc(`Ocupa uma licença (grupos: ${user.groups.map((g) => g.name).join(', ')}).`, `Takes up a license (groups: ${user.groups.map((g) => g.name).join(', ')}).`), record }
      : {
          status: 'fail',
          message: loc('Não está em nenhum grupo de usuários, então não ocupa licença e não consegue entrar.', 'Belongs to no user group, so takes up no license and cannot sign in.'),
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
        message: loc(`Nem o perfil ${user.profile} nem os times e grupos do usuário liberam o módulo ${m['pt-BR']}.`, `Neither profile ${user.profile} nor the user's teams and groups grant the ${m.en} module.`),
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
        message: loc(`O módulo ${m['pt-BR']} está liberado, mas sem o nível responder: o usuário vê e não responde.`, `The ${m.en} module is granted but without the respond level: the user sees and cannot answer.`),
        record,
        fix: { article: target.fix },
      },
    ];
  }
  const from = describeSources(respond);
  return [{ status: 'ok', message: loc(`O módulo ${m['pt-BR']} (responder) vem de: ${from['pt-BR']}.`, `The ${m.en} module (respond) comes from: ${from.en}.`), record }];
}

async function queueTeamFindings(ctx: CheckContext, user: UserAccess, target: Target): Promise<Finding[]> {
  const linked = await ctx.db.select({ id: teams.id, name: teams.name }).from(queueTeams).innerJoin(teams, eq(teams.id, queueTeams.teamId)).where(eq(queueTeams.queueId, target.id));
  const record = { kind: target.kind, id: target.id, label: target.label };
  if (!linked.length) {
    return [{ status: 'fail', message: loc('Nenhum time está ligado a esta fila: ela não distribui chats a ninguém.', 'No team is linked to this queue: it hands chats to nobody.'), record, fix: { article: articles.noChats } }];
  }
  const mine = linked.filter((t) => user.teams.some((u) => u.id === t.id));
  const names = linked.map((t) => t.name).join(', ');
  return mine.length
    ? [{ status: 'ok', message: loc(`Está no time ligado à fila: ${mine.map((t) => t.name).join(', ')}.`, `Is in a team linked to the queue: ${mine.map((t) => t.name).join(', ')}.`), record }]
    : [{ status: 'fail', message: loc(`Não está em nenhum time ligado à fila (${names}).`, `Is in no team linked to the queue (${names}).`), record, fix: { article: articles.noChats } }];
}

type MailboxRow = { active: boolean; responderTeamId: number | null; responderGroupId: number | null; teamName: string | null; groupName: string | null };

function mailboxFindings(user: UserAccess, m: MailboxRow, target: Target): Finding[] {
  const record = { kind: target.kind, id: target.id, label: target.label };
  const fix = { article: articles.mailboxAccess };
  const out: Finding[] = [];
  if (!m.active) out.push({ status: 'fail', message: loc('A caixa está inativa.', 'The mailbox is inactive.'), record, fix });
  if (m.responderTeamId === null && m.responderGroupId === null) {
    out.push({ status: 'fail', message: loc('A caixa não tem time nem grupo respondedor: ninguém a atende.', 'The mailbox has no responder team nor group: nobody answers it.'), record, fix });
  }
  if (m.responderTeamId !== null) {
    const inTeam = user.teams.some((t) => t.id === m.responderTeamId);
    out.push(
      inTeam
        ? { status: 'ok', message: loc(`Está no time respondedor da caixa (${m.teamName}).`, `Is in the mailbox's responder team (${m.teamName}).`), record }
        : { status: 'fail', message: loc(`Não está no time respondedor da caixa (${m.teamName}).`, `Is not in the mailbox's responder team (${m.teamName}).`), record, fix },
    );
  }
  if (m.responderGroupId !== null) {
    const inGroup = user.groups.some((g) => g.id === m.responderGroupId);
    out.push(
      inGroup
        ? { status: 'ok', message: loc(`Está no grupo respondedor da caixa (${m.groupName}).`, `Is in the mailbox's responder group (${m.groupName}).`), record }
        : { status: 'fail', message: loc(`Não está no grupo respondedor da caixa (${m.groupName}).`, `Is not in the mailbox's responder group (${m.groupName}).`), record, fix },
    );
  }
  return out;
}

async function chatCapacityFindings(ctx: CheckContext, user: UserAccess, record: UserRecord): Promise<Finding[]> {
  const fix = { article: articles.maxChats };
  const out: Finding[] = [];
  out.push(
    user.available
      ? { status: 'ok', message: loc('Está disponível no Dashboard.', 'Is available on the Dashboard.'), record }
      : { status: 'warn', message: loc('Não está disponível no Dashboard: o distribuidor não lhe entrega chats.', 'Is not available on the Dashboard: the distributor hands them no chats.'), record, fix: { article: articles.noChats } },
  );
  if (user.maxChats <= 0) {
    out.push({ status: 'fail', message: loc('A quantidade máxima de chats é 0: não recebe nenhum chat.', 'Max. chat quantity is 0: they receive no chat.'), record, fix });
    return out;
  }
  const [{ n }] = await ctx.db
    .select({ n: count() })
    .from(attendances)
    .where(and(eq(attendances.agentId, user.id), eq(attendances.status, 'in_attendance'), eq(attendances.channel, 'chat')));
  const load = Number(n);
  out.push(
    load >= user.maxChats
      ? { status: 'warn', message: loc(`Carga cheia: ${load} chats em atendimento para um limite de ${user.maxChats}.`, `Full: ${load} chats in attendance for a limit of ${user.maxChats}.`), record, fix }
      : { status: 'ok', message: loc(`Carga: ${load} de ${user.maxChats} chats simultâneos; cabem mais ${user.maxChats - load}.`, `Load: ${load} of ${user.maxChats} simultaneous chats; room for ${user.maxChats - load} more.`), record },
  );
  return out;
}

/** Omni applies a changed chat or attendance limit at the next sign-in. */
function signInFinding(user: UserAccess, record: UserRecord, target: Target, zone: string): Finding {
  const fix = { article: target.kind === 'chat-queue' ? articles.maxChats : articles.mailboxAccess };
  if (!user.lastLoginAt) return { status: 'warn', message: loc('O usuário nunca entrou no Omni.', 'The user has never signed in to Omni.'), record, fix };
  const last = localizedMoment(DateTime.fromJSDate(user.lastLoginAt, { zone }));
  if (user.limitsChangedAt && user.limitsChangedAt > user.lastLoginAt) {
    const changed = localizedMoment(DateTime.fromJSDate(user.limitsChangedAt, { zone }));
    return {
      status: 'warn',
      message: loc(
        `Os limites mudaram em ${changed['pt-BR']}, depois da última entrada (${last['pt-BR']}): o usuário precisa sair e entrar de novo para valerem.`,
        `The limits changed on ${changed.en}, after the last sign-in (${last.en}): the user must sign out and in again for them to apply.`,
      ),
      record,
      fix,
    };
  }
  return { status: 'ok', message: loc(`Última entrada em ${last['pt-BR']}; nenhum limite mudou depois dela.`, `Last signed in on ${last.en}; no limit changed since.`), record };
}
