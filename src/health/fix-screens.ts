import { localePath } from '../i18n/locale-path';
import type { Finding } from '../checks/types';
import { healthText } from '../i18n/health-story';
import type { Lang } from '../i18n/ui';

/** What the viewer may open: the admin screens (admin:settings) and user maintenance (manage:users). */
export interface FixRights {
  settings: boolean;
  manageUsers: boolean;
}

/**
 * The screen that fixes a failing or warning finding, when there is one the viewer may open: a
 * mailbox → its edit form; a scheduled task → its row on the scheduler screen; the license pool →
 * the idle-user list under the license check (`#license-users`).
 */
export function fixScreen(checkId: string, f: Pick<Finding, 'status' | 'record'>, lang: Lang, can: FixRights): { href: string; label: string } | null {
  if (f.status === 'ok') return null;
  const id = f.record?.id;
  if (checkId === 'mailbox-test' && f.record?.kind === 'mailbox' && can.settings)
    return { href: localePath(lang, `/admin/mailboxes/?edit=${id}`), label: healthText.t(lang, 'fix.mailbox') };
  if (
    checkId === 'scheduler-status' &&
    (f.record?.kind === 'scheduled-task' || f.record?.kind === 'pg-boss-schedule') &&
    typeof id === 'number' &&
    can.settings
  ) {
    return { href: localePath(lang, `/admin/scheduler/#task-${id}`), label: healthText.t(lang, 'fix.task') };
  }
  if (checkId === 'license-count' && !f.record && can.manageUsers) return { href: '#license-users', label: healthText.t(lang, 'fix.license') };
  return null;
}
