import { schedulerText } from '@/i18n/admin-scheduler';
import type { Lang } from '@/i18n/ui';
import CopyButton from './CopyButton';

/** The heartbeat call a service makes, as one line a person can paste in a shell. */
export function curlFor(origin: string, token: string, body = '{}'): string {
  return `curl -X POST '${origin}/api/scheduler/heartbeat' -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' -d '${body}'`;
}

/** A token just issued: shown once, with copy buttons and a ready curl example of the heartbeat call. */
export default function TokenPanel({
  lang,
  name,
  token,
  articleHref,
  onClose,
}: {
  lang: Lang;
  name: string;
  token: string;
  articleHref: string;
  onClose: () => void;
}) {
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
