import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';

/**
 * Available people read per linked team, at most this many: a check must answer in milliseconds
 * even for a team of tens of thousands, and "1000+ available" answers the question as well as the
 * exact figure would. Capacity and load are then measured on the people read.
 */
export const AVAILABLE_CAP = 1000;

/** Members counted per team, at most this many ("1000+ members"). */
export const MEMBERS_CAP = 1000;

export interface TeamPool {
  id: number;
  name: string;
  /** Member count, up to MEMBERS_CAP (an index-only count). */
  members: number;
  /** Active and available members, up to AVAILABLE_CAP. */
  available: number;
  capped: boolean;
}

export interface QueuePool {
  teams: TeamPool[];
  /** Distinct available people over all linked teams (someone in two teams counts once). */
  users: number;
  /** Sum of their Max. chat quantity. */
  capacity: number;
  /** Their chats in attendance, on any queue. */
  load: number;
  /** True when a team had more available people than were read: the figures are a lower bound. */
  capped: boolean;
}

/** Who can take a queue's chats right now, through its linked teams; indexed reads only. */
export async function readQueuePool(db: Db, queueId: number): Promise<QueuePool> {
  // One statement: per linked team, its capped member count and its first available members.
  const linked = await queryRows<{ id: number; name: string; members: number; ids: number[] | null; limits: number[] | null }>(
    db,
    sql`
    select t.id, t.name, c.members, a.ids, a.limits
    from queue_teams qt join teams t on t.id = qt.team_id
    cross join lateral (select count(*)::int as members from (select 1 from team_members m where m.team_id = t.id limit ${MEMBERS_CAP}) x) c
    cross join lateral (
      select array_agg(p.id) as ids, array_agg(p.max_chats) as limits from (
        select u.id, u.max_chats from team_members m join users u on u.id = m.user_id
        where m.team_id = t.id and u.active and u.available limit ${AVAILABLE_CAP}) p) a
    where qt.queue_id = ${queueId} order by t.name`,
  );
  const people = new Map<number, number>();
  const teams: TeamPool[] = linked.map((t) => {
    const ids = (t.ids ?? []).map(Number);
    ids.forEach((id, i) => people.set(id, Number(t.limits![i])));
    return { id: t.id, name: t.name, members: t.members, available: ids.length, capped: ids.length >= AVAILABLE_CAP };
  });
  const ids = [...people.keys()];
  const [{ load }] = ids.length
    ? await queryRows<{ load: number }>(
        db,
        sql`
        select count(*)::int as load from attendances
        where agent_id = any(${`{${ids.join(',')}}`}::int[]) and status = 'in_attendance' and channel = 'chat'`,
      )
    : [{ load: 0 }];
  const capacity = [...people.values()].reduce((a, b) => a + b, 0);
  return { teams, users: ids.length, capacity, load, capped: teams.some((t) => t.capped) };
}
