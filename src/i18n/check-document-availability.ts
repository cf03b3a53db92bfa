import { defineStrings } from './define-strings';

/** Texts of the document availability check (src/checks/document-availability.ts): its title, fields, findings and verdicts. */
export const documentAvailabilityStrings = defineStrings({
  title: { 'pt-BR': 'Disponibilidade do documento', en: 'Document availability' },
  description: {
    'pt-BR': 'Confere se o documento está ativo, habilitado para o módulo escolhido e ligado a um time do usuário.',
    en: "Checks that the document is active, enabled for the chosen module, and linked to one of the user's teams.",
  },
  document: { 'pt-BR': 'Documento', en: 'Document' },
  user: { 'pt-BR': 'Usuário', en: 'User' },
  module: { 'pt-BR': 'Módulo', en: 'Module' },
  active: { 'pt-BR': 'O documento está ativo.', en: 'The document is active.' },
  inactive: { 'pt-BR': 'O documento está inativo: some para todos.', en: 'The document is inactive: it disappears for everyone.' },
  enabled: { 'pt-BR': 'O documento está habilitado para o módulo {module}.', en: 'The document is enabled for the {module} module.' },
  notEnabled: {
    'pt-BR': 'O documento não está habilitado para o módulo {module} (habilitado em: {enabled}).',
    en: 'The document is not enabled for the {module} module (enabled in: {enabled}).',
  },
  noModule: { 'pt-BR': 'nenhum', en: 'none' },
  sharedTeam: { 'pt-BR': 'O usuário vê o documento pelo time {teams}.', en: 'The user sees the document through team {teams}.' },
  noSharedTeam: {
    'pt-BR': 'Nenhum time do usuário está ligado ao documento (times do documento: {linkedNames}).',
    en: "None of the user's teams is linked to the document (its teams: {linkedNames}).",
  },
  noTeam: { 'pt-BR': 'O documento não está ligado a nenhum time: ninguém o vê.', en: 'The document is linked to no team: nobody sees it.' },
  userInactive: { 'pt-BR': 'O usuário está inativo.', en: 'The user is inactive.' },
  noModuleAccess: {
    'pt-BR': 'O usuário não tem o módulo {module} em perfil, times ou grupos: nem chega à tela onde o documento aparece.',
    en: 'The user lacks the {module} module in profile, teams and groups: they do not even reach the screen where the document shows.',
  },
  'verdict.hidden': { 'pt-BR': 'não aparece', en: 'does not show up' },
  'verdict.shown': { 'pt-BR': 'aparece', en: 'shows up' },
  summary: { 'pt-BR': '{docName} para {userName} em {module}: {verdict}.', en: '{docName} for {userName} in {module}: {verdict}.' },
} as const);
