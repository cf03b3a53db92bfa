import { defineStrings } from './define-strings';

/** Texts of the operator readiness check (src/checks/operator-readiness.ts): its title, fields, findings and verdicts. */
export const operatorReadinessStrings = defineStrings({
  title: { 'pt-BR': 'Prontidão do operador', en: 'Operator readiness' },
  description: {
    'pt-BR':
      'Para um usuário e uma fila ou caixa: ativo, com licença, com o módulo liberado, no time ligado, limite de chats acima de zero, carga atual e se precisa sair e entrar de novo.',
    en: 'For a user and a queue or mailbox: active, holding a license, module granted, in a linked team, chat limit above zero, current load, and whether they must sign out and in again.',
  },
  'field.user': { 'pt-BR': 'Usuário', en: 'User' },
  'field.queue': { 'pt-BR': 'Fila de chat', en: 'Chat queue' },
  'field.mailbox': { 'pt-BR': 'Caixa de e-mail', en: 'Mailbox' },
  'verdict.ready': { 'pt-BR': 'pronto', en: 'ready' },
  'verdict.warnings': { 'pt-BR': 'pronto, com ressalvas', en: 'ready, with warnings' },
  'verdict.notReady': { 'pt-BR': 'não pronto', en: 'not ready' },
  summary: { 'pt-BR': '{user} para {target}: {verdict}.', en: '{user} for {target}: {verdict}.' },
  userActive: { 'pt-BR': 'O usuário está ativo.', en: 'The user is active.' },
  userInactive: {
    'pt-BR': 'O usuário está inativo: não entra no Omni nem recebe atendimentos.',
    en: 'The user is inactive: they cannot sign in nor receive attendances.',
  },
  license: { 'pt-BR': 'Ocupa uma licença (grupos: {groups}).', en: 'Takes up a license (groups: {groups}).' },
  noLicense: {
    'pt-BR': 'Não está em nenhum grupo de usuários, então não ocupa licença e não consegue entrar.',
    en: 'Belongs to no user group, so takes up no license and cannot sign in.',
  },
  noModule: {
    'pt-BR': 'Nem o perfil {profile} nem os times e grupos do usuário liberam o módulo {module}.',
    en: "Neither profile {profile} nor the user's teams and groups grant the {module} module.",
  },
  noRespondLevel: {
    'pt-BR': 'O módulo {module} está liberado, mas sem o nível responder: o usuário vê e não responde.',
    en: 'The {module} module is granted but without the respond level: the user sees and cannot answer.',
  },
  respondFrom: { 'pt-BR': 'O módulo {module} (responder) vem de: {from}.', en: 'The {module} module (respond) comes from: {from}.' },
  queueNoTeam: {
    'pt-BR': 'Nenhum time está ligado a esta fila: ela não distribui chats a ninguém.',
    en: 'No team is linked to this queue: it hands chats to nobody.',
  },
  inQueueTeam: { 'pt-BR': 'Está no time ligado à fila: {teams}.', en: 'Is in a team linked to the queue: {teams}.' },
  notInQueueTeam: { 'pt-BR': 'Não está em nenhum time ligado à fila ({names}).', en: 'Is in no team linked to the queue ({names}).' },
  mailboxInactive: { 'pt-BR': 'A caixa está inativa.', en: 'The mailbox is inactive.' },
  mailboxNoResponder: {
    'pt-BR': 'A caixa não tem time nem grupo respondedor: ninguém a atende.',
    en: 'The mailbox has no responder team nor group: nobody answers it.',
  },
  inResponderTeam: { 'pt-BR': 'Está no time respondedor da caixa ({team}).', en: "Is in the mailbox's responder team ({team})." },
  notInResponderTeam: { 'pt-BR': 'Não está no time respondedor da caixa ({team}).', en: "Is not in the mailbox's responder team ({team})." },
  inResponderGroup: { 'pt-BR': 'Está no grupo respondedor da caixa ({group}).', en: "Is in the mailbox's responder group ({group})." },
  notInResponderGroup: { 'pt-BR': 'Não está no grupo respondedor da caixa ({group}).', en: "Is not in the mailbox's responder group ({group})." },
  available: { 'pt-BR': 'Está disponível no Dashboard.', en: 'Is available on the Dashboard.' },
  unavailable: {
    'pt-BR': 'Não está disponível no Dashboard: o distribuidor não lhe entrega chats.',
    en: 'Is not available on the Dashboard: the distributor hands them no chats.',
  },
  maxChatsZero: { 'pt-BR': 'A quantidade máxima de chats é 0: não recebe nenhum chat.', en: 'Max. chat quantity is 0: they receive no chat.' },
  loadFull: {
    'pt-BR': 'Carga cheia: {load} {load#chat|chats} em atendimento para um limite de {maxChats}.',
    en: 'Full: {load} {load#chat|chats} in attendance for a limit of {maxChats}.',
  },
  load: {
    'pt-BR': 'Carga: {load} de {maxChats} {maxChats#chat simultâneo|chats simultâneos}; {room#cabe|cabem} mais {room}.',
    en: 'Load: {load} of {maxChats} simultaneous {maxChats#chat|chats}; room for {room} more.',
  },
  neverSignedIn: { 'pt-BR': 'O usuário nunca entrou no Omni.', en: 'The user has never signed in to Omni.' },
  limitsPending: {
    'pt-BR': 'Os limites mudaram em {changed}, depois da última entrada ({last}): o usuário precisa sair e entrar de novo para valerem.',
    en: 'The limits changed on {changed}, after the last sign-in ({last}): the user must sign out and in again for them to apply.',
  },
  limitsApplied: { 'pt-BR': 'Última entrada em {last}; nenhum limite mudou depois dela.', en: 'Last signed in on {last}; no limit changed since.' },
} as const);
