/**
 * The ready lines that keep a service's heartbeat coming at its task's interval (the token panel of
 * /admin/scheduler shows them): a cron line, a systemd service + timer with the token in a private
 * environment file, and a shell loop. One `curl` holds a task on time for its interval plus grace
 * only; these keep it so. Cron counts in whole minutes: under 60 s there is no cron line.
 */

/** The heartbeat call itself (one run reported as successful). */
export function curlFor(origin: string, token: string, body = '{}'): string {
  return `curl -X POST '${origin}/api/scheduler/heartbeat' -H 'Authorization: Bearer ${token}' -H 'Content-Type: application/json' -d '${body}'`;
}

/** The call as a scheduled job runs it: silent unless it fails, with a time limit. */
function quietCurl(origin: string, auth: string): string {
  return `curl -fsS -m 10 -X POST '${origin}/api/scheduler/heartbeat' -H ${auth} -H 'Content-Type: application/json' -d '{}'`;
}

/**
 * The cron schedule that reports at least once per `intervalSec` (rounded down to what cron can
 * say: minutes, hours, days), or null under 60 s (cron runs at most once a minute).
 */
export function cronSchedule(intervalSec: number): string | null {
  const minutes = Math.floor(intervalSec / 60);
  if (minutes < 1) return null;
  if (minutes < 60) return minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '0 * * * *' : `0 */${hours} * * *`;
  const days = Math.min(31, Math.floor(hours / 24));
  return days === 1 ? '0 0 * * *' : `0 0 */${days} * *`;
}

/** A file-name-safe name for a task's units (`Omni - Envio de E-mail` → `omni-envio-de-e-mail`). */
export function unitSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'task';
}

export interface HeartbeatLines {
  /** The crontab line, or null when the interval is under a minute. */
  cron: string | null;
  /** The systemd files (environment file with the token, service, timer) and the command that enables the timer. */
  systemd: { envPath: string; env: string; servicePath: string; service: string; timerPath: string; timer: string; enable: string };
  /** A shell loop that reports every interval while it runs. */
  loop: string;
}

/** Every way of reporting `name`'s heartbeat every `intervalSec` seconds with `token` to `origin`. */
export function heartbeatLines(origin: string, token: string, name: string, intervalSec: number): HeartbeatLines {
  const slug = unitSlug(name);
  const unit = `omni-heartbeat-${slug}`;
  const schedule = cronSchedule(intervalSec);
  const envPath = `/etc/omni-heartbeat/${slug}.env`;
  // systemd reads `%` as a specifier in unit files: a task name keeps it written as `%%`.
  const described = name.replace(/%/g, '%%').replace(/[\r\n]/g, ' ');
  return {
    cron: schedule && `${schedule} ${quietCurl(origin, `'Authorization: Bearer ${token}'`)} >/dev/null`,
    systemd: {
      envPath,
      env: `HEARTBEAT_TOKEN=${token}\n`,
      servicePath: `/etc/systemd/system/${unit}.service`,
      service: [
        '[Unit]',
        `Description=Omni Runbook heartbeat: ${described}`,
        '',
        '[Service]',
        'Type=oneshot',
        `EnvironmentFile=${envPath}`,
        `ExecStart=/usr/bin/${quietCurl(origin, '"Authorization: Bearer ${HEARTBEAT_TOKEN}"')}`,
        '',
      ].join('\n'),
      timerPath: `/etc/systemd/system/${unit}.timer`,
      timer: [
        '[Unit]',
        `Description=Omni Runbook heartbeat every ${intervalSec} s: ${described}`,
        '',
        '[Timer]',
        'OnActiveSec=0',
        `OnUnitActiveSec=${intervalSec}s`,
        'AccuracySec=1s',
        '',
        '[Install]',
        'WantedBy=timers.target',
        '',
      ].join('\n'),
      enable: `sudo chmod 600 ${envPath} && sudo systemctl daemon-reload && sudo systemctl enable --now ${unit}.timer`,
    },
    loop: `while true; do ${quietCurl(origin, `'Authorization: Bearer ${token}'`)} >/dev/null; sleep ${intervalSec}; done`,
  };
}
