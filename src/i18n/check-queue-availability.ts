import { defineStrings } from './define-strings';

/** Texts of the queue availability check (src/checks/queue-availability.ts): its title, fields, findings and verdicts. */
export const queueAvailabilityStrings = defineStrings({
  'field.queue': { 'pt-BR': 'Fila de chat', en: 'Chat queue' },
  'anchor.steps': { 'pt-BR': 'passo-a-passo', en: 'steps' },
  title: { 'pt-BR': 'Disponibilidade da fila de chat', en: 'Chat queue availability' },
  description: {
    'pt-BR':
      'Diz se a fila está dentro da grade de horário agora (ou no momento escolhido), no fuso da organização, se hoje é feriado, se ela está fora de serviço e quando abre de novo.',
    en: "Says whether the queue is inside its schedule grid now (or at the chosen moment) in the organization's time zone, whether today is a holiday, whether it is out of service, and when it opens next.",
  },
  'field.at': { 'pt-BR': 'Momento (vazio: agora)', en: 'Moment (empty: now)' },
  outOfService: {
    'pt-BR': 'A opção Fora de serviço está marcada: a fila não atende em nenhum horário até ser desmarcada.',
    en: 'The Out of Service flag is set: the queue serves at no time until it is cleared.',
  },
  noGrid: {
    'pt-BR': 'A fila não tem grade de horário: não há horário em que ela abra.',
    en: 'The queue has no schedule grid: there is no time at which it opens.',
  },
  summaryNoGrid: { 'pt-BR': 'Fila {queue}: fechada, sem grade de horário.', en: 'Queue {queue}: closed, no schedule grid.' },
  holiday: {
    'pt-BR': '{day} é o feriado "{holiday}", ligado à grade {grid}: a fila fica fechada o dia todo.',
    en: '{day} is the holiday "{holiday}", linked to grid {grid}: the queue is closed all day.',
  },
  inside: {
    'pt-BR': 'Em {when} a fila está dentro da grade {grid} (intervalo {interval}), até {until}.',
    en: 'At {when} the queue is inside grid {grid} (interval {interval}), until {until}.',
  },
  outside: {
    'pt-BR': 'Em {when} a fila está fora dos intervalos da grade {grid}.',
    en: 'At {when} the queue is outside the intervals of grid {grid}.',
  },
  nextOpening: {
    'pt-BR': 'Pela grade, a fila abre de novo em {at} (intervalo {interval}).',
    en: 'By the grid, the queue opens next on {at} (interval {interval}).',
  },
  neverOpens: {
    'pt-BR': 'A grade {grid} não abre nos próximos {days} dias (sem intervalos ou só feriados).',
    en: 'Grid {grid} does not open in the next {days} days (no intervals, or only holidays).',
  },
  'state.outOfService': { 'pt-BR': 'fechada (fora de serviço)', en: 'closed (out of service)' },
  'state.open': { 'pt-BR': 'aberta', en: 'open' },
  'state.holiday': { 'pt-BR': 'fechada (feriado)', en: 'closed (holiday)' },
  'state.outside': { 'pt-BR': 'fechada (fora da grade)', en: 'closed (outside the grid)' },
  summary: { 'pt-BR': 'Fila {queue} em {when}: {state}.', en: 'Queue {queue} at {when}: {state}.' },
} as const);
