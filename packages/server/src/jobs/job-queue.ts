import type { PgliteConnection } from '@mikro-orm/pglite';
import { PgBoss, fromKysely, fromPglite, type ConstructorOptions, type Job, type JobResult, type WorkHandler } from 'pg-boss';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../config.js';
import type { Database, Em } from '../db/orm.js';

/** Background work, on pg-boss in the same PostgreSQL as the data, so any server can do any job. */
export const QUEUES = {
  deliverEmail: 'deliver-email',
  deliverEmails: 'deliver-emails',
  expireInvitations: 'expire-invitations',
  bulkInvite: 'bulk-invite',
  clientActivityDigest: 'client-activity-digest',
} as const;

/** Delivery attempts after the first, with exponential backoff from 10 s up to an hour apart. */
export const EMAIL_RETRY_LIMIT = 8;
const EMAIL_RETRY = { retryLimit: EMAIL_RETRY_LIMIT, retryDelay: 10, retryBackoff: true, retryDelayMax: 3600 } as const;

/** Emails one batch job delivers: a bulk invitation of thousands queues a few dozen jobs, not thousands. */
export const DELIVERY_BATCH = 100;

/** One email's delivery job; `attemptsBefore` counts the tries a batch already made. */
export interface DeliverEmailJob {
  emailId: string;
  attemptsBefore?: number;
}

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobQueueOptions {
  /** Seconds between polls for new work when idle. */
  pollingSeconds?: number;
  /** The database schema pg-boss keeps its tables in; servers that share work share it. */
  schema?: string;
  /** Run the queue over the ORM's own connections (a server that allows only one). */
  shareOrmConnections?: boolean;
}

export class JobQueue {
  private constructor(
    private readonly boss: PgBoss,
    private readonly logger: Logger,
    private readonly pollingSeconds: number,
  ) {}

  static async start(orm: Database, database: DatabaseConfig, logger: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
    const schema = options.schema ?? 'pgboss';
    let settings: ConstructorOptions;
    if (database.kind === 'embedded') {
      // The embedded database has one connection: share MikroORM's instance, whose
      // transactions lock it, so jobs and requests take turns.
      const pglite = await (orm.em.getConnection() as unknown as PgliteConnection).getNativeClient();
      settings = { db: fromPglite(pglite), backend: 'pglite', schema };
    } else if (options.shareOrmConnections) {
      settings = { db: fromKysely(orm.em.getConnection().getClient()), schema };
    } else {
      settings = { connectionString: database.url, max: 4, schema };
    }
    const boss = new PgBoss(settings);
    boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
    await boss.start();
    await boss.createQueue(QUEUES.deliverEmail, EMAIL_RETRY);
    // A batch tries each email once and hands a failed one to a job of its own; the batch itself is
    // retried only when the worker fails as a whole (say, it stopped), and skips what went out.
    await boss.createQueue(QUEUES.deliverEmails, { retryLimit: 3, retryDelay: 10, retryBackoff: true });
    await boss.createQueue(QUEUES.expireInvitations, { retryLimit: 2 });
    await boss.createQueue(QUEUES.bulkInvite, { retryLimit: 3, retryDelay: 5 });
    // A failed digest run needs no retry: the next minute's run picks up the same actions.
    await boss.createQueue(QUEUES.clientActivityDigest, { retryLimit: 0 });
    return new JobQueue(boss, logger, options.pollingSeconds ?? 2);
  }

  /**
   * Queues a job inside the entity manager's open transaction, so the job exists exactly when
   * the work that asked for it was committed.
   */
  async sendInTransaction(em: Em, queue: QueueName, data: object, options: { singletonKey?: string } = {}): Promise<void> {
    const trx = em.getTransactionContext();
    if (!trx) throw new Error(`queueing ${queue} needs an open transaction`);
    await this.boss.send(queue, data, { ...options, db: fromKysely(trx as Parameters<typeof fromKysely>[0]) });
  }

