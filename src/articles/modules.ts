/**
 * The modules of Omni that articles are grouped by. Each module is a folder under
 * `src/content/docs/` (and `src/content/docs/en/`) and a sidebar group with a label per language.
 */
export const modules = [
  { id: 'email', label: 'E-mail', en: 'E-mail' },
  { id: 'chat', label: 'Chat e Filas', en: 'Chat and Queues' },
  { id: 'users', label: 'Usuários e Permissões', en: 'Users and Permissions' },
  { id: 'licenses', label: 'Licenças', en: 'Licenses' },
  { id: 'surveys', label: 'Pesquisas e Campanhas', en: 'Surveys and Campaigns' },
  { id: 'occurrences', label: 'Ocorrências e Follow-ups', en: 'Occurrences and Follow-ups' },
  { id: 'documents', label: 'Documentos', en: 'Documents' },
  { id: 'reports', label: 'Relatórios', en: 'Reports' },
  { id: 'bulk', label: 'Manutenção em massa', en: 'Bulk Maintenance' },
  { id: 'performance', label: 'Desempenho e acesso', en: 'Performance and Access' },
  { id: 'reference', label: 'Referência', en: 'Reference' },
] as const;

export type ModuleId = (typeof modules)[number]['id'];

export const moduleIds = modules.map((m) => m.id) as [ModuleId, ...ModuleId[]];
