import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '@/db/rows';
import { licenseCountStrings as text } from '@/i18n/check-license-count';
import { formatDay } from '@/i18n/format-moment';
import { perLang } from '@/i18n/localized';
import type { Lang } from '@/i18n/ui';
import type { CheckDefinition, Finding } from '../types';

/** How many idle users the result lists by name. */
const LISTED = 20;
const IDLE_DAYS = 30;
/** Idle users are counted up to this many ("more than 500" past it), so the count stays fast at any size. */
const IDLE_CAP = 500;
const fix = { article: 'licenses/no-licenses-available', anchor: text.l('anchor.steps') };

const fmt = (n: number, lang: Lang) => n.toLocaleString(lang);

/**
 * License count: contracted seats vs consumed ones (active users in at least one group). Warns from
 * 90 % use, fails past the limit, and lists users with no sign-in for 30 days as candidates to
 * deactivate.
 */
export const licenseCountCheck: CheckDefinition<z.ZodObject<{}>> = {
  id: 'license-count',
  title: text.l('title'),
  description: text.l('description'),
  input: z.object({}),
  fields: [],
  permission: 'admin:checks',
  timeLimitMs: 10_000,
  async run({ db, now }) {
    const cutoff = new Date(now.getTime() - IDLE_DAYS * 86_400_000).toISOString();
    // Consumption is one row kept in step by triggers (migration 0003); idle users come from the
    // partial index on (last_login_at) of active users. Counts and the list are read side by side.
    const consumer = sql`exists (select 1 from license_consumers c where c.user_id = u.id)`;
    const [[counts], idleUsers] = await Promise.all([
      queryRows<{ contracted: number; consumed: number; idle: number }>(
        db,
        sql`select (select contracted_seats from organization where id = 1)::int as contracted,
                   coalesce((select consumed from license_usage where id = 1), 0)::int as consumed,
                   (select count(*) from (
                      (select 1 from users u where u.active and u.last_login_at is null and ${consumer} limit ${IDLE_CAP + 1})
                      union all
                      (select 1 from users u where u.active and u.last_login_at < ${cutoff}::timestamptz and ${consumer} limit ${IDLE_CAP + 1})
                   ) s)::int as idle`,
      ),
      queryRows<{ id: number; name: string; email: string; last: string | null }>(
        db,
        sql`select id, name, email, last from (
              (select u.id, u.name, u.email, null::text as last, 0 as k from users u
                where u.active and u.last_login_at is null and ${consumer} limit ${LISTED})
              union all
              (select u.id, u.name, u.email, u.last_login_at::text, 1 from users u
                where u.active and u.last_login_at < ${cutoff}::timestamptz and ${consumer}
                order by u.last_login_at asc nulls first limit ${LISTED})
            ) s order by k, last, id limit ${LISTED}`,
      ),
    ]);
    const contracted = counts?.contracted ?? 0;
    const consumed = counts?.consumed ?? 0;
    const idleExact = counts?.idle ?? 0;
    const capped = idleExact > IDLE_CAP;
    const idle = Math.min(idleExact, IDLE_CAP);
    const idleText = (lang: Lang) => (capped ? text.t(lang, 'moreThan', { n: fmt(IDLE_CAP, lang) }) : fmt(idle, lang));
    const pct = contracted > 0 ? (consumed / contracted) * 100 : consumed > 0 ? Infinity : 0;
    const status = consumed > contracted ? 'fail' : pct >= 90 ? 'warn' : 'ok';
    const pctText = (lang: Lang) => (Number.isFinite(pct) ? `${fmt(Math.round(pct), lang)} %` : '—');
    const findings: Finding[] = [];
    if (status !== 'ok') {
      findings.push({
        status,
        message: perLang((lang) =>
          status === 'fail'
            ? text.t(lang, 'exceeded', { consumed: fmt(consumed, lang), contracted: fmt(contracted, lang), over: fmt(consumed - contracted, lang) })
            : text.t(lang, 'nearLimit', {
                pct: pctText(lang),
                consumed: fmt(consumed, lang),
                contracted: fmt(contracted, lang),
                left: fmt(contracted - consumed, lang),
              }),
        ),
        fix,
      });
    }
    if (idle > 0) {
      findings.push({
        status: 'warn',
        message: perLang((lang) => text.t(lang, idle > LISTED ? 'idleListed' : 'idle', { idle: idleText(lang), days: IDLE_DAYS, listed: LISTED })),
        fix,
      });
      for (const u of idleUsers) {
        const day = u.last ? u.last.slice(0, 10) : null;
        findings.push({
          status: 'warn',
          message: day ? perLang((lang) => text.t(lang, 'lastSignIn', { day: formatDay(day, lang) })) : text.l('neverSignedIn'),
          record: { kind: 'user', id: u.id, label: `${u.name} <${u.email}>` },
          fix,
        });
      }
    }
    return {
      status,
      summary: perLang((lang) =>
        text.t(lang, 'summary', {
          consumed: fmt(consumed, lang),
          contracted: fmt(contracted, lang),
          pct: pctText(lang),
          idle: idleText(lang),
          days: IDLE_DAYS,
        }),
      ),
      findings,
    };
  },
};
