import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { followupEvents, teams, users } from '@/db/schema';
import { queryRows } from '@/db/rows';
import { effectivePermissions } from '@/auth/session';
import type { CheckContext, CheckDefinition, Finding } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { worstStatus } from '../lib/localized';
import { followupAutomationStrings } from '@/i18n/check-followup-automation';
import { perLang } from '@/i18n/localized';

const text = followupAutomationStrings;

const input = z.object({
  /** The occurrence reason whose follow-up automation to check (id). Required. */
  reasonId: recordId('reason'),
});

/** Follow-up recipients of a team are counted up to this many. */
const RECIPIENT_CAP = 100;

const fix = { article: articles.followupNotGenerated };

/** Does an occurrence reason generate its follow-up by itself, to a recipient that can receive it. */
export const followupAutomationCheck: CheckDefinition<typeof input> = {
  id: 'followup-automation',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [{ name: 'reasonId', kind: 'occurrence-reason', label: text.l('field.reason') }],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { reasonId }) {
    // The reason's full path, root first, as the article asks people to write it down.
    const path = await queryRows<{ id: number; name: string; depth: number }>(
      ctx.db,
      sql`
      with recursive up as (
        select id, parent_id, name, 0 as depth from occurrence_reasons where id = ${reasonId}
        union all select r.id, r.parent_id, r.name, up.depth + 1 from occurrence_reasons r join up on r.id = up.parent_id where up.depth < 20)
      select id, name, depth from up order by depth desc`,
    );
    if (!path.length) throw notFound(text.l('field.reason'), reasonId);
    const label = path.map((p) => p.name).join(' > ');
    const events = await ctx.db
      .select({
        id: followupEvents.id,
        name: followupEvents.name,
        automatic: followupEvents.automatic,
        teamId: followupEvents.recipientTeamId,
        teamName: teams.name,
        userId: followupEvents.recipientUserId,
        userName: users.name,
        userActive: users.active,
      })
      .from(followupEvents)
      .leftJoin(teams, eq(teams.id, followupEvents.recipientTeamId))
      .leftJoin(users, eq(users.id, followupEvents.recipientUserId))
      .where(eq(followupEvents.reasonId, reasonId))
      .orderBy(asc(followupEvents.id));

    const findings: Finding[] = [];
    if (!events.length) {
      findings.push({ status: 'fail', message: text.l('noEvent', { label }), record: { kind: 'occurrence-reason', id: reasonId, label }, fix });
    }
    for (const e of events) findings.push(...(await eventFindings(ctx, e)));

    const status = worstStatus(findings);
    const verdict = status === 'fail' ? text.l('verdict.broken') : text.l('verdict.works');
    return { status, summary: perLang((lang) => text.t(lang, 'summary', { label, verdict: verdict[lang] })), findings };
  },
};

type EventRow = {
  id: number;
  name: string;
  automatic: boolean;
  teamId: number | null;
  teamName: string | null;
  userId: number | null;
  userName: string | null;
  userActive: boolean | null;
};

async function eventFindings(ctx: CheckContext, e: EventRow): Promise<Finding[]> {
  const record = { kind: 'followup-event', id: e.id, label: e.name };
  const out: Finding[] = [
    e.automatic
      ? { status: 'ok', message: text.l('eventAutomatic', { event: e.name }), record }
      : { status: 'fail', message: text.l('eventManual', { event: e.name }), record, fix },
  ];
  if (e.teamId === null && e.userId === null) {
    out.push({ status: 'fail', message: text.l('noRecipient', { event: e.name }), record, fix });
  }
  if (e.teamId !== null) {
    const [{ n }] = await queryRows<{ n: number }>(
      ctx.db,
      sql`
      select count(*)::int as n from (select 1 from team_members m join users u on u.id = m.user_id
        where m.team_id = ${e.teamId} and m.followup_recipient and u.active limit ${RECIPIENT_CAP}) r`,
    );
    const shown = n >= RECIPIENT_CAP ? `${RECIPIENT_CAP}+` : String(n);
    const team = { kind: 'team', id: e.teamId, label: e.teamName ?? `#${e.teamId}` };
    out.push(
      n
        ? { status: 'ok', message: text.l(n === 1 ? 'teamRecipients.one' : 'teamRecipients.other', { team: team.label, count: shown }), record: team }
        : {
            status: 'fail',
            message: text.l('teamNobody', { team: team.label }),
            record: team,
            fix: { article: articles.followupPermissions },
          },
    );
  }
  if (e.userId !== null) {
    const user = { kind: 'user', id: e.userId, label: e.userName ?? `#${e.userId}` };
    if (!e.userActive) {
      out.push({ status: 'fail', message: text.l('userInactive', { user: user.label }), record: user, fix: { article: articles.followupPermissions } });
    } else {
      const sees = (await effectivePermissions(ctx.db, e.userId)).some((p) => p.startsWith('module:followups:'));
      out.push(
        sees
          ? { status: 'ok', message: text.l('userReady', { user: user.label }), record: user }
          : {
              status: 'warn',
              message: text.l('userLacksModule', { user: user.label }),
              record: user,
              fix: { article: articles.followupPermissions },
            },
      );
    }
  }
  return out;
}
