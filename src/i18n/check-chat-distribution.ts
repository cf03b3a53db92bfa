import { defineStrings } from './define-strings';

/** Texts of the chat distribution check (src/checks/chat-distribution.ts): its title, fields, findings and verdicts. */
export const chatDistributionStrings = defineStrings({
  title: { 'pt-BR': 'Distribuição de chats da fila', en: 'Chat distribution of a queue' },
  description: {
    'pt-BR': 'Para uma fila: usuários disponíveis agora, times ligados e seus membros, capacidade que sobra e o último sinal do Omni - Chat Distributor.',
    en: 'For a queue: users available right now, linked teams and their members, capacity left, and the latest heartbeat of the Omni - Chat Distributor.',
  },
  chatQueue: { 'pt-BR': 'Fila de chat', en: 'Chat queue' },
  outOfService: { 'pt-BR': 'A fila está Fora de serviço: não recebe chats novos.', en: 'The queue is Out of Service: it takes no new chats.' },
  noTeam: {
    'pt-BR': 'Nenhum time está ligado à fila: ninguém recebe os chats dela.',
    en: 'No team is linked to the queue: nobody receives its chats.',
  },
  /** A team as a finding names it (named() in src/lib/named.ts: not "Time Time …" when the team is called "Time …"). */
  'kind.team': { 'pt-BR': 'Time', en: 'Team' },
  team: {
    'pt-BR': '{team}: {members} {members#membro|membros}, {avail} {avail#ativo e disponível|ativos e disponíveis} agora.',
    en: '{team}: {members} {members#member|members}, {avail} active and available now.',
  },
  waiting: { 'pt-BR': 'Atendimentos na fila aguardando: {count}.', en: 'Attendances waiting in the queue: {count}.' },
  summary: {
    'pt-BR': 'Fila {queueName}: {people} {people#disponível|disponíveis}, {free} {free#vaga de chat livre|vagas de chat livres}, distribuidor {distributor}.',
    en: 'Queue {queueName}: {people} available, {free} free chat {free#slot|slots}, distributor {distributor}.',
  },
  nobodyAvailable: {
    'pt-BR': 'Ninguém dos times ligados está ativo e disponível agora.',
    en: 'Nobody in the linked teams is active and available right now.',
  },
  atLeast: { 'pt-BR': 'Pelo menos ', en: 'At least ' },
  capacity: {
    'pt-BR':
      '{atLeast}{users} {users#usuário disponível soma|usuários disponíveis somam} {capacity} {capacity#chat simultâneo|chats simultâneos}; {load} em atendimento, {free} {free#livre|livres}.',
    en: '{atLeast}{users} available {users#user adds|users add} up to {capacity} simultaneous {capacity#chat|chats}; {load} in attendance, {free} free.',
  },
  'beat.onTime': { 'pt-BR': 'em dia', en: 'on time' },
  'beat.missing': { 'pt-BR': 'não cadastrado', en: 'not registered' },
  'beat.manual': { 'pt-BR': 'desligado', en: 'switched off' },
  'beat.overdue': { 'pt-BR': 'atrasado', en: 'overdue' },
  taskMissing: {
    'pt-BR': 'A tarefa {task} não está cadastrada no agendador.',
    en: 'The task {task} is not registered in the task scheduler.',
  },
  runSwitchedOff: { 'pt-BR': 'A execução automática do distribuidor está desligada.', en: "The distributor's automatic run is switched off." },
  neverRan: { 'pt-BR': 'O distribuidor nunca enviou sinal de execução.', en: 'The distributor has never reported a run.' },
  lastError: { 'pt-BR': ' Último erro: {lastError}', en: ' Last error: {lastError}' },
  heartbeatLate: {
    'pt-BR': 'Último sinal do distribuidor há {ageSec} s; esperado a cada {intervalSec} s (atrasado após {limit} s).{error}',
    en: 'Last distributor heartbeat {ageSec} s ago; expected every {intervalSec} s (overdue after {limit} s).{error}',
  },
  heartbeat: {
    'pt-BR': 'Último sinal do distribuidor há {ageSec} s (a cada {intervalSec} s).{error}',
    en: 'Last distributor heartbeat {ageSec} s ago (every {intervalSec} s).{error}',
  },
} as const);
