import { actions } from 'astro:actions';
import { useEffect, useState } from 'preact/hooks';
import { schedulerText } from '@/i18n/admin-scheduler';
import type { Lang } from '@/i18n/ui';
import { callAction } from '../lib/call-action';
import type { IssuedTask } from './TokenPanel';

/** A scheduled task as the screen lists it (never its token). */
export type Task = Awaited<ReturnType<typeof actions.admin.scheduler.tasks.orThrow>>['tasks'][number];

/** The list refreshes itself this often, so a heartbeat sent from a shell shows up on its own. */
const REFRESH_MS = 10_000;

/**
 * The scheduler screen's state: the tasks (`actions.admin.scheduler.tasks`, refreshed every 10 s),
 * the server's clock and the organization's zone, and `issue` to issue or rotate a task's heartbeat
 * token (after a confirmation when it replaces one), which keeps the new token to show it once.
 */
export function useSchedulerTasks(lang: Lang) {
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [at, setAt] = useState<string | null>(null);
  const [timeZone, setTimeZone] = useState('UTC');
  const [issued, setIssued] = useState<(IssuedTask & { id: number }) | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load() {
    const r = await callAction(actions.admin.scheduler.tasks, {}, lang);
    if (!r.ok) return setError(r.error);
    setTimeZone(r.data.timeZone);
    setTasks(r.data.tasks);
    setAt(r.data.at);
  }
  useEffect(() => {
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  async function issue(t: Task) {
    if (t.hasToken && !confirm(schedulerText.in(lang)('rotateConfirm', { name: t.name }))) return;
    setBusy(t.id);
    const r = await callAction(actions.admin.scheduler.issueToken, { id: t.id }, lang);
    setBusy(null);
    if (!r.ok) return setError(r.error);
    setIssued({
      id: t.id,
      name: t.name,
      token: r.data.token,
      intervalSec: t.intervalSec,
      allowedSec: t.allowedSec,
      simulated: t.demoSimulated,
    });
    await load();
  }

  return { tasks, at, timeZone, issued, busy, error, load, issue, close: () => setIssued(null) };
}
