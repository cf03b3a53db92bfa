import { defineStrings } from './define-strings';

/**
 * Texts the check engine and its shared helpers write (src/checks/runner.ts, src/checks/lib/):
 * the results of a check that ran out of time or crashed, the refusal of an unknown record, and
 * the names of where a permission comes from.
 */
export const checkEngineStrings = defineStrings({
  timeLimit: {
    'pt-BR':
      'A verificação não terminou dentro do limite de {seconds} s e foi interrompida. Tente de novo; se repetir, o sistema verificado está lento ou não responde.',
    en: 'The check did not finish within its {seconds} s limit and was stopped. Try again; if it happens again, the system it checks is slow or not answering.',
  },
  unexpected: {
    'pt-BR': 'A verificação parou com um erro inesperado (código {id}). Tente de novo; se repetir, informe o suporte com este código.',
    en: 'The check stopped with an unexpected error (code {id}). Try again; if it happens again, report this code to support.',
  },
  notFound: { 'pt-BR': '{kind} #{id} não encontrado(a). Escolha um registro existente.', en: '{kind} #{id} not found. Pick an existing record.' },
  // Where a module permission comes from: "perfil User, time Time SAC".
  'source.profile': { 'pt-BR': 'perfil {name}', en: 'profile {name}' },
  'source.team': { 'pt-BR': 'time {name}', en: 'team {name}' },
  'source.group': { 'pt-BR': 'grupo {name}', en: 'group {name}' },
} as const);
