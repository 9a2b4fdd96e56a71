import { isIP } from 'node:net';

import { z } from 'zod';

import { PASSWORD_HASH_LOG2_N, type ScryptCost, scryptCost } from '@api/core/auth/password-hasher';

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** The password hash cost test apps use unless a test asks for another (see AppConfig.forTest). */
export const TEST_PASSWORD_HASH_COST = 12;

/** Express's trust-proxy values, checked here so a typo fails with the variable's name, not at listen time. */
function isTrustProxySetting(value: string): boolean {
  if (['true', 'false'].includes(value) || /^\d+$/.test(value)) {
    return true;
  }

  return value.split(',').every((entry) => {
    const [address = '', prefix, ...rest] = entry.trim().split('/');
    const version = isIP(address);
    const isPrefix = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 6 ? 128 : 32)) || isIP(prefix) === 4;

    return rest.length === 0 && (PROXY_NAMES.has(address) ? prefix === undefined : version !== 0 && isPrefix);
  });
}

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATA_DIR: z.string().default('.data'),
  PUBLIC_URL: z.string().url().optional(),
  WEB_DIST_DIR: z.string().default('dist/apps/web'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).default(24 * 14),
  INVITE_TTL_HOURS: z.coerce.number().int().min(1).default(24 * 7),
  // Unset = secure in production only; see `cookieSecure`.
  COOKIE_SECURE: booleanFromEnv.optional(),
  SEED_DEMO: booleanFromEnv.default(true),
  SAMPLE_GUIDES_DIR: z.string().default('data/guides'),
  REDIS_URL: z.string().url().optional(),
  REMINDER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
  // Who is in the interview room: a connection unseen this long is gone (it refreshes every third of it).
  ROOM_PRESENCE_TTL_SECONDS: z.coerce.number().int().min(3).max(600).default(45),
  // Background jobs (mail delivery, reminders) on pg-boss; off only in tests that drive them by hand.
  JOBS_ENABLED: booleanFromEnv.default(true),
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  // Outgoing mail. SMTP_URL wins over the split variables; neither = messages stay in the outbox.
  SMTP_URL: z.string().url().optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_SECURE: booleanFromEnv.optional(),
  MAIL_FROM: z.string().min(3).default('Panelwise <panelwise@localhost>'),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  // A delivery whose worker died is taken up again after this long.
  MAIL_SEND_TIMEOUT_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  // First run: the token the setup page asks for; unset = a random one printed to the log.
  SETUP_TOKEN: z.string().min(16).max(200).optional(),
  TEAM_CREATION: z.enum(['anyone', 'coordinators', 'off']).default('coordinators'),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
  // log2 of scrypt's N for new password hashes (r = 8, p = 1): 17 is OWASP's minimum, 128 MiB a hash.
  PASSWORD_HASH_COST: z.coerce.number().int().min(TEST_PASSWORD_HASH_COST).max(20).default(PASSWORD_HASH_LOG2_N),
  // Express's trust-proxy setting: false, true, a hop count, or addresses/subnets/names
  // (loopback, linklocal, uniquelocal) separated by commas. Off: the peer is the client.
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(isTrustProxySetting, 'must be true, false, a hop count, or addresses, subnets or loopback/linklocal/uniquelocal separated by commas')
    .default('false'),
});

export type AppEnv = z.infer<typeof envSchema>;

/** Below OWASP's minimum only outside production: tests hash thousands of passwords. */
function productionIssues(env: AppEnv): string[] {
  return env.NODE_ENV === 'production' && env.PASSWORD_HASH_COST < PASSWORD_HASH_LOG2_N
    ? [`PASSWORD_HASH_COST: must be at least ${PASSWORD_HASH_LOG2_N} in production`]
    : [];
}

/** Typed, validated configuration. The only reader of process.env. */
export class AppConfig {
  private constructor(private readonly values: AppEnv) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    // An empty variable means unset (docker compose passes `${VAR:-}` through as "").
    const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
    const problems = parsed.success ? productionIssues(parsed.data) : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    if (!parsed.success || problems.length > 0) {
      throw new Error(`Invalid configuration: ${problems.join('; ')}`);
    }

    return new AppConfig(parsed.data);
  }

  static forTest(overrides: Partial<AppEnv> = {}): AppConfig {
    return new AppConfig({ ...envSchema.parse({ NODE_ENV: 'test', PASSWORD_HASH_COST: TEST_PASSWORD_HASH_COST }), ...overrides });
  }

  get<K extends keyof AppEnv>(key: K): AppEnv[K] {
    return this.values[key];
  }

  get isProduction(): boolean {
    return this.values.NODE_ENV === 'production';
  }

  /**
   * Whether the session cookie carries `Secure` (sent over HTTPS only): on in
   * production unless COOKIE_SECURE=false says the app is served over plain HTTP.
   */
  get cookieSecure(): boolean {
    return this.values.COOKIE_SECURE ?? this.isProduction;
  }

  /** The SMTP transport's options, or null when mail stays in the outbox. */
  get smtp(): { url: string } | { host: string; port: number; secure: boolean; user?: string; password?: string } | null {
    const { SMTP_URL, SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD } = this.values;
    if (SMTP_URL) {
      return { url: SMTP_URL };
    }
    if (!SMTP_HOST) {
      return null;
    }
    const secure = SMTP_SECURE ?? SMTP_PORT === 465;

    return { host: SMTP_HOST, port: SMTP_PORT ?? (secure ? 465 : 587), secure, user: SMTP_USER, password: SMTP_PASSWORD };
  }

  /**
   * Which peers' X-Forwarded-For to believe, in Express's syntax (see
   * TRUST_PROXY): off by default, so a client's address, which sign-in
   * throttling keys on, is the peer's and a header cannot forge it.
   */
  get trustProxy(): boolean | number | string {
    const value = this.values.TRUST_PROXY;
    if (value === 'true' || value === 'false') {
      return value === 'true';
    }

    return /^\d+$/.test(value) ? Number(value) : value;
  }

  /** Parameters for new password hashes; a stored hash below them is replaced at the next sign-in. */
  get passwordHashCost(): ScryptCost {
    return scryptCost(this.values.PASSWORD_HASH_COST);
  }

  get publicUrl(): string {
    return this.values.PUBLIC_URL ?? `http://localhost:${this.values.PORT}`;
  }
}
