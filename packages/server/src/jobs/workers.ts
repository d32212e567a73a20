import type { Logger } from 'pino';
import type { SecretBox } from '../crypto/secret-box.js';
import type { Database } from '../db/orm.js';
import type { Clock } from '../graphql/context.js';
import type { AppConfig } from '../config.js';
import { sendClientActivityDigests } from '../modules/activity/client-activity-digest.js';
import { processBulkRun } from '../modules/invitations/bulk-invitation.js';
import { expireInvitations } from '../modules/invitations/invitation.service.js';
import type { MailTransport } from '../modules/mail/mail-transport.js';
import type { FileStorage } from '../storage/file-storage.js';
import { deliverEmail, deliverEmails } from '../modules/mail/outbox.service.js';
import { QUEUES, type DeliverEmailJob, type JobQueue } from './job-queue.js';

export interface WorkerDeps {
  config: AppConfig;
  orm: Database;
  jobs: JobQueue;
  secrets: SecretBox;
  transport: MailTransport;
  storage: FileStorage;
  clock: Clock;
  logger: Logger;
}

export interface WorkerOptions {
  /** Send client activity digests every minute (S12); tests send them by hand instead. */
  scheduleClientDigests?: boolean;
}

/** Every server works every queue; pg-boss hands each job to one of them. */
export async function startWorkers(deps: WorkerDeps, options: WorkerOptions = {}): Promise<void> {
  await deps.jobs.workEach<DeliverEmailJob>(QUEUES.deliverEmail, 25, (job) => deliverEmail(deps, job.data.emailId, job.retryCount + (job.data.attemptsBefore ?? 0)));
  await deps.jobs.workEach<{ emailIds: string[] }>(QUEUES.deliverEmails, 4, (job) => deliverEmails(deps, job.data.emailIds));
  await deps.jobs.work(QUEUES.expireInvitations, async () => {
    const count = await expireInvitations(deps.orm.em.fork(), deps.clock.now());
    if (count) deps.logger.info({ count }, 'expired invitations');
  });
  await deps.jobs.schedule(QUEUES.expireInvitations, '*/5 * * * *');
  await deps.jobs.work<{ runId: string }>(QUEUES.bulkInvite, async (jobs) => {
    for (const job of jobs) await processBulkRun(deps.orm.em.fork(), deps, job.data.runId);
  });
  await deps.jobs.work(QUEUES.clientActivityDigest, async () => {
    await sendClientActivityDigests(deps);
  });
  if (options.scheduleClientDigests ?? true) await deps.jobs.schedule(QUEUES.clientActivityDigest, '* * * * *');
}
