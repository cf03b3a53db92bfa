import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/rows';
import type { FieldChange } from './changes';

const id = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && v <= 2_147_483_647 ? v : null);

/**
 * What a finished bulk request changed, for its audit record (`details.changes`): a migration moves
 * its users from one service to another; a transfer gives the attendances to one agent. Each item's
 * own outcome (who moved, which attendance, why one failed) is on the request's page. Other kinds
 * (an import creates users, a closure closes attendances) carry their counts in the details instead.
 */
export async function bulkChanges(db: Pick<Db, 'execute'>, request: { kind: string; input: unknown }): Promise<FieldChange[]> {
  const input = (request.input && typeof request.input === 'object' ? request.input : {}) as Record<string, unknown>;
  if (request.kind === 'user-migration') {
    const from = id(input.originServiceId);
    const to = id(input.destinationServiceId);
    if (!from || !to) return [];
    const rows = await queryRows<{ id: number; name: string }>(db, sql`select id, name from services where id in (${from}, ${to})`);
    const name = (n: number) => rows.find((r) => Number(r.id) === n)?.name ?? String(n);
    return [{ field: 'service', before: name(from), after: name(to) }];
  }
  if (request.kind === 'attendance-transfer') {
    const agent = id(input.targetAgentId);
    if (!agent) return [];
    const [row] = await queryRows<{ name: string; email: string }>(db, sql`select name, email from users where id = ${agent}`);
    return row ? [{ field: 'assignedTo', after: `${row.name} <${row.email}>` }] : [];
  }
  return [];
}
