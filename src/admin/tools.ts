import { localePath } from '../i18n/locale-path';
import type { Permission } from '../auth/permissions';
import { adminText } from '../i18n/admin';
import type { Lang } from '../i18n/ui';

type Key = Extract<Parameters<typeof adminText.t>[1], `tools.${string}`>;

/** One screen of the Tools menu: its path (pt-BR; English under /en), label and who may open it. */
interface Tool {
  path: string;
  label: Key;
  group: 'admin' | 'bulk' | 'reports';
  /** Any one of these opens the screen. */
  anyOf: readonly Permission[];
}

const bulkPermissions: Permission[] = ['manage:user-import', 'manage:user-migration', 'manage:attendance-transfer', 'manage:queue-closure'];

/** Every screen the Tools menu can list, in menu order; each page's own guard uses the same permissions. */
export const tools: readonly Tool[] = [
  { path: '/health/', label: 'tools.health', group: 'admin', anyOf: ['admin:health'] },
  { path: '/admin/mailboxes/', label: 'tools.mailboxes', group: 'admin', anyOf: ['admin:settings'] },
  { path: '/admin/scheduler/', label: 'tools.scheduler', group: 'admin', anyOf: ['admin:settings'] },
  { path: '/admin/users/', label: 'tools.users', group: 'admin', anyOf: ['manage:users'] },
  { path: '/admin/alerts/', label: 'tools.alerts', group: 'admin', anyOf: ['admin:alerts'] },
  { path: '/admin/audit/', label: 'tools.audit', group: 'admin', anyOf: ['admin:audit'] },
  { path: '/admin/search/', label: 'tools.search', group: 'admin', anyOf: ['admin:audit'] },
  { path: '/bulk/import/', label: 'tools.import', group: 'bulk', anyOf: ['manage:user-import'] },
  { path: '/bulk/migrate/', label: 'tools.migrate', group: 'bulk', anyOf: ['manage:user-migration'] },
  { path: '/bulk/transfer/', label: 'tools.transfer', group: 'bulk', anyOf: ['manage:attendance-transfer'] },
  { path: '/bulk/close-queue/', label: 'tools.closeQueue', group: 'bulk', anyOf: ['manage:queue-closure'] },
  { path: '/bulk/queue-monitor/', label: 'tools.queueMonitor', group: 'bulk', anyOf: ['manage:queue-closure'] },
  { path: '/bulk/history/', label: 'tools.bulkHistory', group: 'bulk', anyOf: [...bulkPermissions, 'admin:all-services'] },
  { path: '/reports/interaction-history/', label: 'tools.report', group: 'reports', anyOf: ['module:report-builder:view'] },
  // Every signed-in user may open it (its views list only what each may see); the menu offers it to those who take escalations.
  { path: '/escalations/', label: 'tools.escalations', group: 'reports', anyOf: ['admin:all-services', 'manage:users'] },
];

/** Who may open the bulk history: holders of any bulk action, and admins. */
export const bulkHistoryNeed = { anyOf: tools.find((t) => t.path === '/bulk/history/')!.anyOf };

export interface ToolLink {
  href: string;
  label: string;
}

/** The Tools menu of a user, grouped: exactly the screens its permissions open, in `lang`. */
export function toolsFor(permissions: readonly string[], lang: Lang): { group: string; links: ToolLink[] }[] {
  const mine = tools.filter((t) => t.anyOf.some((p) => permissions.includes(p)));
  return (['admin', 'bulk', 'reports'] as const)
    .map((g) => ({
      group: adminText.t(lang, `tools.group.${g}`),
      links: mine.filter((t) => t.group === g).map((t) => ({ href: localePath(lang, t.path), label: adminText.t(lang, t.label) })),
    }))
    .filter((g) => g.links.length > 0);
}
