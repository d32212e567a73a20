import { resolve } from 'node:path';
import { z } from 'zod';

/** Where the data lives: a PostgreSQL server, or the embedded PGlite cluster kept on disk. */
export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      poolSize: number;
      /** Frequent reads are named prepared statements, planned once per connection (off behind a pooler that cannot keep them). */
      preparedStatements?: boolean;
    }
  | { kind: 'embedded'; dataDir: string };

export interface AppConfig {
  port: number;
  host: string;
  /** The address people use to reach Atrium; links in emails are built from it, never from a request. */
  publicUrl: URL;
  database: DatabaseConfig;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Serve the built web apps from this process. */
  serveApps: boolean;
  seedDemo: boolean;
  demoPassword: string;
  /** True behind a TLS-terminating proxy: cookies are then marked Secure. */
  secureCookies: boolean;
  trustProxy: boolean;
  /** Where mail goes: an SMTP server, or kept in the database and shown on the staff app's Sent mail page. */
  mail: { kind: 'smtp'; url: string; from: string } | { kind: 'kept'; from: string };
  /**
   * Key for the secrets Atrium must keep for a while (an invitation link waiting in the outbox).
   * From SECRET_KEY; on the embedded database, made once and kept in DATA_DIR when unset.
   */
  secretKey: string | null;
  /** S3-compatible object storage for uploaded files; null keeps them on the local disk under DATA_DIR. */
  s3: S3Config | null;
}

export interface S3Config {
  bucket: string;
  /** Address of an S3-compatible service (MinIO, R2…); null for AWS itself. */
  endpoint: string | null;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Addresses the bucket as a path (host/bucket/key), as most S3-compatible services need. */
  forcePathStyle: boolean;
}

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const environmentSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'must be an absolute http(s) address, e.g. https://portal.example.com' })
    .optional(),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number from 1 to 200')
    .min(1, 'must be a whole number from 1 to 200')
    .max(200, 'must be a whole number from 1 to 200')
    .default(10),
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SERVE_APPS: booleanFlag.default(true),
  SEED_DEMO: booleanFlag.default(true),
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').default('atrium-demo-password'),
  TRUST_PROXY: booleanFlag.default(false),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/[^\s]+$/.test(value), 'must look like smtp://user:pass@host:587 or smtps://host:465')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Atrium <no-reply@atrium.localhost>'),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens')
    .optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'must be an absolute http(s) address, e.g. https://s3.example.com' }).optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]+$/, 'must be a region name such as us-east-1').default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.default(false),
}).superRefine((env, ctx) => {
  if (env.S3_BUCKET) {
    if (!env.S3_ACCESS_KEY_ID) ctx.addIssue({ code: 'custom', path: ['S3_ACCESS_KEY_ID'], message: 'must be set when S3_BUCKET is' });
    if (!env.S3_SECRET_ACCESS_KEY) ctx.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'must be set when S3_BUCKET is' });
  } else if (env.S3_ENDPOINT || env.S3_ACCESS_KEY_ID || env.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'must be set when other S3_ settings are (files would otherwise stay on the local disk)' });
  }
  if (env.DATABASE_URL && /^postgres(ql)?:\/\//.test(env.DATABASE_URL) && !env.SECRET_KEY) {
    ctx.addIssue({ code: 'custom', path: ['SECRET_KEY'], message: 'must be set when DATABASE_URL is (every server of one deployment shares it)' });
  }
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the configuration; every problem is reported on a line of its own. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  // Values are trimmed; a blank one counts as unset.
  const present = Object.fromEntries(
    Object.entries(environment)
      .map(([key, value]) => [key, value?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const env = parsed.data;
  const dataDir = resolve(cwd, env.DATA_DIR);
  const publicUrl = new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`);
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, preparedStatements: env.DATABASE_PREPARED_STATEMENTS }
      : { kind: 'embedded', dataDir: resolve(dataDir, 'pglite') },
    dataDir,
    logLevel: env.LOG_LEVEL,
    serveApps: env.SERVE_APPS,
    seedDemo: env.SEED_DEMO,
    demoPassword: env.DEMO_PASSWORD,
    secureCookies: publicUrl.protocol === 'https:',
    trustProxy: env.TRUST_PROXY,
    mail: env.SMTP_URL ? { kind: 'smtp', url: env.SMTP_URL, from: env.MAIL_FROM } : { kind: 'kept', from: env.MAIL_FROM },
    secretKey: env.SECRET_KEY ?? null,
    s3:
      env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? {
            bucket: env.S3_BUCKET,
            endpoint: env.S3_ENDPOINT ?? null,
            region: env.S3_REGION,
            accessKeyId: env.S3_ACCESS_KEY_ID,
            secretAccessKey: env.S3_SECRET_ACCESS_KEY,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
          }
        : null,
  };
}

/** A database address safe to print: the password is replaced. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable)';
  }
}
