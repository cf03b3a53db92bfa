import { z } from 'zod';
import { parseAllowList } from './security/address-policy';

/** The environment the server and scripts read, validated once. */
const envSchema = z.object({
  /** postgres:// URL of a real PostgreSQL. Unset: the embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database and generated secrets. Default `./data`. */
  DATA_DIR: z.string().default('./data'),
  /** Folder of the drizzle migrations. Default `src/db/migrations` under the working directory. */
  MIGRATIONS_DIR: z.string().default('src/db/migrations'),
  /** Seed the small demo organization when the database is empty. Default on; `0` turns it off. */
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  /** Sign-in session lifetime in minutes. Default 480 (8 hours). */
  SESSION_TTL_MINUTES: z.coerce.number().int().positive().default(480),
  /** Force the Secure flag on cookies on (`1`) or off (`0`). Default: set when the client came over HTTPS (directly or at a trusted proxy). */
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of this server (`127.0.0.1`,
   * `10.0.0.0/24,::1`): only from them are X-Forwarded-For and X-Forwarded-Proto believed (the
   * client's address in audit records and throttles, HTTPS for Secure cookies). Default: none.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .superRefine((v, ctx) => {
      try {
        parseAllowList(v, 'TRUST_PROXY');
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    }),
  /** Seconds a stopping server (SIGTERM) waits for requests in flight and running jobs before it closes the database. Default 20. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /**
   * Addresses or CIDR ranges outbound mailbox connections may reach although they are loopback,
   * private, link-local or otherwise special (`10.0.0.0/8,127.0.0.1`). Default: none.
   */
  OUTBOUND_ALLOW_LIST: z.string().default(''),
  /** A PEM file of extra CA certificates trusted for IMAP/SMTP (an internal CA). Default: none. */
  MAIL_TLS_CA_FILE: z.string().optional(),
  /** Bearer token for monitors on GET /api/health and GET /metrics. Unset: admin sessions only. */
  HEALTH_TOKEN: z.string().min(16).optional(),
  /**
   * The SMTP server alerts and bulk-request notices are sent through, as a URL: `smtp://user:pass@host:587`
   * (STARTTLS required; `?tls=off` for a plain local relay), `smtps://…:465` (TLS). Unset: e-mail contacts
   * without a mailbox of their own, and bulk notices, are not sent.
   */
  ALERT_SMTP_URL: z
    .string()
    .url()
    .refine((v) => /^smtps?:\/\//i.test(v), 'must start with smtp:// or smtps://')
    .optional(),
  /** The From of alert e-mails: `Omni Runbook <alertas@example.com>`. Default: the user of ALERT_SMTP_URL when it is an address. */
  ALERT_FROM: z.string().min(3).max(200).optional(),
  /**
   * The public origin of this site (`https://runbook.example.com`): alert messages link the article
   * sections and screens under it. Default: SITE_URL (the build's origin), else `http://localhost:4321`.
   */
  ALERT_PUBLIC_URL: z.string().url().optional(),
  /** How many times a failed alert delivery is retried before it is marked failed. Default 5. */
  ALERT_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  /** The first retry's delay in seconds; each next one doubles (with jitter), at most 15 minutes. Default 30. */
  ALERT_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** How long one webhook or SMTP attempt may take, in seconds. Default 10. */
  ALERT_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
  /**
   * Seconds between alert sweeps (every check run as the system, alert states advanced). Default 60.
   * pg-boss schedules by the minute: from 60 up the sweep follows a per-minute cron and skips the
   * minutes before its interval is due; below 60 each sweep sends the next one as a delayed job.
   */
  ALERT_SWEEP_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment; throws with the variable to fix. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const r = envSchema.safeParse(source);
  if (!r.success) {
    const lines = r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}\nFix these variables and start again.`);
  }
  return r.data;
}
