import { sql } from 'drizzle-orm';
import type { Benchmark } from './harness';
import { benchOrg, settle, timed } from './fixtures';
import { runBulkRequest } from '../src/bulk';
import { requestTransfer } from '../src/bulk/attendance-transfer/confirm';
import { queryRows } from '../src/db/rows';

/**
 * Transferring 10,000 attendances (1,000 with --quick or on PGlite) from one agent to another
 * through the job: one transaction per attendance (conditional update + history event + item
 * mark + progress). Baselines, same run and database, identical datasets: a hand-written loop
 * of one transaction per attendance with the same conditional statement (the floor of per-item
 * work) and ONE set-based statement moving them all.
 */
export const attendanceTransferBenchmark: Benchmark = {
  name: 'attendance-transfer',
  description: 'transfer attendances through the bulk job (one transaction each); ratios to a hand-written per-item loop and to one statement',
  async run(ctx) {
    const n = ctx.scaled(10_000);
    const h = await ctx.freshDb();
    const org = await benchOrg(h.db);
    const [from, to] = await queryRows<{ user_id: number }>(h.db, sql`select l.user_id from user_service_links l join users u on u.id = l.user_id where l.service_id = ${org.serviceA} and u.active order by 1 limit 2`);
    for (const tag of ['job', 'loop', 'set']) {
      await h.db.execute(sql`insert into attendances (protocol, channel, service_id, status, agent_id, customer_name, started_at, expires_at)
        select ${tag} || '-' || i, 'chat', ${org.serviceA}, 'in_attendance', ${from.user_id}, 'Cliente ' || i, now(), now() + interval '1 day'
        from generate_series(1, ${n}::int) i`);
    }
    await settle(h.db);
    const ids = async (tag: string) => (await queryRows<{ id: number }>(h.db, sql`select id from attendances where protocol like ${tag + '-%'} order by id`)).map((r) => Number(r.id));
    const move = (id: number, req: string) => sql`
      with moved as (
        update attendances a set agent_id = ${to.user_id}
        where a.id = ${id} and a.status = 'in_attendance' and a.agent_id = ${from.user_id} and a.expires_at > now()
          and exists (select 1 from users u join user_service_links l on l.user_id = u.id and l.service_id = a.service_id where u.id = ${to.user_id} and u.active)
        returning a.id)
      insert into interaction_events (attendance_id, type, at, by_user_id, from_agent_id, to_agent_id, request_id)
      select id, 'transferred', now(), ${org.supervisorId}, ${from.user_id}, ${to.user_id}, ${req} from moved`;
    const loopIds = await ids('loop');
    const loop = await timed(async () => {
      for (const id of loopIds) await h.db.transaction((tx) => tx.execute(move(id, 'loop')));
    });
    const set = await timed(() =>
      h.db.execute(sql`
        with moved as (update attendances set agent_id = ${to.user_id} where protocol like 'set-%' and status = 'in_attendance' and agent_id = ${from.user_id} returning id)
        insert into interaction_events (attendance_id, type, at, by_user_id, from_agent_id, to_agent_id, request_id)
        select id, 'transferred', now(), ${org.supervisorId}, ${from.user_id}, ${to.user_id}, 'set' from moved`),
    );
    await settle(h.db);
    const jobIds = await ids('job');
    let requestId = '';
    const confirm = await timed(async () => {
      const items = jobIds.map((attendanceId) => ({ attendanceId, fromAgentId: from.user_id }));
      requestId = (await requestTransfer(h.db, undefined, { userId: org.supervisorId, lang: 'en', body: { serviceId: org.serviceA, targetAgentId: to.user_id, items } })).id;
    });
    const job = await timed(() => runBulkRequest(h.db, requestId));
    const [check] = await queryRows<{ job: number; loop: number; set: number }>(h.db, sql`
      select count(*) filter (where request_id = ${requestId})::int as job, count(*) filter (where request_id = 'loop')::int as loop,
             count(*) filter (where request_id = 'set')::int as set from interaction_events where type = 'transferred'`);
    if (check.job !== n || check.loop !== n || check.set !== n) throw new Error(`transfer benchmark moved ${JSON.stringify(check)}, expected ${n} each`);
    ctx.report(`attendance-transfer.${n}.job.seconds`, job, 's', `${Math.round(n / job)} attendances/s, ${((1000 * job) / n).toFixed(2)} ms each`);
    ctx.report(`attendance-transfer.${n}.confirm.seconds`, confirm, 's', 'request and items written');
    ctx.report('attendance-transfer.baseline-per-item-loop.seconds', loop, 's', `${Math.round(n / loop)} attendances/s`);
    ctx.report('attendance-transfer.baseline-one-statement.seconds', set, 's');
    ctx.report('attendance-transfer.ratio-job-to-per-item-loop', job / loop, 'x');
    ctx.report('attendance-transfer.ratio-job-to-one-statement', job / set, 'x');
  },
};
