import { defineStrings } from './define-strings';

/** Texts of the license count check (src/checks/license-count.ts). */
export const licenseCountStrings = defineStrings({
  title: { 'pt-BR': 'Contagem de licenças', en: 'License count' },
  description: {
    'pt-BR':
      'Compara as licenças contratadas com as consumidas (usuários ativos em ao menos um grupo), alerta a partir de 90 % de uso, falha quando o limite é ultrapassado e lista quem não entra há 30 dias.',
    en: 'Compares contracted licenses with consumed ones (active users in at least one group), warns from 90 % use, fails when the limit is exceeded, and lists users with no sign-in for 30 days.',
  },
  'anchor.steps': { 'pt-BR': 'passo-a-passo', en: 'steps' },
  moreThan: { 'pt-BR': 'mais de {n}', en: 'more than {n}' },
  exceeded: {
    'pt-BR':
      'Limite ultrapassado: {consumed} licenças em uso para {contracted} contratadas ({over} a mais). Desative quem saiu da operação ou amplie o contrato.',
    en: 'Limit exceeded: {consumed} licenses in use for {contracted} contracted ({over} over). Deactivate people who left or extend the contract.',
  },
  nearLimit: {
    'pt-BR': '{pct} das licenças em uso ({consumed} de {contracted}): restam {left}.',
    en: '{pct} of licenses in use ({consumed} of {contracted}): {left} left.',
  },
  idle: {
    'pt-BR': '{idle} {idle#usuário ativo|usuários ativos} em grupos sem entrar há {days} dias: {idle#candidato|candidatos} a desativar.',
    en: '{idle} active {idle#user|users} in groups with no sign-in for {days} days: {idle#a candidate|candidates} to deactivate.',
  },
  idleListed: {
    'pt-BR':
      '{idle} {idle#usuário ativo|usuários ativos} em grupos sem entrar há {days} dias: {idle#candidato|candidatos} a desativar ({listed#o mais antigo|os {listed} mais antigos} abaixo).',
    en: '{idle} active {idle#user|users} in groups with no sign-in for {days} days: {idle#a candidate|candidates} to deactivate (the {listed} oldest below).',
  },
  lastSignIn: { 'pt-BR': 'Último acesso em {day}.', en: 'Last sign-in on {day}.' },
  neverSignedIn: { 'pt-BR': 'Nunca entrou.', en: 'Never signed in.' },
  summary: {
    'pt-BR': '{consumed} de {contracted} {contracted#licença|licenças} em uso ({pct}); {idle} sem acesso há {days} dias.',
    en: '{consumed} of {contracted} licenses in use ({pct}); {idle} with no sign-in for {days} days.',
  },
} as const);
