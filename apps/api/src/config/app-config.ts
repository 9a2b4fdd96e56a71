import { z } from 'zod';

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
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('log'),
});

export type AppEnv = z.infer<typeof envSchema>;

/** Typed, validated configuration. The only reader of process.env. */
export class AppConfig {
  private constructor(private readonly values: AppEnv) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
    const parsed = envSchema.safeParse(env);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ');
      throw new Error(`Invalid configuration: ${problems}`);
    }

    return new AppConfig(parsed.data);
  }

  static forTest(overrides: Partial<AppEnv> = {}): AppConfig {
    return new AppConfig({ ...envSchema.parse({ NODE_ENV: 'test' }), ...overrides });
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

  get publicUrl(): string {
    return this.values.PUBLIC_URL ?? `http://localhost:${this.values.PORT}`;
  }
}
