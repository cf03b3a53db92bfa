import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chatQueues } from '@/db/schema';
import { queryRows } from '@/db/rows';
import type { CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound, outOfScope } from '../lib/errors';
import { CHAT_DISTRIBUTOR, graceSec, readHeartbeat, type HeartbeatState } from '../lib/heartbeat';
import { recordId } from '../lib/id-input';
import { AVAILABLE_CAP, MEMBERS_CAP, readQueuePool, type QueuePool } from '../lib/queue-pool';
import { worstStatus } from '../lib/localized';
import { loadScope } from '@/auth/scope';
import { chatDistributionStrings } from '@/i18n/check-chat-distribution';
import { perLang, sameInBoth } from '@/i18n/localized';
import { named } from '@/lib/named';

const text = chatDistributionStrings;

const input = z.object({
  /** The chat queue whose distribution to inspect (id). Required. */
  queueId: recordId('queue'),
});

/** Queued chats are counted up to this many (the count stays an index range scan). */
const WAITING_CAP = 1000;

const fix = { article: articles.noChats };

/** Who can take the queue's chats right now, how much room they have, and whether the distributor runs. */
export const chatDistributionCheck: CheckDefinition<typeof input> = {
  id: 'chat-distribution',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [{ name: 'queueId', kind: 'queue', label: text.l('chatQueue') }],
  // Supervisors run it too, on the queues of the services they manage (scoped in run()).
  permission: 'module:queue-management:view',
  timeLimitMs: 5_000,
  async run(ctx, { queueId }) {
    const [queue] = await ctx.db
      .select({ id: chatQueues.id, name: chatQueues.name, serviceId: chatQueues.serviceId, outOfService: chatQueues.outOfService })
      .from(chatQueues)
      .where(eq(chatQueues.id, queueId));
    if (!queue) throw notFound(text.l('chatQueue'), queueId);
    if (!(await loadScope(ctx.db, ctx.user)).has(queue.serviceId)) throw outOfScope();
    const record = { kind: 'chat-queue', id: queue.id, label: queue.name };

    const [pool, [waiting], beat] = await Promise.all([
      readQueuePool(ctx.db, queueId),
      queryRows<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from (select 1 from attendances where queue_id = ${queueId} and status = 'queued' limit ${WAITING_CAP}) w`,
      ),
      readHeartbeat(ctx.db, CHAT_DISTRIBUTOR, ctx.now),
    ]);
    const { teams } = pool;

    const findings: Finding[] = [];
    if (queue.outOfService) findings.push({ status: 'warn', message: text.l('outOfService'), record, fix: { article: articles.queueHours } });
    if (!teams.length) findings.push({ status: 'fail', message: text.l('noTeam'), record, fix });
    for (const t of teams) {
      const avail = t.capped ? `${AVAILABLE_CAP}+` : String(t.available);
      const members = t.members >= MEMBERS_CAP ? `${MEMBERS_CAP}+` : String(t.members);
      findings.push({
        status: t.available ? 'ok' : 'warn',
        message: perLang((lang) => text.t(lang, 'team', { team: named(text.t(lang, 'kind.team'), t.name), members, avail })),
        record: { kind: 'team', id: t.id, label: t.name },
        ...(t.available ? {} : { fix }),
      });
    }
    if (teams.length) findings.push(...poolFindings(pool, record));
    const w = waiting.n >= WAITING_CAP ? `${WAITING_CAP}+` : String(waiting.n);
    findings.push({ status: 'ok', message: text.l('waiting', { count: w }), record });
    findings.push(heartbeatFinding(beat));

    const status = worstStatus(findings);
    const people = pool.capped ? `${pool.users}+` : String(pool.users);
    return {
      status,
      summary: perLang((lang) =>
        text.t(lang, 'summary', { queueName: queue.name, people, free: Math.max(0, pool.capacity - pool.load), distributor: beatWord(beat)[lang] }),
      ),
      findings,
    };
  },
};

function poolFindings(pool: QueuePool, record: Finding['record']): Finding[] {
  if (!pool.users) {
    return [{ status: 'fail', message: text.l('nobodyAvailable'), record, fix }];
  }
  const left = pool.capacity - pool.load;
  // With a capped read the figures describe the people read, a lower bound of the queue's room.
  const atLeast = pool.capped ? text.l('atLeast') : sameInBoth('');
  return [
    {
      status: left > 0 ? 'ok' : 'warn',
      message: perLang((lang) =>
        text.t(lang, 'capacity', { atLeast: atLeast[lang], users: pool.users, capacity: pool.capacity, load: pool.load, free: Math.max(0, left) }),
      ),
      record,
      ...(left > 0 ? {} : { fix: { article: articles.maxChats } }),
    },
  ];
}

const beatWord = (b: HeartbeatState) =>
  b.state === 'on-time'
    ? text.l('beat.onTime')
    : b.state === 'missing'
      ? text.l('beat.missing')
      : b.state === 'manual'
        ? text.l('beat.manual')
        : text.l('beat.overdue');

function heartbeatFinding(b: HeartbeatState): Finding {
  if (b.state === 'missing') {
    return { status: 'fail', message: text.l('taskMissing', { task: CHAT_DISTRIBUTOR }), fix };
  }
  const record = { kind: 'scheduled-task', id: b.id, label: b.name };
  if (b.state === 'manual') return { status: 'fail', message: text.l('runSwitchedOff'), record, fix };
  if (b.state === 'never') return { status: 'fail', message: text.l('neverRan'), record, fix };
  const limit = b.intervalSec + graceSec(b.intervalSec);
  const error = b.errorAfterRun && b.lastError ? text.l('lastError', { lastError: b.lastError }) : sameInBoth('');
  return b.state === 'overdue'
    ? {
        status: 'fail',
        message: perLang((lang) => text.t(lang, 'heartbeatLate', { ageSec: b.ageSec ?? 0, intervalSec: b.intervalSec, limit, error: error[lang] })),
        record,
        fix,
      }
    : {
        status: b.errorAfterRun ? 'warn' : 'ok',
        message: perLang((lang) => text.t(lang, 'heartbeat', { ageSec: b.ageSec ?? 0, intervalSec: b.intervalSec, error: error[lang] })),
        record,
        ...(b.errorAfterRun ? { fix } : {}),
      };
}
