import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chatQueues } from '../db/schema';
import { queryRows } from '../db/rows';
import type { CheckDefinition, Finding } from './types';
import { articles } from './lib/articles';
import { notFound, outOfScope } from './lib/errors';
import { CHAT_DISTRIBUTOR, graceSec, readHeartbeat, type HeartbeatState } from './lib/heartbeat';
import { recordId } from './lib/id-input';
import { AVAILABLE_CAP, MEMBERS_CAP, readQueuePool, type QueuePool } from './lib/queue-pool';
import { loc, worstStatus } from './lib/localized';
import { loadScope } from '../auth/scope';

const input = z.object({
  /** The chat queue whose distribution to inspect (id). Required. */
  queueId: recordId('uma fila de chat', 'a chat queue'),
});

/** Queued chats are counted up to this many (the count stays an index range scan). */
const WAITING_CAP = 1000;

const fix = { article: articles.noChats };

/** Who can take the queue's chats right now, how much room they have, and whether the distributor runs. */
export const chatDistributionCheck: CheckDefinition<typeof input> = {
  id: 'chat-distribution',
  title: loc('Distribuição de chats da fila', 'Chat distribution of a queue'),
  description: loc(
    'Para uma fila: usuários disponíveis agora, times ligados e seus membros, capacidade que sobra e o último sinal do Omni - Chat Distributor.',
    'For a queue: users available right now, linked teams and their members, capacity left, and the latest heartbeat of the Omni - Chat Distributor.',
  ),
  input,
  fields: [{ name: 'queueId', kind: 'queue', label: loc('Fila de chat', 'Chat queue') }],
  // Supervisors run it too, on the queues of the services they manage (scoped in run()).
  permission: 'module:queue-management:view',
  timeLimitMs: 5_000,
  async run(ctx, { queueId }) {
    const [queue] = await ctx.db.select({ id: chatQueues.id, name: chatQueues.name, serviceId: chatQueues.serviceId, outOfService: chatQueues.outOfService }).from(chatQueues).where(eq(chatQueues.id, queueId));
    if (!queue) throw notFound(loc('Fila de chat', 'Chat queue'), queueId);
    if (!(await loadScope(ctx.db, ctx.user)).has(queue.serviceId)) throw outOfScope();
    const record = { kind: 'chat-queue', id: queue.id, label: queue.name };

    const [pool, [waiting], beat] = await Promise.all([
      readQueuePool(ctx.db, queueId),
      queryRows<{ n: number }>(ctx.db, sql`select count(*)::int as n from (select 1 from attendances where queue_id = ${queueId} and status = 'queued' limit ${WAITING_CAP}) w`),
      readHeartbeat(ctx.db, CHAT_DISTRIBUTOR, ctx.now),
    ]);
    const { teams } = pool;

    const findings: Finding[] = [];
    if (queue.outOfService) findings.push({ status: 'warn', message: loc('A fila está Fora de serviço: não recebe chats novos.', 'The queue is Out of Service: it takes no new chats.'), record, fix: { article: articles.queueHours } });
    if (!teams.length) findings.push({ status: 'fail', message: loc('Nenhum time está ligado à fila: ninguém recebe os chats dela.', 'No team is linked to the queue: nobody receives its chats.'), record, fix });
    for (const t of teams) {
      const avail = t.capped ? `${AVAILABLE_CAP}+` : String(t.available);
      const members = t.members >= MEMBERS_CAP ? `${MEMBERS_CAP}+` : String(t.members);
      findings.push({
        status: t.available ? 'ok' : 'warn',
        message: loc(`Time ${t.name}: ${members} membros, ${avail} ativos e disponíveis agora.`, `Team ${t.name}: ${members} members, ${avail} active and available now.`),
        record: { kind: 'team', id: t.id, label: t.name },
        ...(t.available ? {} : { fix }),
      });
    }
    if (teams.length) findings.push(...poolFindings(pool, record));
    const w = waiting.n >= WAITING_CAP ? `${WAITING_CAP}+` : String(waiting.n);
    findings.push({ status: 'ok', message: loc(`Atendimentos na fila aguardando: ${w}.`, `Attendances waiting in the queue: ${w}.`), record });
    findings.push(heartbeatFinding(beat));

    const status = worstStatus(findings);
    const people = pool.capped ? `${pool.users}+` : String(pool.users);
    return {
      status,
      summary: loc(
        `Fila ${queue.name}: ${people} disponíveis, ${Math.max(0, pool.capacity - pool.load)} vagas de chat livres, distribuidor ${beatWord(beat)['pt-BR']}.`,
        `Queue ${queue.name}: ${people} available, ${Math.max(0, pool.capacity - pool.load)} free chat slots, distributor ${beatWord(beat).en}.`,
      ),
      findings,
    };
  },
};

