import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../auth/scope';
import { checkRuns } from '../db/schema';
import type { CheckDefinition, PickerKind } from './types';

/**
 * The id stored in the run's input under `name` as an integer (null when absent, not a whole
 * number or out of range). Nested CASEs: the cast runs only once the text is known to be digits.
 */
const storedId = (name: string) => {
  const raw = sql`(${checkRuns.input} ->> ${name})`;
  return sql`(case when jsonb_typeof(${checkRuns.input} -> ${name}) = 'number' and ${raw} ~ '^[0-9]{1,10}$' then case when ${raw}::bigint <= 2147483647 then ${raw}::int end end)`;
};

/** How a picked record of each service-owned kind is in scope; the other kinds belong to no service. */
const recordInScope: Partial<Record<PickerKind, (scope: Scope, id: SQL) => SQL>> = {
  user: (scope, id) => scope.users(id),
  service: (scope, id) => sql`(${id} is not null and ${scope.services(id)})`,
  queue: (scope, id) => sql`exists (select 1 from chat_queues scope_q where scope_q.id = ${id} and ${scope.services(sql`scope_q.service_id`)})`,
  mailbox: (scope, id) => scope.mailboxes(id),
};

/**
 * SQL over check_runs: the stored run of `def` concerns only records in `scope`. Each input field
 * that picks a service-owned record (a user, a queue, a service, a mailbox) must name one in scope
 * when the run has it; a run on a record outside the caller's services is not listed. Derived
 * from the stored input at read time, so it holds for every run already stored.
 */
export function runScope(def: Pick<CheckDefinition, 'fields'>, scope: Scope): SQL | undefined {
  if (scope.all) return undefined;
  const parts = def.fields.flatMap((f) => {
    const inScope = recordInScope[f.kind];
    if (!inScope) return [];
    const present = sql`(${checkRuns.input} -> ${f.name}) is not null`;
    return [sql`(not ${present} or ${inScope(scope, storedId(f.name))})`];
  });
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}
