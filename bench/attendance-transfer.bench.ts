import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { benchOrg, settle, timed } from './fixtures';
import { runBulkRequest } from '../src/bulk';
import { requestTransfer } from '../src/bulk/attendance-transfer/confirm';
import { queryRows } from '../src/db/rows';

/**
 * Transferring 10,000 attendances (1,000 with --quick or on PGlite) from one agent to another
 * through the job: batches of 1,000, each one transaction (one conditional statement moving the
 * batch and appending its history events, the diagnosis of the rest, the item marks and the
 * progress). Baseline, same run and database, identical datasets: ONE hand-written statement
 * with the same conditions (still in attendance with that agent, in the service, not expired,
 * target active and associated) and the same writes, measured once before and once after the
 * job; the ratio uses their mean, so load drifting on a shared machine weighs on both sides.
 */
export const attendanceTransferBenchmark: Benchmark = {
  name: 'attendance-transfer',
  description: 'transfer attendances through the bulk job (set-based batches); ratio to one statement with the same writes',
  async run(ctx) {
    const n = ctx.scaled(10_000);
    const h = await ctx.freshDb();
    const org = await benchOrg(h.db);
    const [from, to] = await queryRows<{ user_id: number }>(
      h.db,
      sql`select l.user_id from user_service_links l join users u on u.id = l.user_id where l.service_id = ${org.serviceA} and u.active order by 1 limit 2`,
    );
    const range: Record<string, { lo: number; hi: number }> = {};
    for (const tag of ['before', 'job', 'after']) {
      const [r] = await queryRows<{ lo: string; hi: string }>(
        h.db,
        sql`
        with ins as (
          insert into attendances (protocol, channel, service_id, status, agent_id, customer_name, started_at, expires_at)
          select ${tag} || '-' || i, (array['chat','email','whatsapp','phone'])[1 + i % 4], ${org.serviceA}, 'in_attendance', ${from.user_id}, 'Cliente ' || i, now(), now() + interval '1 day'
          from generate_series(1, ${n}::int) i returning id)
        select min(id) as lo, max(id) as hi from ins`,
      );
      range[tag] = { lo: Number(r.lo), hi: Number(r.hi) };
    }
    await settle(h.db);
    const oneStatement = (tag: string) =>
      timed(() =>
        h.db.execute(sql`
          with moved as (
            update attendances a set agent_id = ${to.user_id}
            where a.id between ${range[tag].lo} and ${range[tag].hi} and a.status = 'in_attendance' and a.agent_id = ${from.user_id} and a.agent_id <> ${to.user_id}
              and a.service_id = ${org.serviceA} and (a.expires_at is null or a.expires_at > now())
              and exists (select 1 from users u join user_service_links l on l.user_id = u.id and l.service_id = a.service_id where u.id = ${to.user_id} and u.active)
            returning a.id)
          insert into interaction_events (attendance_id, type, at, by_user_id, from_agent_id, to_agent_id, request_id)
          select id, 'transferred', now(), ${org.supervisorId}, ${from.user_id}, ${to.user_id}, ${tag} from moved`),
      );
    const before = await oneStatement('before');
    await settle(h.db);
    const jobIds = (
      await queryRows<{ id: number }>(h.db, sql`select id from attendances where id between ${range.job.lo} and ${range.job.hi} order by id`)
    ).map((r) => Number(r.id));
    let requestId = '';
    const confirm = await timed(async () => {
      const items = jobIds.map((attendanceId) => ({ attendanceId, fromAgentId: from.user_id }));
      requestId = (
        await requestTransfer(h.db, undefined, { userId: org.supervisorId, lang: 'en', body: { serviceId: org.serviceA, targetAgentId: to.user_id, items } })
      ).id;
    });
    await settle(h.db);
    const job = await timed(() => runBulkRequest(h.db, requestId));
    await settle(h.db);
    const after = await oneStatement('after');
    const baseline = (before + after) / 2;
    const [check] = await queryRows<{ job: number; before: number; after: number; applied: number }>(
      h.db,
      sql`
      select count(*) filter (where request_id = ${requestId})::int as job, count(*) filter (where request_id = 'before')::int as before,
             count(*) filter (where request_id = 'after')::int as after,
             (select count(*)::int from bulk_items where request_id = ${requestId} and state = 'applied') as applied
      from interaction_events where type = 'transferred'`,
    );
    if (check.job !== n || check.before !== n || check.after !== n || check.applied !== n)
      throw new Error(`transfer benchmark moved ${JSON.stringify(check)}, expected ${n} each`);
    ctx.report(`attendance-transfer.${n}.job.seconds`, job, 's', `${Math.round(n / job)} attendances/s, batches of 1000`);
    ctx.report(`attendance-transfer.${n}.confirm.seconds`, confirm, 's', 'request and items written');
    ctx.report(
      'attendance-transfer.baseline-one-statement.seconds',
      baseline,
      's',
      `mean of ${before.toFixed(3)} before and ${after.toFixed(3)} after the job`,
    );
    ctx.report('attendance-transfer.ratio-job-to-one-statement', job / baseline, 'x', 'goal <= 3');
  },
};
