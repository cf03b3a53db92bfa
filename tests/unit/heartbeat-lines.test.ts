import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cronSchedule, heartbeatLines, unitSlug } from '@/scheduler/heartbeat-lines';

/** Issue 22, "heartbeats that keep reporting": the token panel's cron, systemd and loop lines at the task's interval. */
const TOKEN = 'st.12.abcdefghijklmnopqrstuvwxyz012345';

describe('cronSchedule', () => {
  test('reports at least once per interval in what cron can say; nothing under a minute', () => {
    expect(cronSchedule(5)).toBeNull();
    expect(cronSchedule(59)).toBeNull();
    expect(cronSchedule(60)).toBe('* * * * *');
    expect(cronSchedule(90)).toBe('* * * * *');
    expect(cronSchedule(180)).toBe('*/3 * * * *');
    expect(cronSchedule(3600)).toBe('0 * * * *');
    expect(cronSchedule(4 * 3600)).toBe('0 */4 * * *');
    expect(cronSchedule(86_400)).toBe('0 0 * * *');
    expect(cronSchedule(3 * 86_400)).toBe('0 0 */3 * *');
  });
});

describe('heartbeatLines', () => {
  test('cron line, loop and units carry the origin, the token (the units only through the environment file) and the interval', () => {
    const l = heartbeatLines('https://runbook.example', TOKEN, 'Omni - Envio de E-mail', 180);
    expect(l.cron).toBe(
      `*/3 * * * * curl -fsS -m 10 -X POST 'https://runbook.example/api/scheduler/heartbeat' -H 'Authorization: Bearer ${TOKEN}' -H 'Content-Type: application/json' -d '{}' >/dev/null`,
    );
    // crontab reads `%` as a newline: the line has none.
    expect(l.cron).not.toContain('%');
    expect(l.loop).toMatch(/^while true; do curl .* >\/dev\/null; sleep 180; done$/);
    expect(l.systemd.env).toBe(`HEARTBEAT_TOKEN=${TOKEN}\n`);
    expect(l.systemd.service).not.toContain(TOKEN);
    expect(l.systemd.service).toContain('EnvironmentFile=/etc/omni-heartbeat/omni-envio-de-e-mail.env');
    expect(l.systemd.timer).toContain('OnUnitActiveSec=180s');
    expect(l.systemd.timerPath).toBe('/etc/systemd/system/omni-heartbeat-omni-envio-de-e-mail.timer');
    expect(l.systemd.enable).toBe(
      'sudo chmod 600 /etc/omni-heartbeat/omni-envio-de-e-mail.env && sudo systemctl daemon-reload && sudo systemctl enable --now omni-heartbeat-omni-envio-de-e-mail.timer',
    );
    expect(heartbeatLines('https://r.example', TOKEN, 'Omni - Chat Distributor', 5)).toMatchObject({ cron: null });
  });

  test('names units after the task, accents and symbols folded; `%` in a name is escaped for systemd', () => {
    expect(unitSlug('Omni - Relatórios Agendados')).toBe('omni-relatorios-agendados');
    expect(unitSlug('***')).toBe('task');
    expect(heartbeatLines('https://r.example', TOKEN, 'Taxa 100% ok', 60).systemd.service).toContain('Description=Omni Runbook heartbeat: Taxa 100%% ok');
  });

  test.skipIf(!existsSync('/usr/bin/systemd-analyze'))('the service and timer pass `systemd-analyze verify` without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'omni-units-'));
    try {
      const l = heartbeatLines('http://127.0.0.1:4321', TOKEN, 'Omni - Envio de E-mail', 180);
      const env = join(dir, 'task.env');
      writeFileSync(env, l.systemd.env);
      const service = join(dir, 'omni-heartbeat-omni-envio-de-e-mail.service');
      writeFileSync(service, l.systemd.service.replace(l.systemd.envPath, env));
      const timer = join(dir, 'omni-heartbeat-omni-envio-de-e-mail.timer');
      writeFileSync(timer, l.systemd.timer);
      const r = spawnSync('systemd-analyze', ['verify', '--man=no', service, timer], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(0);
      expect(`${r.stdout}${r.stderr}`.trim()).toBe('');
      // The check itself catches a broken timer value.
      writeFileSync(timer, l.systemd.timer.replace('OnUnitActiveSec=180s', 'OnUnitActiveSec=abc'));
      expect(spawnSync('systemd-analyze', ['verify', '--man=no', service, timer], { encoding: 'utf8' }).stderr).toMatch(/Failed to parse timer value/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
