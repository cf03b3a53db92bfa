import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../db/rows';
import type { CheckDefinition, Finding } from './types';

/** How many idle users the result lists by name. */
const LISTED = 20;
const IDLE_DAYS = 30;
/** Idle users are counted up to this many ("more than 500" past it), so the count stays fast at any size. */
const IDLE_CAP = 500;
const fix = { article: 'licenses/no-licenses-available', anchor: { 'pt-BR': 'passo-a-passo', en: 'steps' } };

const fmt = (n: number, lang: 'pt-BR' | 'en') => n.toLocaleString(lang);

/**
 * License count: contracted seats vs consumed ones (active users in at least one group). Warns from
 * 90 % use, fails past the limit, and lists users with no sign-in for 30 days as candidates to
 * deactivate.
 */
export const licenseCountCheck: CheckDefinition<z.ZodObject<{}>> = {
  id: 'license-count',
  title: { 'pt-BR': 'Contagem de licenças', en: 'License count' },
  description: {
    'pt-BR': 'Compara as licenças contratadas com as consumidas (usuários ativos em ao menos um grupo), alerta a partir de 90 % de uso, falha quando o limite é ultrapassado e lista quem não entra há 30 dias.',
    en: 'Compares contracted licenses with consumed ones (active users in at least one group), warns from 90 % use, fails when the limit is exceeded, and lists users with no sign-in for 30 days.',
  },
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
    const idleText = (lang: 'pt-BR' | 'en') => (capped ? (lang === 'en' ? `more than ${fmt(IDLE_CAP, lang)}` : `mais de ${fmt(IDLE_CAP, lang)}`) : fmt(idle, lang));
    const pct = contracted > 0 ? (consumed / contracted) * 100 : consumed > 0 ? Infinity : 0;
    const status = consumed > contracted ? 'fail' : pct >= 90 ? 'warn' : 'ok';
    const pctText = Number.isFinite(pct) ? `${Math.round(pct)} %` : '—';
    const findings: Finding[] = [];
    if (status !== 'ok') {
      findings.push({
        status,
        message:
          status === 'fail'
            ? {
                'pt-BR': `Limite ultrapassado: ${fmt(consumed, 'pt-BR')} licenças em uso para ${fmt(contracted, 'pt-BR')} contratadas (${fmt(consumed - contracted, 'pt-BR')} a mais). Desative quem saiu da operação ou amplie o contrato.`,
                en: `Limit exceeded: ${fmt(consumed, 'en')} licenses in use for ${fmt(contracted, 'en')} contracted (${fmt(consumed - contracted, 'en')} over). Deactivate people who left or extend the contract.`,
              }
            : {
                'pt-BR': `${pctText} das licenças em uso (${fmt(consumed, 'pt-BR')} de ${fmt(contracted, 'pt-BR')}): restam ${fmt(contracted - consumed, 'pt-BR')}.`,
                en: `${pctText} of licenses in use (${fmt(consumed, 'en')} of ${fmt(contracted, 'en')}): ${fmt(contracted - consumed, 'en')} left.`,
              },
        fix,
      });
    }
    if (idle > 0) {
      findings.push({
        status: 'warn',
        message: {
          'pt-BR': `${idleText('pt-BR')} usuário(s) ativo(s) em grupos sem entrar há ${IDLE_DAYS} dias: candidatos a desativar${idle > LISTED ? ` (os ${LISTED} mais antigos abaixo)` : ''}.`,
          en: `${idleText('en')} active user(s) in groups with no sign-in for ${IDLE_DAYS} days: candidates to deactivate${idle > LISTED ? ` (the ${LISTED} oldest below)` : ''}.`,
        },
        fix,
      });
      for (const u of idleUsers) {
        const day = u.last ? u.last.slice(0, 10) : null;
        findings.push({
          status: 'warn',
          message: {
            'pt-BR': day ? `Último acesso em ${day.split('-').reverse().join('/')}.` : 'Nunca entrou.',
            en: day ? `Last sign-in on ${day}.` : 'Never signed in.',
          },
          record: { kind: 'user', id: u.id, label: `${u.name} <${u.email}>` },
          fix,
        });
      }
    }
    return {
      status,
      summary: {
        'pt-BR': `${fmt(consumed, 'pt-BR')} de ${fmt(contracted, 'pt-BR')} licenças em uso (${pctText.replace('.', ',')}); ${idleText('pt-BR')} sem acesso há ${IDLE_DAYS} dias.`,
        en: `${fmt(consumed, 'en')} of ${fmt(contracted, 'en')} licenses in use (${pctText}); ${idleText('en')} with no sign-in for ${IDLE_DAYS} days.`,
      },
      findings,
    };
  },
};
