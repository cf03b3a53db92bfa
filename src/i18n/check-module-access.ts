import { defineStrings } from './define-strings';

/** Texts of the module access check (src/checks/module-access.ts): its title, fields, findings and verdicts. */
export const moduleAccessStrings = defineStrings({
  title: { 'pt-BR': 'Acesso a um módulo', en: 'Access to a module' },
  description: {
    'pt-BR':
      'Para um usuário e um módulo (Report Builder, visões, dashboard, gestão de filas, gestão de usuários…): quais níveis ele tem, de onde vem cada um e quais faltam.',
    en: 'For a user and a module (Report Builder, views, dashboard, queue management, user management…): which levels they hold, where each comes from, and which are missing.',
  },
  'field.user': { 'pt-BR': 'Usuário', en: 'User' },
  'field.module': { 'pt-BR': 'Módulo', en: 'Module' },
  'field.level': { 'pt-BR': 'Nível necessário', en: 'Level needed' },
  'field.everyLevel': { 'pt-BR': 'Todos os níveis', en: 'Every level' },
  userInactive: { 'pt-BR': 'O usuário está inativo: nenhuma permissão vale.', en: 'The user is inactive: no permission applies.' },
  granted: { 'pt-BR': '{module} / {level}: concedido por {from}.', en: '{module} / {level}: granted by {from}.' },
  missing: { 'pt-BR': '{module} / {level}: falta; conceda {where}.', en: '{module} / {level}: missing; grant it {where}.' },
  noLevel: { 'pt-BR': 'nenhum nível', en: 'no level' },
  'where.profile': { 'pt-BR': 'no perfil {profile}', en: 'in profile {profile}' },
  'where.team': { 'pt-BR': ', num time ({teams})', en: ', a team ({teams})' },
  'where.group': { 'pt-BR': ' ou num grupo ({groups})', en: ' or a group ({groups})' },
  summary: { 'pt-BR': '{user} em {module}: {levels}.', en: '{user} in {module}: {levels}.' },
} as const);
