import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { blockedSenders, mailboxes, mailboxRules, teams, userGroups } from '@/db/schema';
import type { CheckDefinition, Finding, Localized } from '../types';
import { articles } from '../lib/articles';
import { notFound } from '../lib/errors';
import { recordId } from '../lib/id-input';
import { worstStatus } from '../lib/localized';
import { badFields, regexError, ruleAction, ruleCondition, type RuleAction } from '../lib/mailbox-rule-shape';
import { mailboxRulesStrings } from '@/i18n/check-mailbox-rules';
import { perLang, sameInBoth } from '@/i18n/localized';

const text = mailboxRulesStrings;

const input = z.object({
  /** The mailbox whose rules to go through (id). Required. */
  mailboxId: recordId('mailbox'),
});

const fix = { article: articles.emailRule, anchor: text.l('anchor.ruleParameters') };

/** Every rule of a mailbox: enabled, well formed, pointing at a team, group or folder that exists; blocked senders listed. */
export const mailboxRulesCheck: CheckDefinition<typeof input> = {
  id: 'mailbox-rules',
  title: text.l('title'),
  description: text.l('description'),
  input,
  fields: [{ name: 'mailboxId', kind: 'mailbox', label: text.l('field.mailbox') }],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { mailboxId }) {
    const [mailbox] = await ctx.db
      .select({ id: mailboxes.id, name: mailboxes.name, folder: mailboxes.folder })
      .from(mailboxes)
      .where(eq(mailboxes.id, mailboxId));
    if (!mailbox) throw notFound(text.l('field.mailbox'), mailboxId);
    const [rules, blocked] = await Promise.all([
      ctx.db.select().from(mailboxRules).where(eq(mailboxRules.mailboxId, mailboxId)).orderBy(asc(mailboxRules.position), asc(mailboxRules.id)),
      ctx.db
        .select({ id: blockedSenders.id, pattern: blockedSenders.pattern })
        .from(blockedSenders)
        .where(eq(blockedSenders.mailboxId, mailboxId))
        .orderBy(asc(blockedSenders.pattern)),
    ]);
    const actions = rules.map((r) => ruleAction.safeParse(r.action));
    const ids = (type: RuleAction['type']) => actions.flatMap((a) => (a.success && a.data.type === type ? [a.data.target as number] : []));
    const [teamRows, groupRows] = await Promise.all([
      ids('assign-team').length
        ? ctx.db
            .select({ id: teams.id, name: teams.name })
            .from(teams)
            .where(inArray(teams.id, ids('assign-team')))
        : [],
      ids('assign-group').length
        ? ctx.db
            .select({ id: userGroups.id, name: userGroups.name })
            .from(userGroups)
            .where(inArray(userGroups.id, ids('assign-group')))
        : [],
    ]);
    const names = { 'assign-team': new Map(teamRows.map((r) => [r.id, r.name])), 'assign-group': new Map(groupRows.map((r) => [r.id, r.name])) };

    const findings: Finding[] = [];
    if (!rules.length) findings.push({ status: 'ok', message: text.l('noRules'), record: { kind: 'mailbox', id: mailbox.id, label: mailbox.name } });
    rules.forEach((rule, i) => {
      const record = { kind: 'mailbox-rule', id: rule.id, label: rule.name };
      const problems: { status: 'warn' | 'fail'; text: Localized }[] = [];
      if (!rule.enabled) problems.push({ status: 'warn', text: text.l('problem.disabled') });
      const cond = ruleCondition.safeParse(rule.condition);
      if (!cond.success) problems.push({ status: 'fail', text: text.l('problem.condition', { fields: badFields(cond.error) }) });
      else if (cond.data.operator === 'matches') {
        const err = regexError(cond.data.value);
        if (err) problems.push({ status: 'fail', text: text.l('problem.regex', { pattern: cond.data.value }) });
      }
      const act = actions[i];
      let target = sameInBoth('');
      if (!act.success) problems.push({ status: 'fail', text: text.l('problem.action', { fields: badFields(act.error) }) });
      else if (act.data.type === 'move-folder') {
        const folder = act.data.target;
        target = text.l('target.folder', { folder });
        // INBOX exists on every IMAP server (RFC 3501); any other folder lives only on the mail server.
        if (folder.toUpperCase() !== 'INBOX') {
          problems.push({
            status: 'warn',
            text: text.l('problem.folderUnconfirmed', { folder, mailbox: mailbox.name }),
          });
        }
      } else {
        const name = names[act.data.type].get(act.data.target);
        const kind = act.data.type === 'assign-team' ? text.l('kind.team') : text.l('kind.group');
        if (name) target = perLang((lang) => text.t(lang, 'target.assign', { kind: kind[lang], name }));
        else problems.push({ status: 'fail', text: perLang((lang) => text.t(lang, 'problem.targetGone', { kind: kind[lang], target: act.data.target })) });
      }
      const who = text.l('rule', { name: rule.name, position: rule.position });
      if (!problems.length)
        findings.push({ status: 'ok', message: perLang((lang) => text.t(lang, 'ruleOk', { who: who[lang], target: target[lang] })), record });
      for (const p of problems)
        findings.push({ status: p.status, message: perLang((lang) => text.t(lang, 'ruleProblem', { who: who[lang], problem: p.text[lang] })), record, fix });
    });
    for (const b of blocked) {
      findings.push({
        status: 'ok',
        message: text.l('blockedSender', { pattern: b.pattern }),
        record: { kind: 'blocked-sender', id: b.id, label: b.pattern },
        fix,
      });
    }

    const status = worstStatus(findings);
    const bad = new Set(findings.filter((f) => f.status !== 'ok' && f.record?.kind === 'mailbox-rule').map((f) => f.record!.id)).size;
    return {
      status,
      summary: text.l('summary', { mailbox: mailbox.name, rules: rules.length, bad, blocked: blocked.length }),
      findings,
    };
  },
};
