import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import * as t from '../schema';
import { hashPassword } from '@/auth/password';
import { encryptSecret } from '@/security/secrets';
import { seedDemoEscalations } from '@/escalations/demo-seed';
import { targetHint } from '@/alerts/admin/target-hint';
import { firstNames, surnames, slug } from './names';
import { DateTime } from 'luxon';
import {
  demoGrids,
  demoGroups,
  demoHolidays,
  demoMunicipalHoliday,
  demoProfiles,
  demoServices,
  demoTabulations,
  demoTeams,
  gridsClosedOnHolidays,
} from './reference';

/** Password of the three demo accounts (demo data only; printed by `npm start`, written in the README). */
export const DEMO_PASSWORD = 'Omni-demo-2026';

export const demoAccounts = [
  { email: 'admin@demo.local', name: 'Administradora Demo', profile: 'Administrator', role: 'admin' },
  { email: 'supervisor@demo.local', name: 'Supervisor Demo', profile: 'Supervisor', role: 'supervisor' },
  { email: 'agent@demo.local', name: 'Agente Demo', profile: 'User', role: 'agent' },
] as const;

/** Reserved domain (RFC 2606) of the example mailboxes: it never resolves, so nothing is ever sent to a stranger. */
export const DEMO_MAIL_DOMAIN = 'empresa-demo.example';
const DEMO_TIME_ZONE = 'America/Sao_Paulo';

export interface SeedSize {
  /** Generated users besides the three demo accounts. */
  users: number;
  /** Generated attendances (queued, in attendance and finished). */
  attendances: number;
}

