/**
 * Permissions of Omni: module × level, plus administrative, managerial and operational grants.
 * A user's permissions are those of their profile plus those carried by their teams and groups.
 */
export const omniModules = [
  'attendance',
  'email',
  'chat',
  'occurrences',
  'followups',
  'surveys',
  'campaigns',
  'documents',
  'report-builder',
  'views',
  'dashboard',
  'queue-management',
  'user-management',
] as const;
export type OmniModule = (typeof omniModules)[number];

export const levels = ['view', 'respond', 'resolve', 'edit'] as const;
export type Level = (typeof levels)[number];

/** `module:<module>:<level>` */
export const modulePermission = (m: OmniModule, level: Level) => `module:${m}:${level}` as const;

export const grants = {
  /** Administrative: live checks, the health dashboard, the audit trail, settings, alerts, every service. */
  administrative: ['admin:checks', 'admin:health', 'admin:audit', 'admin:settings', 'admin:alerts', 'admin:all-services'],
  /** Managerial: the bulk actions and user maintenance, on the services the user manages. */
  managerial: ['manage:user-import', 'manage:user-migration', 'manage:attendance-transfer', 'manage:queue-closure', 'manage:users'],
  /** Operational: the attendance screen. */
  operational: ['op:attendance'],
} as const;

export type Grant = (typeof grants)[keyof typeof grants][number];
export type Permission = ReturnType<typeof modulePermission> | Grant;

export const allGrants: Grant[] = Object.values(grants).flat();
export const allModulePermissions = omniModules.flatMap((m) => levels.map((l) => modulePermission(m, l)));
export const allPermissions: Permission[] = [...allGrants, ...allModulePermissions];

/** True for a string that names a known permission. */
export function isPermission(p: string): p is Permission {
  return (allPermissions as string[]).includes(p);
}
