import { schedulerText } from '@/i18n/admin-scheduler';
import type { Lang } from '@/i18n/ui';
import { curlFor } from '@/scheduler/heartbeat-lines';
import CopyButton from './CopyButton';
import KeepReporting from './KeepReporting';

/** The task a token was just issued for, as the panel needs it. */
export interface IssuedTask {
  name: string;
  token: string;
  intervalSec: number;
  allowedSec: number;
  /** The demo simulated it when the token was issued (it goes on until the first real heartbeat). */
  simulated: boolean;
}

/**
 * A token just issued: shown once, with copy buttons, a ready curl to test the heartbeat call, and
 * the lines that keep reporting at the task's interval (cron, systemd timer, loop).
 */
export default function TokenPanel({ lang, task, articleHref, onClose }: { lang: Lang; task: IssuedTask; articleHref: string; onClose: () => void }) {
  const { name, token } = task;
  const st = schedulerText.in(lang);
  const curl = curlFor(location.origin, token);
  return (
    <section class="omni-form" data-token-panel aria-live="polite">
      <h2>{st('token.title', { name })}</h2>
      <p class="omni-notice">{st('token.once')}</p>
      <p class="omni-actions">
        <code data-token class="omni-break">
          {token}
        </code>
        <CopyButton lang={lang} text={token} label="token" />
      </p>
      <p>{st('token.curl')}</p>
      <pre data-curl>{curl}</pre>
      <p class="omni-actions">
        <CopyButton lang={lang} text={curl} label="curl" />
      </p>
      <KeepReporting lang={lang} name={name} token={token} intervalSec={task.intervalSec} allowedSec={task.allowedSec} simulated={task.simulated} />
      <p>
        {st('token.failed')} <code>{'{"ok": false, "error": "…"}'}</code> · <a href={articleHref}>{st('article')} →</a>
      </p>
      <p class="omni-actions">
        <button type="button" class="omni-secondary" onClick={onClose}>
          {st('close')}
        </button>
      </p>
    </section>
  );
}
