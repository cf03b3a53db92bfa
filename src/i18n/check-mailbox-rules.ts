import { defineStrings } from './define-strings';

/** Texts of the mailbox rules check (src/checks/mailbox-rules.ts): its title, fields, findings and verdicts. */
export const mailboxRulesStrings = defineStrings({
  'anchor.ruleParameters': { 'pt-BR': '3-confira-os-parâmetros-da-regra', en: '3-check-the-rules-parameters' },
  title: { 'pt-BR': 'Regras da caixa de e-mail', en: 'Mailbox rules' },
  description: {
    'pt-BR': 'Confere cada regra da caixa: ativa, bem formada e apontando para time, grupo ou pasta que existe; lista os remetentes bloqueados.',
    en: 'Goes through every rule of the mailbox: enabled, well formed, and pointing at a team, group or folder that exists; lists the blocked senders.',
  },
  'field.mailbox': { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' },
  noRules: { 'pt-BR': 'A caixa não tem regras.', en: 'The mailbox has no rules.' },
  'problem.disabled': { 'pt-BR': 'está desativada', en: 'is disabled' },
  'problem.condition': { 'pt-BR': 'tem condição mal formada ({fields})', en: 'has a malformed condition ({fields})' },
  'problem.regex': { 'pt-BR': 'tem expressão regular que não compila: {pattern}', en: 'has a regular expression that does not compile: {pattern}' },
  'problem.action': { 'pt-BR': 'tem ação mal formada ({fields})', en: 'has a malformed action ({fields})' },
  'target.folder': { 'pt-BR': 'move para a pasta {folder}', en: 'moves to folder {folder}' },
  'problem.folderUnconfirmed': {
    'pt-BR':
      'move para a pasta {folder}, que não dá para confirmar daqui: a lista de pastas fica no servidor de e-mail; confira que ela existe na caixa {mailbox}',
    en: 'moves to folder {folder}, which cannot be confirmed from here: the folder list lives on the mail server; check that it exists in mailbox {mailbox}',
  },
  'kind.team': { 'pt-BR': 'time', en: 'team' },
  'kind.group': { 'pt-BR': 'grupo', en: 'group' },
  'target.assign': { 'pt-BR': 'atribui ao {kind} {name}', en: 'assigns to {kind} {name}' },
  'problem.targetGone': { 'pt-BR': 'aponta para o {kind} #{target}, que não existe mais', en: 'points at {kind} #{target}, which no longer exists' },
  rule: { 'pt-BR': 'Regra {name} (posição {position})', en: 'Rule {name} (position {position})' },
  ruleOk: { 'pt-BR': '{who}: ativa, {target}.', en: '{who}: enabled, {target}.' },
  ruleProblem: { 'pt-BR': '{who} {problem}.', en: '{who} {problem}.' },
  blockedSender: {
    'pt-BR': 'Remetente bloqueado: {pattern} (mensagens dele não entram).',
    en: 'Blocked sender: {pattern} (its messages are not imported).',
  },
  summary: {
    'pt-BR': 'Caixa {mailbox}: {rules} {rules#regra|regras}, {bad} com problema; {blocked} {blocked#remetente bloqueado|remetentes bloqueados}.',
    en: 'Mailbox {mailbox}: {rules} {rules#rule|rules}, {bad} with a problem; {blocked} blocked {blocked#sender|senders}.',
  },
} as const);
