import { asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { blockedSenders, mailboxes, mailboxRules, teams, userGroups } from '../db/schema';
import type { CheckDefinition, Finding, Localized } from './types';
import { articles } from './lib/articles';
import { notFound } from './lib/errors';
import { recordId } from './lib/id-input';
import { loc, worstStatus } from './lib/localized';
import { badFields, regexError, ruleAction, ruleCondition, type RuleAction } from './lib/mailbox-rule-shape';

const input = z.object({
  /** The mailbox whose rules to go through (id). Required. */
  mailboxId: recordId('uma caixa de e-mail', 'a mailbox'),
});

const fix = { article: articles.emailRule, anchor: loc('2-confira-os-parâmetros-da-regra', '2-check-the-rules-parameters') };

/** Every rule of a mailbox: enabled, well formed, pointing at a team, group or folder that exists; blocked senders listed. */
export const mailboxRulesCheck: CheckDefinition<typeof input> = {
  id: 'mailbox-rules',
  title: loc('Regras da caixa de e-mail', 'Mailbox rules'),
  description: loc(
    'Confere cada regra da caixa: ativa, bem formada e apontando para time, grupo ou pasta que existe; lista os remetentes bloqueados.',
    'Goes through every rule of the mailbox: enabled, well formed, and pointing at a team, group or folder that exists; lists the blocked senders.',
  ),
  input,
  fields: [{ name: 'mailboxId', kind: 'mailbox', label: loc('Caixa de e-mail', 'Mailbox') }],
  permission: 'admin:checks',
  timeLimitMs: 5_000,
  async run(ctx, { mailboxId }) {
    const [mailbox] = await ctx.db.select({ id: mailboxes.id, name: mailboxes.name, folder: mailboxes.folder }).from(mailboxes).where(eq(mailboxes.id, mailboxId));
    if (!mailbox) throw notFound(loc('Caixa de e-mail', 'Mailbox'), mailboxId);
    const [rules, blocked] = await Promise.all([
      ctx.db.select().from(mailboxRules).where(eq(mailboxRules.mailboxId, mailboxId)).orderBy(asc(mailboxRules.position), asc(mailboxRules.id)),
      ctx.db.select({ id: blockedSenders.id, pattern: blockedSenders.pattern }).from(blockedSenders).where(eq(blockedSenders.mailboxId, mailboxId)).orderBy(asc(blockedSenders.pattern)),
    ]);
    const actions = rules.map((r) => ruleAction.safeParse(r.action));
    const ids = (type: RuleAction['type']) => actions.flatMap((a) => (a.success && a.data.type === type ? [a.data.target as number] : []));
    const [teamRows, groupRows] = await Promise.all([
      ids('assign-team').length ? ctx.db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids('assign-team'))) : [],
      ids('assign-group').length ? ctx.db.select({ id: userGroups.id, name: userGroups.name }).from(userGroups).where(inArray(userGroups.id, ids('assign-group'))) : [],
    ]);
    const names = { 'assign-team': new Map(teamRows.map((r) => [r.id, r.name])), 'assign-group': new Map(groupRows.map((r) => [r.id, r.name])) };

    const findings: Finding[] = [];
    if (!rules.length) findings.push({ status: 'ok', message: loc('A caixa não tem regras.', 'The mailbox has no rules.'), record: { kind: 'mailbox', id: mailbox.id, label: mailbox.name } });
    rules.forEach((rule, i) => {
      const record = { kind: 'mailbox-rule', id: rule.id, label: rule.name };
      const problems: { status: 'warn' | 'fail'; text: Localized }[] = [];
      if (!rule.enabled) problems.push({ status: 'warn', text: loc('está desativada', 'is disabled') });
      const cond = ruleCondition.safeParse(rule.condition);
      if (!cond.success) problems.push({ status: 'fail', text: loc(`tem condição mal formada (${badFields(cond.error)})`, `has a malformed condition (${badFields(cond.error)})`) });
      else if (cond.data.operator === 'matches') {
        const err = regexError(cond.data.value);
        if (err) problems.push({ status: 'fail', text: loc(`tem expressão regular que não compila: ${cond.data.value}`, `has a regular expression that does not compile: ${cond.data.value}`) });
      }
      const act = actions[i];
      let target = loc('', '');
      if (!act.success) problems.push({ status: 'fail', text: loc(`tem ação mal formada (${badFields(act.error)})`, `has a malformed action (${badFields(act.error)})`) });
      else if (act.data.type === 'move-folder') {
        const folder = act.data.target;
        target = loc(`move para a pasta ${folder}`, `moves to folder ${folder}`);
        // INBOX exists on every IMAP server (RFC 3501); any other folder lives only on the mail server.
        if (folder.toUpperCase() !== 'INBOX') {
          problems.push({
            status: 'warn',
            text: loc(
              `move para a pasta ${folder}, que não dá para confirmar daqui: a lista de pastas fica no servidor de e-mail; confira que ela existe na caixa ${mailbox.name}`,
              `moves to folder ${folder}, which cannot be confirmed from here: the folder list lives on the mail server; check that it exists in mailbox ${mailbox.name}`,
            ),
          });
        }
      } else {
        const name = names[act.data.type].get(act.data.target);
        const kind = act.data.type === 'assign-team' ? loc('time', 'team') : loc('grupo', 'group');
        if (name) target = loc(`atribui ao ${kind['pt-BR']} ${name}`, `assigns to ${kind.en} ${name}`);
        else problems.push({ status: 'fail', text: loc(`aponta para o ${kind['pt-BR']} #${act.data.target}, que não existe mais`, `points at ${kind.en} #${act.data.target}, which no longer exists`) });
      }
      const who = loc(`Regra ${rule.name} (posição ${rule.position})`, `Rule ${rule.name} (position ${rule.position})`);
      if (!problems.length) findings.push({ status: 'ok', message: loc(`${who['pt-BR']}: ativa, ${target['pt-BR']}.`, `${who.en}: enabled, ${target.en}.`), record });
      for (const p of problems) findings.push({ status: p.status, message: loc(`${who['pt-BR']} ${p.text['pt-BR']}.`, `${who.en} ${p.text.en}.`), record, fix });
    });
    for (const b of blocked) {
      findings.push({ status: 'ok', message: loc(`Remetente bloqueado: ${b.pattern} (mensagens dele não entram).`, `Blocked sender: ${b.pattern} (its messages are not imported).`), record: { kind: 'blocked-sender', id: b.id, label: b.pattern }, fix });
    }

    const status = worstStatus(findings);
    const bad = new Set(findings.filter((f) => f.status !== 'ok' && f.record?.kind === 'mailbox-rule').map((f) => f.record!.id)).size;
    return {
      status,
      summary: loc(
        `Caixa ${mailbox.name}: ${rules.length} regras, ${bad} com problema; ${blocked.length} remetentes bloqueados.`,
        `Mailbox ${mailbox.name}: ${rules.length} rules, ${bad} with a problem; ${blocked.length} blocked senders.`,
      ),
      findings,
    };
  },
};
