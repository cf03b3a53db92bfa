import { defineStrings } from './define-strings';
import type { Lang } from './ui';

/**
 * Names of Omni's built-in profiles in each language. Profiles are records an organization names
 * itself; the three it ships with are stored under their product names (`User`, `Supervisor`,
 * `Administrator`) and shown translated. Any other profile shows as its owner named it.
 */
export const profileStrings = defineStrings({
  User: { 'pt-BR': 'Usuário', en: 'User' },
  Supervisor: { 'pt-BR': 'Supervisor', en: 'Supervisor' },
  Administrator: { 'pt-BR': 'Administrador', en: 'Administrator' },
} as const);

/** How a profile's stored name reads in `lang`: built-in profiles translated, others as named. */
export function profileLabel(lang: Lang, stored: string): string {
  return profileStrings.stored(stored)[lang];
}