  /** Queues many jobs in one statement, inside the entity manager's open transaction. */
  async insertInTransaction(em: Em, queue: QueueName, items: { emailId: string }[]): Promise<void> {
    if (items.length === 0) return;
    const trx = em.getTransactionContext();
    if (!trx) throw new Error(`queueing ${queue} needs an open transaction`);
    await this.boss.insert(
      queue,
      items.map((data) => ({ data, singletonKey: data.emailId })),
      { db: fromKysely(trx as Parameters<typeof fromKysely>[0]) },
    );
  }

  /**
   * Queues the delivery of these emails inside the entity manager's open transaction: one job for
   * a single email, batch jobs of up to DELIVERY_BATCH for more.
   */
  async queueDeliveries(em: Em, emailIds: string[]): Promise<void> {
    if (emailIds.length === 0) return;
    if (emailIds.length === 1) return this.insertInTransaction(em, QUEUES.deliverEmail, [{ emailId: emailIds[0]! }]);
    const trx = em.getTransactionContext();
    if (!trx) throw new Error('queueing email delivery needs an open transaction');
    const batches: { data: { emailIds: string[] } }[] = [];
    for (let start = 0; start < emailIds.length; start += DELIVERY_BATCH) batches.push({ data: { emailIds: emailIds.slice(start, start + DELIVERY_BATCH) } });
    await this.boss.insert(QUEUES.deliverEmails, batches, { db: fromKysely(trx as Parameters<typeof fromKysely>[0]) });
  }

  /**
   * Gives one email a delivery job of its own after a batch's try failed, inside the open
   * transaction that records the failure. It waits for the first retry delay, and its retries
   * continue the count, so the email has the same number of tries as any other.
   */
  async retryDeliveryLater(em: Em, emailId: string, attemptsBefore: number): Promise<void> {
    const trx = em.getTransactionContext();
    if (!trx) throw new Error('queueing email delivery needs an open transaction');
    const data: DeliverEmailJob = { emailId, attemptsBefore };
    await this.boss.send(QUEUES.deliverEmail, data, {
      ...EMAIL_RETRY,
      retryLimit: Math.max(0, EMAIL_RETRY_LIMIT - attemptsBefore),
      startAfter: EMAIL_RETRY.retryDelay,
      db: fromKysely(trx as Parameters<typeof fromKysely>[0]),
    });
  }

  async send(queue: QueueName, data: object, options: { singletonKey?: string } = {}): Promise<void> {
    await this.boss.send(queue, data, options);
  }

  async work<T extends object>(queue: QueueName, handler: WorkHandler<T>): Promise<void> {
    await this.boss.work<T>(queue, { pollingIntervalSeconds: this.pollingSeconds, batchSize: 1 }, handler);
  }

  /**
   * Works jobs in batches, keeping on without a pause while batches come back full; each job
   * succeeds or fails (and is retried) on its own.
   */
  async workEach<T extends object>(queue: QueueName, batchSize: number, handle: (job: Job<T>) => Promise<void>): Promise<void> {
    await this.boss.work<T, unknown, { pollingIntervalSeconds: number; batchSize: number; perJobResults: true; burstWhenBatchFull: true }>(
      queue,
      { pollingIntervalSeconds: this.pollingSeconds, batchSize, perJobResults: true, burstWhenBatchFull: true },
      async (jobs) => {
        const results: JobResult[] = [];
        for (const job of jobs) {
          try {
            await handle(job);
            results.push({ id: job.id, status: 'completed' });
          } catch (error) {
            results.push({ id: job.id, status: 'failed', output: { message: error instanceof Error ? error.message : String(error) } });
          }
        }
        return results;
      },
    );
  }

  async schedule(queue: QueueName, cron: string): Promise<void> {
    await this.boss.schedule(queue, cron);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 3000 });
    this.logger.debug('job queue stopped');
  }
}
