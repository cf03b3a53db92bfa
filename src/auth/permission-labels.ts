import { levelLabels, moduleLabels } from '../checks/lib/module-labels';
import type { Localized } from '../i18n/localized';
import type { Grant, Level, OmniModule, Permission } from './permissions';

/** How each grant is called on screen (the 403 page names the missing one by this label). */
export const grantLabels: Record<Grant, Localized> = {
  'admin:checks': { 'pt-BR': 'Administração: verificações ao vivo', en: 'Administration: live checks' },
  'admin:health': { 'pt-BR': 'Administração: painel de saúde', en: 'Administration: health dashboard' },
  'admin:audit': { 'pt-BR': 'Administração: trilha de auditoria', en: 'Administration: audit trail' },
  'admin:settings': { 'pt-BR': 'Administração: configurações (caixas de e-mail, agendador)', en: 'Administration: settings (mailboxes, scheduler)' },
  'admin:all-services': { 'pt-BR': 'Administração: todos os serviços', en: 'Administration: every service' },
  'manage:user-import': { 'pt-BR': 'Gerencial: importar usuários em lote', en: 'Managerial: bulk user import' },
  'manage:user-migration': { 'pt-BR': 'Gerencial: migrar usuários entre serviços', en: 'Managerial: migrate users between services' },
  'manage:attendance-transfer': { 'pt-BR': 'Gerencial: transferir atendimentos em massa', en: 'Managerial: bulk attendance transfer' },
  'manage:queue-closure': { 'pt-BR': 'Gerencial: encerrar filas em massa', en: 'Managerial: bulk queue closure' },
  'manage:users': { 'pt-BR': 'Gerencial: manutenção de usuários', en: 'Managerial: user maintenance' },
  'op:attendance': { 'pt-BR': 'Operacional: tela de atendimento', en: 'Operational: attendance screen' },
};

/** The human label of a permission: a grant's own label, or "Module X: level" for module permissions. */
export function permissionLabel(p: Permission): Localized {
  if (p in grantLabels) return grantLabels[p as Grant];
  const [, module, level] = p.split(':') as [string, OmniModule, Level];
  const m = moduleLabels[module];
  const l = levelLabels[level];
  return { 'pt-BR': `Módulo ${m['pt-BR']}: ${l['pt-BR']}`, en: `${m.en} module: ${l.en}` };
}
