import { z } from 'zod';
import { levels, type Level, type OmniModule } from '@/auth/permissions';
import type { CheckDefinition, CheckStatus, Finding } from '../types';
import { articles, type ArticlePath } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { inputMessage } from '@/server/input-message';
import { inputStrings } from '@/i18n/input-messages';
import { perLang } from '@/i18n/localized';
import { worstStatus } from '../lib/localized';
import { moduleInput } from '../lib/module-input';
import { levelChoices, levelLabels, levelList, moduleLabels } from '../lib/module-labels';
import { describeSources, loadUserAccess, moduleGrantSources } from '../lib/user-access';
import { moduleAccessStrings } from '@/i18n/check-module-access';

const text = moduleAccessStrings;

const input = z.object({
  /** The user who gets 403 or does not see the module (id). Required. */
  userId: recordId('user'),
  /** The module (`report-builder`, `views`, `dashboard`, `queue-management`, `user-management`, …). Required. */
  module: moduleInput,
  /** The level the user needs; default: none, every level is reported and a missing one warns. */
  level: z
    .enum(levels, {
      error: inputMessage(perLang((lang) => inputStrings.t(lang, 'pickLevel', { levels: levelList[lang] }))),
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
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [
    { name: 'userId', kind: 'user', label: text.l('field.user') },
    { name: 'module', kind: 'module', label: text.l('field.module') },
    { name: 'level', kind: 'choice', label: text.l('field.level'), optional: true, options: levelChoices, emptyLabel: text.l('field.everyLevel') },
  ],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { userId, module, level }) {
    const user = await loadUserAccess(ctx.db, userId);
    if (!user) throw notFound(text.l('field.user'), userId);
    const grants = await moduleGrantSources(ctx.db, userId, module);
    const m = moduleLabels[module];
    const fix = { article: articleFor[module] ?? articles.profilesAndPermissions };
    const record = { kind: 'user', id: user.id, label: `${user.name} <${user.email}>` };
    const teamNames = user.teams.map((t) => t.name).join(', ');
    const groupNames = user.groups.map((g) => g.name).join(', ');
    // "no perfil User, num time (A) ou num grupo (B)": the places that could grant the level.
    const where = perLang(
      (lang) =>
        text.t(lang, 'where.profile', { profile: user.profile }) +
        (teamNames ? text.t(lang, 'where.team', { teams: teamNames }) : '') +
        (groupNames ? text.t(lang, 'where.group', { groups: groupNames }) : ''),
    );
    const findings: Finding[] = [];
    if (!user.active) findings.push({ status: 'fail', message: text.l('userInactive'), record, fix });

    const missingStatus = (l: Level): CheckStatus => (level ? (l === level ? 'fail' : 'ok') : grants.size ? 'warn' : 'fail');
    for (const l of levels) {
      const sources = grants.get(l);
      const lv = levelLabels[l];
      if (sources) {
        const from = describeSources(sources);
        findings.push({ status: 'ok', message: perLang((lang) => text.t(lang, 'granted', { module: m[lang], level: lv[lang], from: from[lang] })), record });
      } else {
        const status = missingStatus(l);
        findings.push({
          status,
          message: perLang((lang) => text.t(lang, 'missing', { module: m[lang], level: lv[lang], where: where[lang] })),
          record,
          ...(status === 'ok' ? {} : { fix }),
        });
      }
    }

    const status = worstStatus(findings);
    const held = levels.filter((l) => grants.has(l));
    const heldText = held.length ? held.map((l) => levelLabels[l]) : [text.l('noLevel')];
    return {
      status,
      summary: perLang((lang) => text.t(lang, 'summary', { user: user.name, module: m[lang], levels: heldText.map((x) => x[lang]).join(', ') })),
      findings,
    };
  },
};
