import { defineStrings } from './define-strings';

/** How each Omni module is called on screen (keys: the module ids of src/auth/permissions.ts). */
export const moduleStrings = defineStrings({
  attendance: { 'pt-BR': 'Atendimento', en: 'Attendance' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  chat: { 'pt-BR': 'Chat', en: 'Chat' },
  occurrences: { 'pt-BR': 'Ocorrências', en: 'Occurrences' },
  followups: { 'pt-BR': 'Follow-ups', en: 'Follow-ups' },
  surveys: { 'pt-BR': 'Pesquisas', en: 'Surveys' },
  campaigns: { 'pt-BR': 'Campanhas', en: 'Campaigns' },
  documents: { 'pt-BR': 'Documentos', en: 'Documents' },
  'report-builder': { 'pt-BR': 'Report Builder', en: 'Report Builder' },
  views: { 'pt-BR': 'Visões', en: 'Views' },
  dashboard: { 'pt-BR': 'Dashboard', en: 'Dashboard' },
  'queue-management': { 'pt-BR': 'Gestão de filas', en: 'Queue management' },
  'user-management': { 'pt-BR': 'Gestão de usuários', en: 'User management' },
} as const);

/** How each access level is called on screen (keys: the levels of src/auth/permissions.ts). */
export const levelStrings = defineStrings({
  view: { 'pt-BR': 'visualizar', en: 'view' },
  respond: { 'pt-BR': 'responder', en: 'respond' },
  resolve: { 'pt-BR': 'resolver', en: 'resolve' },
  edit: { 'pt-BR': 'editar', en: 'edit' },
} as const);

/** How each grant is called on screen (the refusal names a missing one by this label), and a module permission's label. */
export const grantStrings = defineStrings({
  'admin:checks': { 'pt-BR': 'Administração: verificações ao vivo', en: 'Administration: live checks' },
  'admin:health': { 'pt-BR': 'Administração: painel de saúde', en: 'Administration: health dashboard' },
  'admin:audit': { 'pt-BR': 'Administração: trilha de auditoria', en: 'Administration: audit trail' },
  'admin:settings': { 'pt-BR': 'Administração: configurações (caixas de e-mail, agendador)', en: 'Administration: settings (mailboxes, scheduler)' },
  'admin:alerts': { 'pt-BR': 'Administração: alertas (regras, contatos, silêncios)', en: 'Administration: alerts (rules, contacts, silences)' },
  'admin:all-services': { 'pt-BR': 'Administração: todos os serviços', en: 'Administration: every service' },
  'manage:user-import': { 'pt-BR': 'Gerencial: importar usuários em lote', en: 'Managerial: bulk user import' },
  'manage:user-migration': { 'pt-BR': 'Gerencial: migrar usuários entre serviços', en: 'Managerial: migrate users between services' },
  'manage:attendance-transfer': { 'pt-BR': 'Gerencial: transferir atendimentos em massa', en: 'Managerial: bulk attendance transfer' },
  'manage:queue-closure': { 'pt-BR': 'Gerencial: encerrar filas em massa', en: 'Managerial: bulk queue closure' },
  'manage:users': { 'pt-BR': 'Gerencial: manutenção de usuários', en: 'Managerial: user maintenance' },
  'op:attendance': { 'pt-BR': 'Operacional: tela de atendimento', en: 'Operational: attendance screen' },
} as const);

/** The label of a module permission ("Módulo E-mail: responder"). */
export const permissionStrings = defineStrings({
  module: { 'pt-BR': 'Módulo {module}: {level}', en: '{module} module: {level}' },
} as const);
