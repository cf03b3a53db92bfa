import { durationText } from '@/checks/duration-text';
import { schedulerText } from '@/i18n/admin-scheduler';
import type { Lang } from '@/i18n/ui';
import { heartbeatLines } from '@/scheduler/heartbeat-lines';
import CopyButton from './CopyButton';

/** One ready block: what it is, the text, its copy button. */
function Block({ lang, label, text, name }: { lang: Lang; label: string; text: string; name: string }) {
  return (
    <>
      <p>{label}</p>
      <pre data-line={name}>{text}</pre>
      <p class="omni-actions">
        <CopyButton lang={lang} text={text} label={name} />
      </p>
    </>
  );
}

/**
 * How a service keeps its heartbeat coming at its task's interval, after the one-off curl: a cron
 * line (or why cron cannot, under a minute), a systemd service + timer, a shell loop; and, for a
 * task the demo simulates, when the simulation ends.
 */
export default function KeepReporting({
  lang,
  name,
  token,
  intervalSec,
  allowedSec,
  simulated,
}: {
  lang: Lang;
  name: string;
  token: string;
  intervalSec: number;
  allowedSec: number;
  simulated: boolean;
}) {
  const st = schedulerText.in(lang);
  const lines = heartbeatLines(location.origin, token, name, intervalSec);
  const every = durationText(intervalSec)[lang];
  const s = lines.systemd;
  return (
    <div data-keep-reporting>
      <h3>{st('keep.title')}</h3>
      <p>{st('keep.why', { name, allowed: durationText(allowedSec)[lang], every })}</p>
      {simulated && (
        <p class="omni-notice" data-keep-simulated>
          {st('keep.simulated', { name })}
        </p>
      )}
      {lines.cron ? <Block lang={lang} label={st('keep.cron', { every })} text={lines.cron} name="cron" /> : <p data-no-cron>{st('keep.noCron', { every })}</p>}
      <p>{st('keep.systemd')}</p>
      <Block lang={lang} label={st('keep.file', { path: s.envPath })} text={s.env} name="env" />
      <Block lang={lang} label={st('keep.file', { path: s.servicePath })} text={s.service} name="service" />
      <Block lang={lang} label={st('keep.file', { path: s.timerPath })} text={s.timer} name="timer" />
      <Block lang={lang} label={st('keep.enable')} text={s.enable} name="enable" />
      <Block lang={lang} label={st('keep.loop')} text={lines.loop} name="loop" />
    </div>
  );
}
