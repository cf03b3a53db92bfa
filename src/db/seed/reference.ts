import { allGrants, allModulePermissions, modulePermission as mp } from '@/auth/permissions';

/** The fixed part of the demo organization: services, profiles, teams, groups, queues… */
export const demoServices = ['Atendimento Geral', 'Suporte Técnico', 'Financeiro', 'Ouvidoria', 'Vendas'];

export const demoProfiles = [
  { name: 'User', description: 'Perfil padrão: acesso apenas à tela de atendimento.', isDefault: true, permissions: ['op:attendance'] },
  {
    name: 'Supervisor',
    description: 'Supervisão: ações em lote e gestão dos serviços que administra.',
    isDefault: false,
    permissions: [
      'op:attendance',
      'manage:user-import',
      'manage:user-migration',
      'manage:attendance-transfer',
      'manage:queue-closure',
      'manage:users',
      mp('dashboard', 'view'),
      mp('queue-management', 'view'),
      mp('queue-management', 'edit'),
      mp('user-management', 'view'),
      mp('user-management', 'edit'),
      mp('report-builder', 'view'),
      mp('views', 'view'),
    ],
  },
  { name: 'Administrator', description: 'Administração completa do Omni.', isDefault: false, permissions: [...allGrants, ...allModulePermissions] },
];

const levelsAll = (m: Parameters<typeof mp>[0]) => (['view', 'respond', 'resolve', 'edit'] as const).map((l) => mp(m, l));

export const demoTeams = [
  { name: 'Time SAC E-mail', permissions: [...levelsAll('email'), ...levelsAll('occurrences'), ...levelsAll('followups'), mp('documents', 'view')] },
  { name: 'Time Suporte Chat', permissions: [...levelsAll('chat'), mp('documents', 'view'), mp('occurrences', 'view')] },
  { name: 'Time Financeiro', permissions: [...levelsAll('email'), ...levelsAll('chat')] },
  { name: 'Time Ouvidoria', permissions: [...levelsAll('occurrences'), mp('followups', 'view')] },
];

export const demoGroups = [
  { name: 'Grupo Atendimento', permissions: [mp('surveys', 'view')] },
  { name: 'Grupo Supervisão', permissions: [mp('report-builder', 'edit'), mp('campaigns', 'view')] },
  { name: 'Grupo Administração', permissions: [] as string[] },
];

export const demoTabulations = [
  { code: 'resolved', namePt: 'Resolvido', nameEn: 'Resolved' },
  { code: 'no-answer', namePt: 'Cliente não respondeu', nameEn: 'Customer did not answer' },
  { code: 'forwarded', namePt: 'Encaminhado a outra área', nameEn: 'Forwarded to another area' },
  { code: 'duplicate', namePt: 'Duplicado', nameEn: 'Duplicate' },
  { code: 'batch-finalized', namePt: 'Finalizado em lote', nameEn: 'Batch Finalized' },
];

/** Weekday intervals: [weekday (0 = Sunday), start, end]; end before start crosses midnight. */
export const demoGrids: { name: string; intervals: [number, string, string][] }[] = [
  {
    name: 'Comercial',
    intervals: [1, 2, 3, 4, 5].flatMap((d) => [
      [d, '08:00', '12:00'],
      [d, '13:00', '18:00'],
    ]) as [number, string, string][],
  },
  { name: 'Plantão noturno', intervals: [0, 1, 2, 3, 4, 5, 6].map((d) => [d, '22:00', '06:00']) as [number, string, string][] },
  { name: 'Estendido', intervals: [1, 2, 3, 4, 5, 6].map((d) => [d, '07:00', '22:00']) as [number, string, string][] },
  // 00:00–00:00 crosses midnight: open the whole day, every day (the demo's chat queues run 24/7).
  { name: 'Atendimento 24 horas', intervals: [0, 1, 2, 3, 4, 5, 6].map((d) => [d, '00:00', '00:00']) as [number, string, string][] },
  { name: 'Ouvidoria 24 horas', intervals: [0, 1, 2, 3, 4, 5, 6].map((d) => [d, '00:00', '00:00']) as [number, string, string][] },
];

/** Grids the national holidays are linked to (24-hour operations work on holidays). */
export const gridsClosedOnHolidays = ['Comercial', 'Estendido'];

/**
 * The demo's deliberate queue fault: a municipal holiday (the seeding day and the next) linked to
 * the Ouvidoria grid, so that queue is closed for two days (see README, "The demo story").
 */
export const demoMunicipalHoliday = { grid: 'Ouvidoria 24 horas', names: ['Aniversário da cidade (feriado municipal)', 'Ponte do feriado municipal'] };

/** National holidays (month-day); seeded for this year and the next. */
export const demoHolidays: [string, string][] = [
  ['01-01', 'Confraternização Universal'],
  ['04-21', 'Tiradentes'],
  ['05-01', 'Dia do Trabalho'],
  ['09-07', 'Independência do Brasil'],
  ['10-12', 'Nossa Senhora Aparecida'],
  ['11-02', 'Finados'],
  ['11-15', 'Proclamação da República'],
  ['11-20', 'Dia da Consciência Negra'],
  ['12-25', 'Natal'],
];
