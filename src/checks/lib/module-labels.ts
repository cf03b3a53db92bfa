import { levels, omniModules, type Level, type OmniModule } from '../../auth/permissions';
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

/** Every module's name in both languages, comma-separated (for a message that lists the choices). */
export const moduleList: Localized = {
  'pt-BR': new Intl.ListFormat('pt-BR', { type: 'disjunction' }).format(omniModules.map((m) => moduleLabels[m]['pt-BR'])),
  en: new Intl.ListFormat('en', { type: 'disjunction' }).format(omniModules.map((m) => moduleLabels[m].en)),
};

/** The levels as people read them, as one choice ("ver, responder, resolver ou editar"). */
export const levelList: Localized = {
  'pt-BR': new Intl.ListFormat('pt-BR', { type: 'disjunction' }).format(levels.map((l) => levelLabels[l]['pt-BR'])),
  en: new Intl.ListFormat('en', { type: 'disjunction' }).format(levels.map((l) => levelLabels[l].en)),
};

/** The levels as the choices of a form field. */
export const levelChoices = levels.map((l) => ({ value: l, label: levelLabels[l] }));
