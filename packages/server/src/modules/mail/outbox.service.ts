import { raw } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Database, Em } from '../../db/orm.js';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { Clock } from '../../graphql/context.js';
import { EMAIL_RETRY_LIMIT, QUEUES, type JobQueue } from '../../jobs/job-queue.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Invitation } from '../invitations/invitation.entity.js';
import { LINK_SLOT, NAME_SLOT, escapeHtml } from './email-layout.js';
import type { MailTransport } from './mail-transport.js';
import { EmailKind, EmailStatus, OutboxEmail } from './outbox-email.entity.js';

export interface NewEmail {
  firmId: string;
  kind: EmailKind;
  to: string;
  toName: string | null;
  subject: string;
  /** Text and HTML; where a link goes they hold LINK_SLOT. */
  text: string;
  html: string;
  /** The link to put in the slot; it is sealed, never stored in the clear. */
  link?: string;
  invitationId?: string;
}

export interface OutboxDeps {
  jobs: JobQueue;
  secrets: SecretBox;
}

/**
 * Writes emails into the outbox and queues their delivery inside the caller's transaction:
 * when the action rolls back, no email exists and none is sent.
 */
export async function queueEmails(em: Em, deps: OutboxDeps, emails: NewEmail[]): Promise<OutboxEmail[]> {
  const rows = emails.map((email) =>
    em.create(OutboxEmail, {
      firm: email.firmId,
      kind: email.kind,
      toAddress: email.to,
      toName: email.toName,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      sealedLink: email.link ? deps.secrets.seal(email.link) : null,
      invitation: email.invitationId ?? null,
    }),
  );
  await em.flush();
  await deps.jobs.queueDeliveries(em, rows.map((row) => row.id));
  return rows;
}

/**
 * The email as it would read with its link filled in (for kept mail, and at sending). With
 * `reveal` false a link still waiting to go out is not opened either: it is for the recipient alone.
 * An email with a shared body needs that body loaded (`populate: ['body']`, or `loadBodies`).
 */
export function withLink(email: OutboxEmail, secrets: SecretBox, reveal = true): { text: string; html: string } {
  const link = !email.sealedLink
    ? '[link no longer shown: it was sent to the recipient]'
    : reveal
      ? secrets.open(email.sealedLink)
      : '[personal link: shown to the recipient only]';
  let text = email.textBody ?? '';
  let html = email.htmlBody ?? '';
  if (email.body) {
    // The shared body's name slot takes this email's recipient, as the sender's own text would have.
    const shared = email.body.getEntity();
    const name = email.toName ?? '';
    text = shared.text.replaceAll(NAME_SLOT, name);
    html = shared.html.replaceAll(NAME_SLOT, escapeHtml(name));
  }
  return { text: text.replaceAll(LINK_SLOT, link), html: html.replaceAll(LINK_SLOT, link) };
}

/** Loads the shared bodies of these emails that are not loaded yet, in one query. */
export async function loadBodies(em: Em, emails: OutboxEmail[]): Promise<void> {
  const missing = emails.filter((email) => email.body && !email.body.isInitialized());
  if (missing.length) await em.populate(missing, ['body']);
}

export interface DeliveryDeps {
  orm: Database;
  jobs: JobQueue;
  secrets: SecretBox;
  transport: MailTransport;
  clock: Clock;
  logger: Logger;
}

/** Delivers one queued email; a failure is recorded and rethrown so the queue retries with backoff. */
export async function deliverEmail(deps: DeliveryDeps, emailId: string, retryCount: number): Promise<void> {
  const em = deps.orm.em.fork();
  // One query, the shared body (if any) joined in.
  const email = await em.findOne(OutboxEmail, { id: emailId }, { populate: ['body'], strategy: 'joined' });
  if (!email || email.status === EmailStatus.SENT || email.status === EmailStatus.KEPT) return;
  if (deps.transport.kind === 'kept') {
    keep(email, deps.clock.now());
    await em.flush();
    return;
  }
  const failure = await sendOne(deps, em, email);
  if (!failure) return;
  email.attempts += 1;
  email.lastError = failure.message;
  email.status = retryCount >= EMAIL_RETRY_LIMIT ? EmailStatus.FAILED : EmailStatus.QUEUED;
  await em.flush();
  throw failure.error;
}

