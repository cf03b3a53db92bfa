import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { queryRows } from '@/db/rows';

export interface AgentLoad {
  id: number;
  name: string;
  email: string;
  /** Attendances in attendance with the agent now, in every service. */
  current: number;
  /** Chats among them. */
  currentChats: number;
  maxAttend: number;
  maxChats: number;
}

/**
 * The target-agent picker: active users associated to the service, with their current load and
 * capacity. Capacity is shown for reference only; nothing enforces it.
 */
export async function agentsWithLoad(db: Db, serviceId: number, opts: { onlyIds?: number[]; q?: string; limit?: number } = {}): Promise<AgentLoad[]> {
  const only = opts.onlyIds ? sql`and u.id = any(${`{${opts.onlyIds.join(',')}}`}::int[])` : sql``;
  const like = opts.q ? `%${opts.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
  const q = like ? sql`and (u.name ilike ${like} or u.email ilike ${like})` : sql``;
  const rows = await queryRows<{ id: number; name: string; email: string; current: number; current_chats: number; max_attend: number; max_chats: number }>(
    db,
    sql`select u.id, u.name, u.email, u.max_attend, u.max_chats,
          (select count(*)::int from attendances a where a.agent_id = u.id and a.status = 'in_attendance') as current,
          (select count(*)::int from attendances a where a.agent_id = u.id and a.status = 'in_attendance' and a.channel = 'chat') as current_chats
        from users u join user_service_links l on l.user_id = u.id and l.service_id = ${serviceId}
        where u.active ${only} ${q}
        order by u.name, u.id
        limit ${opts.limit ?? 100}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    current: Number(r.current),
    currentChats: Number(r.current_chats),
    maxAttend: r.max_attend,
    maxChats: r.max_chats,
  }));
}
