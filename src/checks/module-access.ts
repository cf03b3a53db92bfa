import { z } from 'zod';
import { levels, type Level, type OmniModule } from '../auth/permissions';
import type { CheckDefinition, CheckStatus, Finding } from './types';
import { articles, type ArticlePath } from './lib/articles';
import { notFound } from './lib/errors';
import { recordId } from './lib/id-input';
import { inputMessage } from './lib/input-message';
import { loc, worstStatus } from './lib/localized';
import { moduleInput } from './lib/module-input';
import { levelChoices, levelLabels, levelList, moduleLabels } from './lib/module-labels';
import { describeSources, loadUserAccess, moduleGrantSources } from './lib/user-access';

const input = z.object({
  /** The user who gets 403 or does not see the module (id). Required. */
  userId: recordId('um usuário', 'a user'),
  /** The module (`report-builder`, `views`, `dashboard`, `queue-management`, `user-management`, …). Required. */
  module: moduleInput,
  /** The level the user needs; default: none, every level is reported and a missing one warns. */
  level: z
    .enum(levels, {
      error: inputMessage(
        `Escolha um nível: ${levelList['pt-BR']}.`,
        `Pick a level: ${levelList.en}.`,
      ),
    })
    .optional(),
});

/** The article that explains how each module's access is granted. */
const articleFor: Partial<Record<OmniModule, ArticlePath>> = {
  'report-builder': articles.reportBuilderAccess,
  views: articles.reportBuilderAccess,
  dashboard: articles.managerialAccess,
  'queue-management': articles.managerialAccess,
  'user-management': articles.managerialAccess,
  occurrences: articles.followupPermissions,
  followups: articles.followupPermissions,
  email: articles.mailboxAccess,
  chat: articles.noChats,
  documents: articles.documentUnavailable,
};

/** Which levels of a module a user holds, where each comes from, and which are missing. */
export const moduleAccessCheck: CheckDefinition<typeof input> = {
  id: 'module-access',
  title: loc('Acesso a um módulo', 'Access to a module'),
  description: loc(
    'Para um usuário e um módulo (Report Builder, visões, dashboard, gestão de filas, gestão de usuários…): quais níveis ele tem, de onde vem cada um e quais faltam.',
    'For a user and a module (Report Builder, views, dashboard, queue management, user management…): which levels they hold, where each comes from, and which are missing.',
  ),
  input,
  fields: [
    { name: 'userId', kind: 'user', label: loc('Usuário', 'User') },
    { name: 'module', kind: 'module', label: loc('Módulo', 'Module') },
    { name: 'level', kind: 'choice', label: loc('Nível necessário', 'Level needed'), optional: true, options: levelChoices, emptyLabel: loc('Todos os níveis', 'Every level') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { userId, module, level }) {
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(loc('Usuário', 'User'), userId);
    const grants = await moduleGrantSources(ctx.db, userId, module);
    const m = moduleLabels[module];
    const fix = { article: articleFor[module] ?? articles.profilesAndPermissions };
    const record = { kind: 'user', id: user.id, label: `${user.name} <${user.email}>` };
    const teamNames = user.teams.map((t) => t.name).join(', ');
    const groupNames = user.groups.map((g) => g.name).join(', ');
    const where = loc(
      `no perfil ${user.profile}${teamNames ? `, num time (${teamNames})` : ''}${groupNames ? ` ou num grupo (${groupNames})` : ''}`,
      `in profile ${user.profile}${teamNames ? `, a team (${teamNames})` : ''}${groupNames ? ` or a group (${groupNames})` : ''}`,
    );
    const findings: Finding[] = [];
    if (!user.active) findings.push({ status: 'fail', message: loc('O usuário está inativo: nenhuma permissão vale.', 'The user is inactive: no permission applies.'), record, fix });

    const missingStatus = (l: Level): CheckStatus => (level ? (l === level ? 'fail' : 'ok') : grants.size ? 'warn' : 'fail');
    for (const l of levels) {
      const sources = grants.get(l);
      const lv = levelLabels[l];
      if (sources) {
        const from = describeSources(sources);
        findings.push({ status: 'ok', message: loc(`${m['pt-BR']} / ${lv['pt-BR']}: concedido por ${from['pt-BR']}.`, `${m.en} / ${lv.en}: granted by ${from.en}.`), record });
      } else {
        const status = missingStatus(l);
        findings.push({
          status,
          message: loc(`${m['pt-BR']} / ${lv['pt-BR']}: falta; conceda ${where['pt-BR']}.`, `${m.en} / ${lv.en}: missing; grant it ${where.en}.`),
          record,
          ...(status === 'ok' ? {} : { fix }),
        });
      }
    }

    const status = worstStatus(findings);
    const held = levels.filter((l) => grants.has(l));
    const heldText = held.length ? held.map((l) => levelLabels[l]) : [loc('nenhum nível', 'no level')];
    return {
      status,
      summary: loc(`${user.name} em ${m['pt-BR']}: ${heldText.map((x) => x['pt-BR']).join(', ')}.`, `${user.name} in ${m.en}: ${heldText.map((x) => x.en).join(', ')}.`),
      findings,
    };
  },
};
