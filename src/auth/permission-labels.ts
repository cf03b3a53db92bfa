import { levelLabels, moduleLabels } from '../checks/lib/module-labels';
import { perLang, type Localized } from '../i18n/localized';
import { grantStrings, permissionStrings } from '../i18n/modules';
import type { Grant, Level, OmniModule, Permission } from './permissions';

/** How each grant is called on screen (the refusal names the missing one by this label). */
export const grantLabels: Record<Grant, Localized> = grantStrings.table;

/** The human label of a permission: a grant's own label, or "Module X: level" for module permissions. */
export function permissionLabel(p: Permission): Localized {
  if (p in grantLabels) return grantLabels[p as Grant];
  const [, module, level] = p.split(':') as [string, OmniModule, Level];
  const m = moduleLabels[module];
  const l = levelLabels[level];
  return perLang((lang) => permissionStrings.t(lang, 'module', { module: m[lang], level: l[lang] }));
}