const arr = (xs: (string | number)[]) => sql.raw(`array[${xs.map((x) => (typeof x === 'number' ? String(x) : `'${x.replace(/'/g, "''")}'`)).join(',')}]`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Fills an empty database with a realistic Brazilian contact center. Reference data goes in
 * through drizzle; generated users, attendances and their history through set-based SQL
 * (generate_series), so 100,000 users and 1,000,000 attendances take minutes, not hours.
 *
 * The demo tells a story: the organization is healthy except for one deliberate fault per
 * troubleshooting family, each explained by the article its finding links (README, "The demo
 * story"): an example mailbox pointing at a server that does not exist, a disabled mailbox rule,
 * the e-mail sender stopped on an SMTP error, a handful of idle users holding licenses, a municipal
 * holiday closing the Ouvidoria queue, and a survey past its dates.
 */
export async function seedDemo(db: Db, size: SeedSize, now = new Date()): Promise<void> {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  // Generated people cannot sign in: their hash is of a random password nobody knows.
  const lockedHash = await hashPassword(randomBytes(24).toString('base64url'));
  const year = now.getUTCFullYear();
  // Raw SQL takes ISO strings: drizzle's postgres.js driver does not serialize Date parameters.
  const nowIso = now.toISOString();

  await db.transaction(async (tx) => {
    await tx
      .insert(t.organization)
      .values({ id: 1, name: 'Central de Atendimento Demo', timeZone: DEMO_TIME_ZONE, contractedSeats: Math.ceil((size.users + 3) * 1.05) + 5, demo: true });
    const services = await tx
      .insert(t.services)
      .values(demoServices.map((name, i) => ({ name, isDefault: i === 0 })))
      .returning();
    const profiles = await tx.insert(t.profiles).values(demoProfiles).returning();
    const teams = await tx.insert(t.teams).values(demoTeams).returning();
    const groups = await tx.insert(t.userGroups).values(demoGroups).returning();
    const tabs = await tx.insert(t.tabulations).values(demoTabulations).returning();
    const profileId = (name: string) => profiles.find((p) => p.name === name)!.id;

    // The three demo accounts.
    const accounts = await tx
      .insert(t.users)
      .values(
        demoAccounts.map((a, i) => ({
          name: a.name,
          email: a.email,
          phone: `+55 11 98000-000${i}`,
          passwordHash: demoHash,
          profileId: profileId(a.profile),
          maxAttend: 5,
          maxChats: 3,
          available: a.role === 'agent',
          lastLoginAt: now,
        })),
      )
      .returning();
    const [admin, supervisor, agent] = accounts;
    await tx.insert(t.teamMembers).values([
      { teamId: teams[0].id, userId: agent.id, followupRecipient: true },
      { teamId: teams[1].id, userId: agent.id },
      { teamId: teams[1].id, userId: supervisor.id },
    ]);
    await tx.insert(t.groupMembers).values([
      { groupId: groups[0].id, userId: agent.id },
      { groupId: groups[1].id, userId: supervisor.id },
      { groupId: groups[2].id, userId: admin.id },
    ]);
    await tx.insert(t.userServiceLinks).values([
      { userId: agent.id, serviceId: services[1].id },
      { userId: supervisor.id, serviceId: services[1].id },
      { userId: admin.id, serviceId: services[0].id },
    ]);
    await tx.insert(t.serviceManagers).values([
      { userId: supervisor.id, serviceId: services[1].id },
      { userId: supervisor.id, serviceId: services[2].id },
    ]);

    // Generated users: name, unique e-mail, phone, limits; one in twenty inactive; last sign-in within
    // the last 20 days, except one in fifteen who has not signed in for 35–54 days (the idle users
    // the license check lists as candidates to deactivate).
    const firstId = agent.id + 1;
    if (size.users > 0) {
      await tx.execute(sql`
        insert into users (name, email, phone, password_hash, profile_id, max_attend, max_chats, active, available, last_login_at)
        select f.n || ' ' || s.n,
               f.slug || '.' || s.slug || '.' || i || '@demo.local',
               '+55 ' || (11 + i % 80) || ' 9' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'),
               ${lockedHash}, ${profileId('User')}, i % 6, 2 + i % 3, i % 20 <> 0, i % 3 = 0,
               ${nowIso}::timestamptz - make_interval(days => case when i % 15 = 7 then 35 + i % 20 else i % 21 end, mins => i % 1440)
        from generate_series(1, ${size.users}::int) as i
        cross join lateral (select (${arr(firstNames)})[1 + i % ${firstNames.length}] as n, (${arr(firstNames.map(slug))})[1 + i % ${firstNames.length}] as slug) f
        cross join lateral (select (${arr(surnames)})[1 + (i / ${firstNames.length}) % ${surnames.length}] as n, (${arr(surnames.map(slug))})[1 + (i / ${firstNames.length}) % ${surnames.length}] as slug) s`);
      await tx.execute(sql`insert into team_members (team_id, user_id, followup_recipient)
        select (${arr(teams.map((x) => x.id))})[1 + id % ${teams.length}], id, id % 4 = 0 from users where id >= ${firstId}`);
      // One user in 25 belongs to no group, so consumes no license.
      await tx.execute(sql`insert into group_members (group_id, user_id)
        select ${groups[0].id}, id from users where id >= ${firstId} and id % 25 <> 0`);
      await tx.execute(sql`insert into user_service_links (user_id, service_id)
        select id, (${arr(services.map((x) => x.id))})[1 + id % ${services.length}] from users where id >= ${firstId}`);
    }

    // Mailboxes: examples of the company's external mail server (passwords encrypted at rest). The
    // `.example` domain is reserved and never resolves: SAC is active and its test fails until an
    // admin points it at a real server (the demo's e-mail fault); Financeiro waits, disabled.
    const mbx = await tx
      .insert(t.mailboxes)
      .values([
        {
          name: 'SAC',
          address: `sac@${DEMO_MAIL_DOMAIN}`,
          imapHost: `imap.${DEMO_MAIL_DOMAIN}`,
          imapUser: `sac@${DEMO_MAIL_DOMAIN}`,
          imapPasswordEnc: encryptSecret('demo-imap-password'),
          smtpHost: `smtp.${DEMO_MAIL_DOMAIN}`,
          smtpUser: `sac@${DEMO_MAIL_DOMAIN}`,
          smtpPasswordEnc: encryptSecret('demo-smtp-password'),
          responderTeamId: teams[0].id,
          responderGroupId: groups[0].id,
          example: true,
        },
        {
          name: 'Financeiro',
          address: `financeiro@${DEMO_MAIL_DOMAIN}`,
          imapHost: `imap.${DEMO_MAIL_DOMAIN}`,
          imapUser: `financeiro@${DEMO_MAIL_DOMAIN}`,
          imapPasswordEnc: encryptSecret('demo-imap-password-2'),
          smtpHost: `smtp.${DEMO_MAIL_DOMAIN}`,
          smtpUser: `financeiro@${DEMO_MAIL_DOMAIN}`,
          smtpPasswordEnc: encryptSecret('demo-smtp-password-2'),
          responderTeamId: teams[2].id,
          responderGroupId: groups[0].id,
          active: false,
          example: true,
        },
      ])
      .returning();
    await tx.insert(t.mailboxRules).values([
      {
        mailboxId: mbx[0].id,
        name: 'Boletos para o Financeiro',
        position: 1,
        condition: { field: 'subject', operator: 'contains', value: 'boleto' },
        action: { type: 'assign-team', target: teams[2].id },
      },
      // The demo's mailbox-rule fault: switched off, so complaints stay in the SAC queue.
      {
        mailboxId: mbx[0].id,
        name: 'Reclamações para Ouvidoria',
        position: 2,
        enabled: false,
        condition: { field: 'subject', operator: 'contains', value: 'reclamação' },
        action: { type: 'assign-team', target: teams[3].id },
      },
      {
        mailboxId: mbx[0].id,
        name: 'Segunda via para o Financeiro',
        position: 3,
        condition: { field: 'subject', operator: 'contains', value: 'segunda via' },
        action: { type: 'assign-team', target: teams[2].id },
      },
      {
        mailboxId: mbx[1].id,
        name: 'Notas fiscais',
        position: 1,
        condition: { field: 'subject', operator: 'matches', value: '^NF-?\\d+' },
        action: { type: 'assign-group', target: groups[0].id },
      },
    ]);
    await tx.insert(t.blockedSenders).values([
      { mailboxId: mbx[0].id, pattern: '@spam-exemplo.com' },
      { mailboxId: mbx[0].id, pattern: 'nao-responda@marketing-exemplo.com' },
    ]);

    // Schedule grids, holidays (this year and next), queues.
    const grids = await tx
      .insert(t.scheduleGrids)
      .values(demoGrids.map((g) => ({ name: g.name })))
      .returning();
    await tx
      .insert(t.gridIntervals)
      .values(demoGrids.flatMap((g, gi) => g.intervals.map(([weekday, startsAt, endsAt]) => ({ gridId: grids[gi].id, weekday, startsAt, endsAt }))));
    const hol = await tx
      .insert(t.holidays)
      .values([year, year + 1].flatMap((y) => demoHolidays.map(([md, name]) => ({ name, date: `${y}-${md}` }))))
      .returning();
    const grid = (name: string) => grids.find((g) => g.name === name)!;
    await tx.insert(t.gridHolidays).values(gridsClosedOnHolidays.flatMap((name) => hol.map((h) => ({ gridId: grid(name).id, holidayId: h.id }))));
    // The demo's queue fault: a municipal holiday today and tomorrow (organization's calendar) on the Ouvidoria grid.
    const today = DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE }).startOf('day');
    const municipal = await tx
      .insert(t.holidays)
      .values(demoMunicipalHoliday.names.map((name, i) => ({ name, date: today.plus({ days: i }).toISODate()! })))
      .returning();
    await tx.insert(t.gridHolidays).values(municipal.map((h) => ({ gridId: grid(demoMunicipalHoliday.grid).id, holidayId: h.id })));
    const allDay = grid('Atendimento 24 horas').id;
    const queues = await tx
      .insert(t.chatQueues)
      .values([
        { name: 'Suporte Chat', serviceId: services[1].id, gridId: allDay, attachmentsEnabled: true, allowedExtensions: ['pdf', 'png', 'jpg', 'jpeg'] },
        { name: 'Vendas Chat', serviceId: services[4].id, gridId: allDay },
        { name: 'Financeiro Chat', serviceId: services[2].id, gridId: allDay, attachmentsEnabled: true, allowedExtensions: ['pdf'] },
        { name: 'Atendimento Geral Chat', serviceId: services[0].id, gridId: allDay },
        { name: 'Ouvidoria Chat', serviceId: services[3].id, gridId: grid(demoMunicipalHoliday.grid).id },
      ])
      .returning();
    await tx.insert(t.queueTeams).values([
      { queueId: queues[0].id, teamId: teams[1].id },
      { queueId: queues[1].id, teamId: teams[1].id },
      { queueId: queues[2].id, teamId: teams[2].id },
      { queueId: queues[3].id, teamId: teams[1].id },
      { queueId: queues[4].id, teamId: teams[3].id },
    ]);

    // Attendances: 40 % queued, 35 % in attendance (5 % of all: in attendance but already expired,
    // one per block of 20, rotating so every service has some), 25 % finished.
    if (size.attendances > 0) {
      await tx.execute(sql`
        with agents as (
          select l.service_id, l.user_id, row_number() over (partition by l.service_id order by l.user_id) as rn
          from user_service_links l join users u on u.id = l.user_id where u.active),
        agent_counts as (select service_id, count(*) as cnt from agents group by service_id),
        first_queue as (select distinct on (service_id) service_id, id from chat_queues order by service_id, id),
        src as (
          select i, (${arr(services.map((x) => x.id))})[1 + i % ${services.length}] as service_id,
                 case when i % 20 < 8 then 'queued' when i % 20 < 15 then 'in_attendance' else 'finished' end as status,
                 ${nowIso}::timestamptz - make_interval(mins => (i % 4320)) as created_at
          from generate_series(1, ${size.attendances}::int) as i)
        insert into attendances (protocol, channel, service_id, queue_id, status, agent_id, customer_name, created_at, started_at, finished_at, expires_at, tabulation_id)
        select to_char(${nowIso}::timestamptz, 'YYYY') || lpad(src.i::text, 10, '0'),
               (array['chat','email','whatsapp','phone'])[1 + src.i % 4],
               src.service_id,
               fq.id,
               src.status,
               case when src.status <> 'queued' then a.user_id end,
               f.n || ' ' || s.n,
               src.created_at,
               case when src.status <> 'queued' then src.created_at + interval '3 minutes' end,
               case when src.status = 'finished' then src.created_at + interval '25 minutes' end,
               case when src.status = 'in_attendance' and src.i % 20 = 8 + (src.i / 20) % 7 then ${nowIso}::timestamptz - interval '1 hour'
                    else src.created_at + interval '3 days' end,
               case when src.status = 'finished' then (${arr(tabs.filter((x) => x.code !== 'batch-finalized').map((x) => x.id))})[1 + src.i % 4] end
        from src
        left join first_queue fq on fq.service_id = src.service_id
        left join agent_counts c on c.service_id = src.service_id
        -- An equality join on (service, rank): each attendance picks one agent of its service.
        left join agents a on a.service_id = src.service_id and a.rn = 1 + src.i % c.cnt
        cross join lateral (select (${arr(firstNames)})[1 + (src.i * 7) % ${firstNames.length}] as n) f
        cross join lateral (select (${arr(surnames)})[1 + (src.i * 11) % ${surnames.length}] as n) s`);
      await tx.execute(sql`insert into interaction_events (attendance_id, type, at) select id, 'created', created_at from attendances`);
      await tx.execute(sql`insert into interaction_events (attendance_id, type, at, by_user_id, tabulation_id)
        select id, 'finished', finished_at, agent_id, tabulation_id from attendances where status = 'finished'`);
    }

    // Task scheduler: external services that report heartbeats. The demo has no Omni behind it, so
    // it reports the heartbeats of the simulated ones itself (src/demo/simulated-heartbeats.ts) until
    // an admin issues a real token. The e-mail sender is the demo's scheduler fault: stopped 40
    // minutes ago on an SMTP error, and nothing reports for it.
    const ago = (s: number) => new Date(now.getTime() - s * 1000);
    await tx.insert(t.scheduledTasks).values([
      { name: 'Omni - Chat Distributor', intervalSec: 5, lastRunAt: ago(3), demoSimulated: true },
      { name: 'Omni - Leitor de E-mail', intervalSec: 180, lastRunAt: ago(60), demoSimulated: true },
      {
        name: 'Omni - Envio de E-mail',
        intervalSec: 180,
        lastRunAt: ago(2400),
        lastError: 'SMTP 535 5.7.8 Authentication credentials invalid',
        lastErrorAt: ago(2400),
      },
      { name: 'Omni - Relatórios Agendados', intervalSec: 3600, lastRunAt: ago(1200), demoSimulated: true },
    ]);

    // Alerts: one example contact and one example rule, so the alerts screen never opens empty. The
    // contact is disabled (its `.example` address never resolves) until an admin sets ALERT_SMTP_URL
    // (or a mailbox), changes the address and enables it; the rule watches the task scheduler, whose
    // e-mail sender is the demo's stopped task.
    const [alertContact] = await tx
      .insert(t.alertContacts)
      .values({
        name: 'Plantão TI (exemplo)',
        kind: 'email',
        targetEnc: encryptSecret(`alertas@${DEMO_MAIL_DOMAIN}`),
        targetHint: targetHint('email', `alertas@${DEMO_MAIL_DOMAIN}`),
        lang: 'pt-BR',
        enabled: false,
        createdBy: admin.id,
      })
      .returning();
    await tx.insert(t.alertRules).values({
      name: 'Tarefa agendada parada',
      checkId: 'scheduler-status',
      record: { mode: 'own' },
      minStatus: 'fail',
      pendingRuns: 2,
      recoverRuns: 2,
      repeatMinutes: 60,
      maxRepeats: 3,
      contactId: alertContact.id,
      createdBy: admin.id,
    });

    // Surveys and campaigns: two in force; the quarterly NPS is past its dates (the demo's survey fault).
    const day = (offset: number) => isoDay(new Date(now.getTime() + offset * 86_400_000));
    const sv = await tx
      .insert(t.surveys)
      .values([
        { name: 'Pesquisa de satisfação (CSAT)', startsOn: day(-30), endsOn: day(60), published: true },
        { name: 'NPS trimestral', startsOn: day(-120), endsOn: day(-10), published: true },
        { name: 'Pesquisa pós-venda', startsOn: day(-5), endsOn: day(30), published: true },
      ])
      .returning();
    await tx.insert(t.campaigns).values([
      { name: 'Campanha CSAT contínua', surveyId: sv[0].id, startsOn: day(-30), endsOn: day(90) },
      { name: 'Campanha NPS', surveyId: sv[1].id, startsOn: day(-120), endsOn: day(-10) },
      { name: 'Campanha pós-venda', surveyId: sv[2].id, startsOn: day(-5), endsOn: day(30) },
    ]);

    // Occurrence reasons (a tree) and follow-up events.
    const [root] = await tx.insert(t.occurrenceReasons).values({ name: 'Reclamação' }).returning();
    const children = await tx
      .insert(t.occurrenceReasons)
      .values([
        { name: 'Cobrança indevida', parentId: root.id },
        { name: 'Atraso na entrega', parentId: root.id },
        { name: 'Atendimento ruim', parentId: root.id },
      ])
      .returning();
    await tx.insert(t.followupEvents).values([
      { reasonId: children[0].id, name: 'Analisar cobrança', automatic: true, recipientTeamId: teams[2].id, deadlineHours: 48 },
      { reasonId: children[1].id, name: 'Contatar transportadora', automatic: false, recipientTeamId: teams[0].id },
      { reasonId: children[2].id, name: 'Retorno da Ouvidoria', automatic: true, recipientTeamId: teams[3].id },
    ]);

    // Documents.
    const docs = await tx
      .insert(t.documents)
      .values([
        { name: 'Política de trocas e devoluções', modules: ['email', 'chat', 'occurrences'] },
        { name: 'Tabela de preços 2026', modules: ['chat'] },
        { name: 'Roteiro de cobrança (antigo)', active: false, modules: ['email'] },
        { name: 'Manual interno do SAC', modules: [] },
      ])
      .returning();
    await tx.insert(t.documentTeams).values([
      { documentId: docs[0].id, teamId: teams[0].id },
      { documentId: docs[0].id, teamId: teams[1].id },
      { documentId: docs[1].id, teamId: teams[1].id },
      { documentId: docs[2].id, teamId: teams[2].id },
      { documentId: docs[3].id, teamId: teams[0].id },
    ]);
  });
  // The two example escalations (one open, one resolved as a gap in its article).
  await seedDemoEscalations(db, now);
  // Statistics for the planner now, not when autovacuum gets round to it: until then the tables
  // just filled in bulk look empty to it, and the first queries (a mass closure, a report) may
  // run on plans made for a few rows.
  await db.execute(sql`analyze users, user_service_links, team_members, group_members, attendances, interaction_events`);
}
