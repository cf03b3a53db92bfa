import type { Level, OmniModule } from '../../auth/permissions';
import type { Localized } from '../types';

/** How each Omni module is called on screen. */
export const moduleLabels: Record<OmniModule, Localized> = {
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
};

export const levelLabels: Record<Level, Localized> = {
  view: { 'pt-BR': 'visualizar', en: 'view' },
  respond: { 'pt-BR': 'responder', en: 'respond' },
  resolve: { 'pt-BR': 'resolver', en: 'resolve' },
  edit: { 'pt-BR': 'editar', en: 'edit' },
};