/**
 * Delivers a batch of queued emails, each on its own: one that fails keeps its error and gets a
 * delivery job of its own, with the usual retries, in the same transaction that records the
 * failure. When the mail server cannot be reached at all, the rest of the batch is handed on
 * untried, with that error, rather than waiting for it once per email. A batch the queue runs
 * again skips what went out or was handed on, so it sends nothing twice.
 */
export async function deliverEmails(deps: DeliveryDeps, emailIds: string[]): Promise<void> {
  const em = deps.orm.em.fork();
  if (deps.transport.kind === 'kept') {
    // Nothing to hand over: every email of the batch is kept at once.
    await em.nativeUpdate(
      OutboxEmail,
      { id: { $in: emailIds }, status: EmailStatus.QUEUED },
      { status: EmailStatus.KEPT, sentAt: deps.clock.now(), lastError: null, attempts: raw('attempts + 1') },
    );
    return;
  }
  // An email the batch already handed to a job of its own (it has an attempt or an error) is that job's.
  const found = await em.find(OutboxEmail, { id: { $in: emailIds }, status: EmailStatus.QUEUED, attempts: 0, lastError: null }, { populate: ['body'] });
  // Tried in the order they were queued: the database returns them in whatever order its plan gives.
  const position = new Map(emailIds.map((id, index) => [id, index]));
  const emails = found.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  for (const [index, email] of emails.entries()) {
    const failure = await sendOne(deps, em, email);
    if (!failure) continue;
    // A server that answered refused this one message; one that did not answer refuses them all.
    const rest = failure.answered ? [] : emails.slice(index + 1);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(OutboxEmail, { id: email.id }, { attempts: raw('attempts + 1'), lastError: failure.message });
      await deps.jobs.retryDeliveryLater(tx, email.id, 1);
      if (rest.length) await tx.nativeUpdate(OutboxEmail, { id: { $in: rest.map((e) => e.id) } }, { lastError: failure.message });
      for (const untried of rest) await deps.jobs.retryDeliveryLater(tx, untried.id, 0);
    });
    if (!failure.answered) return;
  }
}

function keep(email: OutboxEmail, now: Date): void {
  email.attempts += 1;
  email.status = EmailStatus.KEPT;
  email.sentAt = now;
  email.lastError = null;
}

interface SendFailure {
  error: Error;
  /** The error as the outbox keeps it. */
  message: string;
  /** Whether the mail server answered (and refused this message) rather than could not be reached. */
  answered: boolean;
}

/**
 * Hands one email to the mail server. Sent: the row records it (the link forgotten, the
 * invitation's sending logged) and is flushed. Refused: the row is left as it was and the
 * failure returned, for the caller to record.
 */
async function sendOne(deps: DeliveryDeps, em: Em, email: OutboxEmail): Promise<SendFailure | null> {
  const { text, html } = withLink(email, deps.secrets);
  const now = deps.clock.now();
  try {
    await deps.transport.send({ to: email.toAddress, toName: email.toName, subject: email.subject, text, html });
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    const message = error.message.slice(0, 1000);
    deps.logger.warn({ emailId: email.id, attempt: email.attempts + 1, err: message }, 'email delivery failed');
    return { error, message, answered: typeof (error as { responseCode?: unknown }).responseCode === 'number' };
  }
  email.attempts += 1;
  email.status = EmailStatus.SENT;
  email.sentAt = now;
  email.lastError = null;
  // Sent: the clear link now lives only in the recipient's mailbox.
  email.sealedLink = null;
  if (email.kind === EmailKind.INVITATION && email.invitation) {
    const invitation = await em.findOne(Invitation, { id: email.invitation.id }, { populate: ['member'] });
    if (invitation) {
      recordActivity(em, {
        firmId: email.firm.id,
        action: ActivityAction.INVITATION_SENT,
        actor: { kind: 'system' },
        portalId: invitation.portal.id,
        memberId: invitation.member.id,
        summary: `Invitation email sent to ${email.toAddress}.`,
        at: now,
      });
    }
  }
  await em.flush();
  return null;
}

/** Puts a failed email back in the queue (staff's "retry"). */
export async function retryEmail(em: Em, deps: OutboxDeps, email: OutboxEmail): Promise<void> {
  await em.transactional(async (tx) => {
    const row = await tx.findOneOrFail(OutboxEmail, { id: email.id });
    row.status = EmailStatus.QUEUED;
    row.lastError = null;
    await tx.flush();
    await deps.jobs.sendInTransaction(tx, QUEUES.deliverEmail, { emailId: row.id });
  });
}
