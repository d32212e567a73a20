import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import { SecretBox, resolveSecretKey } from './crypto/secret-box.js';
import { migrate, openDatabase, type Database } from './db/orm.js';
import { systemClock, type Clock } from './graphql/context.js';
import { startApp, type RunningApp } from './http/app.js';
import { JobQueue } from './jobs/job-queue.js';
import { startWorkers } from './jobs/workers.js';
import { createMailTransport, type MailTransport } from './modules/mail/mail-transport.js';
import { createFileStorage } from './storage/create-storage.js';
import type { FileStorage } from './storage/file-storage.js';

export interface Atrium {
  app: RunningApp;
  orm: Database;
  jobs: JobQueue;
  secrets: SecretBox;
  storage: FileStorage;
  appliedMigrations: string[];
  close(): Promise<void>;
}

export interface StartOptions {
  config: AppConfig;
  logger: Logger;
  clock?: Clock;
  /** An already open database (tests share one); otherwise opened from the configuration. */
  orm?: Database;
  /** Seconds between job polls when idle. */
  jobPollingSeconds?: number;
  /** pg-boss schema and connection sharing (tests give each app its own queue). */
  jobSchema?: string;
  shareOrmConnectionsForJobs?: boolean;
  transport?: MailTransport;
  /** Where uploaded files go; otherwise from the configuration. */
  storage?: FileStorage;
  /** Schedule the client activity digest every minute (default); tests send digests by hand. */
  scheduleClientDigests?: boolean;
  /** Runs after migrations, before serving (the demo seed). */
  beforeServe?: (orm: Database, storage: FileStorage) => Promise<void>;
}

/** Opens and migrates the database, starts the job queue and its workers, then serves. */
export async function startAtrium(options: StartOptions): Promise<Atrium> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const orm = options.orm ?? (await openDatabase(config.database));
  const appliedMigrations = await migrate(orm);
  const storage = options.storage ?? createFileStorage(config);
  await options.beforeServe?.(orm, storage);
  const secrets = new SecretBox(resolveSecretKey(config));
  const transport = options.transport ?? createMailTransport(config);
  const jobs = await JobQueue.start(orm, config.database, logger, {
    pollingSeconds: options.jobPollingSeconds,
    schema: options.jobSchema,
    shareOrmConnections: options.shareOrmConnectionsForJobs,
  });
  await startWorkers({ config, orm, jobs, secrets, transport, storage, clock, logger }, { scheduleClientDigests: options.scheduleClientDigests });
  const app = await startApp({ config, orm, logger, jobs, secrets, storage, clock });
  return {
    app,
    orm,
    jobs,
    secrets,
    storage,
    appliedMigrations,
    close: async () => {
      const step = async (name: string, work: () => Promise<void> | void) => {
        const started = performance.now();
        await work();
        logger.debug({ step: name, ms: Math.round(performance.now() - started) }, 'stopped');
      };
      await step('http', () => app.close());
      await step('jobs', () => jobs.stop());
      await step('mail', () => transport.close());
      if (!options.orm) await step('database', () => orm.close());
    },
  };
}