function poolFindings(pool: QueuePool, record: Finding['record']): Finding[] {
  if (!pool.users) {
    return [{ status: 'fail', message: loc('Ninguém dos times ligados está ativo e disponível agora.', 'Nobody in the linked teams is active and available right now.'), record, fix }];
  }
  const left = pool.capacity - pool.load;
  // With a capped read the figures describe the people read, a lower bound of the queue's room.
  const atLeast = pool.capped ? loc('Pelo menos ', 'At least ') : loc('', '');
  return [
    {
      status: left > 0 ? 'ok' : 'warn',
      message: loc(
        `${atLeast['pt-BR']}${pool.users} usuários disponíveis somam ${pool.capacity} chats simultâneos; ${pool.load} em atendimento, ${Math.max(0, left)} livres.`,
        `${atLeast.en}${pool.users} available users add up to ${pool.capacity} simultaneous chats; ${pool.load} in attendance, ${Math.max(0, left)} free.`,
      ),
      record,
      ...(left > 0 ? {} : { fix: { article: articles.maxChats } }),
    },
  ];
}

const beatWord = (b: HeartbeatState) =>
  b.state === 'on-time' ? loc('em dia', 'on time') : b.state === 'missing' ? loc('não cadastrado', 'not registered') : b.state === 'manual' ? loc('desligado', 'switched off') : loc('atrasado', 'overdue');

function heartbeatFinding(b: HeartbeatState): Finding {
  if (b.state === 'missing') {
    return { status: 'fail', message: loc(`A tarefa ${CHAT_DISTRIBUTOR} não está cadastrada no agendador.`, `The task ${CHAT_DISTRIBUTOR} is not registered in the task scheduler.`), fix };
  }
  const record = { kind: 'scheduled-task', id: b.id, label: b.name };
  if (b.state === 'manual') return { status: 'fail', message: loc('A execução automática do distribuidor está desligada.', "The distributor's automatic run is switched off."), record, fix };
  if (b.state === 'never') return { status: 'fail', message: loc('O distribuidor nunca enviou sinal de execução.', 'The distributor has never reported a run.'), record, fix };
  const limit = b.intervalSec + graceSec(b.intervalSec);
  const error = b.errorAfterRun && b.lastError ? loc(` Último erro: ${b.lastError}`, ` Last error: ${b.lastError}`) : loc('', '');
  return b.state === 'overdue'
    ? {
        status: 'fail',
        message: loc(`Último sinal do distribuidor há ${b.ageSec} s; esperado a cada ${b.intervalSec} s (atrasado após ${limit} s).${error['pt-BR']}`, `Last distributor heartbeat ${b.ageSec} s ago; expected every ${b.intervalSec} s (overdue after ${limit} s).${error.en}`),
        record,
        fix,
      }
    : { status: b.errorAfterRun ? 'warn' : 'ok', message: loc(`Último sinal do distribuidor há ${b.ageSec} s (a cada ${b.intervalSec} s).${error['pt-BR']}`, `Last distributor heartbeat ${b.ageSec} s ago (every ${b.intervalSec} s).${error.en}`), record, ...(b.errorAfterRun ? { fix } : {}) };
}
