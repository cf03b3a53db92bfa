import { defineStrings } from './define-strings';
/** UI strings of our own components, pt-BR and English side by side. */
export const uiStrings = defineStrings({
  'triage.heading': { 'pt-BR': 'Pergunte primeiro:', en: 'Ask first:' },
  'symptoms.heading': { 'pt-BR': 'Você provavelmente chegou aqui porque…', en: 'You are probably here because…' },
  'kind.troubleshooting': { 'pt-BR': 'Solução de problemas', en: 'Troubleshooting' },
  'kind.how-to': { 'pt-BR': 'Procedimento', en: 'How-to' },
  'kind.reference': { 'pt-BR': 'Referência', en: 'Reference' },
  'audience.agent': { 'pt-BR': 'Agente', en: 'Agent' },
  'audience.admin': { 'pt-BR': 'Administrador', en: 'Admin' },
  'audience.supervisor': { 'pt-BR': 'Supervisor', en: 'Supervisor' },
  'audience.label': { 'pt-BR': 'Para', en: 'For' },
  'notFound.title': { 'pt-BR': 'Página não encontrada', en: 'Page not found' },
  'notFound.body': {
    'pt-BR': 'O endereço que você abriu não existe ou mudou de lugar. Use a busca acima ou volte ao início.',
    en: 'The address you opened does not exist or has moved. Use the search above or go back to the start.',
  },
  'notFound.home': { 'pt-BR': 'Ir para o início', en: 'Go to the home page' },
  'badge.signIn': { 'pt-BR': 'Entrar', en: 'Sign in' },
  'badge.signOut': { 'pt-BR': 'Sair', en: 'Sign out' },
  'phoneMenu.label': { 'pt-BR': 'Conta e idioma', en: 'Account and language' },
} as const);

/** The table itself (both languages of every key). */
export const ui = uiStrings.table;

export type Lang = 'pt-BR' | 'en';
export type UiKey = keyof typeof ui;
