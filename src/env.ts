import { z } from 'zod';

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
  /** Set the Secure flag on cookies. Default: on unless the site is served over plain http on loopback. */
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  /**
   * Addresses or CIDR ranges outbound mailbox connections may reach although they are loopback,
   * private, link-local or otherwise special (`10.0.0.0/8,127.0.0.1`). Default: none.
   */
  OUTBOUND_ALLOW_LIST: z.string().default(''),
  /** A PEM file of extra CA certificates trusted for IMAP/SMTP (an internal CA). Default: none. */
  MAIL_TLS_CA_FILE: z.string().optional(),
  /** Bearer token for monitors on GET /api/health and GET /metrics. Unset: admin sessions only. */
  HEALTH_TOKEN: z.string().min(16).optional(),
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
