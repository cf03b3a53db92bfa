import { readEnv } from '../../env';
import type { MailEndpoint } from '../../mail/probe-options';

/** How deliveries are sent and retried; the worker and the tests pass their own. */
export interface DeliverySettings {
  /** The alert SMTP server (ALERT_SMTP_URL), or null when unset. */
  smtp: MailEndpoint | null;
  /** The From header of alert e-mails. */
  from: string;
  /** The site's public origin, without a trailing slash: links in messages start with it. */
  publicUrl: string;
  retryLimit: number;
  retryDelaySeconds: number;
  /** Per attempt (webhook request, SMTP step), in milliseconds. */
  timeoutMs: number;
}

/** The alert SMTP URL as an endpoint: `smtps://` is TLS, `smtp://` requires STARTTLS (`?tls=off`: plain, a local relay). */
export function smtpEndpointOf(url: string): MailEndpoint {
  const u = new URL(url);
  const tls = u.protocol === 'smtps:';
  return {
    host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(u.port) || (tls ? 465 : 587),
    security: tls ? 'tls' : u.searchParams.get('tls') === 'off' ? 'none' : 'starttls',
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/** The From of alert mails: ALERT_FROM, else the SMTP user when it is an address, else a fixed local one. */
function defaultFrom(smtp: MailEndpoint | null): string {
  const user = smtp?.user ?? '';
  return `Omni Runbook <${user.includes('@') ? user : 'omni-runbook@localhost'}>`;
}

/** The settings from the environment (read on each call: tests and the server set them before starting). */
export function deliverySettings(source: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const env = readEnv(source);
  const smtp = env.ALERT_SMTP_URL ? smtpEndpointOf(env.ALERT_SMTP_URL) : null;
  // The build's `site` (SITE_URL at build time) when the server was built by Astro; undefined outside Vite.
  const built = (import.meta.env as Record<string, string | undefined> | undefined)?.SITE;
  const origin = env.ALERT_PUBLIC_URL ?? source.SITE_URL ?? built ?? 'http://localhost:4321';
  return {
    smtp,
    from: env.ALERT_FROM ?? defaultFrom(smtp),
    publicUrl: origin.replace(/\/+$/, ''),
    retryLimit: env.ALERT_RETRY_LIMIT,
    retryDelaySeconds: env.ALERT_RETRY_DELAY_SECONDS,
    timeoutMs: env.ALERT_SEND_TIMEOUT_SECONDS * 1000,
  };
}
