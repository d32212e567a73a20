// The email outbox (Q2): email is written with the action that causes it, survives a mail server
// that refuses it, is retried, shows its state to staff, and can be retried by hand once failed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_RETRY_LIMIT } from '../src/jobs/job-queue.js';
import { Invitation } from '../src/modules/invitations/invitation.entity.js';
import { EmailKind, EmailStatus, OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import { deliverEmail, deliverEmails, queueEmails } from '../src/modules/mail/outbox.service.js';
import type { AppConfig } from '../src/config.js';
import { createMailTransport } from '../src/modules/mail/mail-transport.js';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  USER_ERRORS,
  addContact,
  emailAt,
  eventually,
  invite,
  inviteClient,
  lookUpLink,
  outboxOf,
  portalFirm,
  settleOutbox,
  startTestApp,
  type ApiClient,
  type TestApp,
  type UserErrorData,
} from './harness.js';
import { linkIn } from './mailbox.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});
afterEach(() => {
  app.mailbox.accept();
});

const SENT_EMAILS = `query($filter: SentEmailFilterInput) {
  sentEmails(first: 25, filter: $filter) { totalCount edges { node { id kind toAddress status attempts lastError sentAt subject text } } }
}`;
const RETRY = `mutation($input: RetryEmailInput!) { retryEmail(input: $input) { email { id status lastError } ${USER_ERRORS} } }`;

interface SentEmail {
  id: string;
  kind: string;
  toAddress: string;
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  subject: string;
  text: string | null;
}

async function sentEmails(api: ApiClient, filter: Record<string, unknown> = {}): Promise<{ totalCount: number; emails: SentEmail[] }> {
  const result = await api.data<{ sentEmails: { totalCount: number; edges: { node: SentEmail }[] } }>(SENT_EMAILS, { filter });
  return { totalCount: result.sentEmails.totalCount, emails: result.sentEmails.edges.map((e) => e.node) };
}

/** Waits until the worker has tried the invitation email to this address at least once, and failed. */
async function failedOnce(firmId: string, to: string): Promise<OutboxEmail> {
  return eventually(async () => {
    const [row] = (await outboxOf(app, firmId)).filter((r) => r.toAddress === to && r.kind === EmailKind.INVITATION);
    expect(row?.attempts).toBeGreaterThanOrEqual(1);
    expect(row?.lastError).toBeTruthy();
    return row!;
  });
}

describe('Q2 the email outbox', () => {
  it('keeps an invitation queued while the mail server refuses it, with the error, and delivers it on a later retry', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'down');
    const contactId = await addContact(pf.adminApi, { firstName: 'Dawn', lastName: 'Down', emails: [{ address: email }] });
    app.mailbox.refuse('try again later');
    const invited = await invite(pf.adminApi, { contactId, email });
    expect(invited.errors).toEqual([]);

    const row = await failedOnce(pf.firm.id, email);
    expect(row.status).toBe(EmailStatus.QUEUED);
    expect(row.lastError).toMatch(/try again later/);
    expect(app.mailbox.to(email)).toEqual([]);

    // Waiting to go out, the link is sealed: neither the row nor the staff view shows it.
    expect(row.sealedLink).toBeTruthy();
    const link = app.secrets.open(row.sealedLink!);
    const token = link.split('#')[1]!;
    expect(link).toBe(`https://portal.atrium.test/p/${pf.firm.slug}/accept#${token}`);
    expect(row.sealedLink).not.toContain(token);
    expect(row.textBody).not.toContain(token);
    expect(row.textBody).toContain('%%ATRIUM_LINK%%');
    const listed = await sentEmails(pf.adminApi, { to: email });
    expect(listed.emails).toEqual([expect.objectContaining({ kind: 'INVITATION', status: 'QUEUED', sentAt: null, lastError: expect.stringMatching(/try again later/) })]);
    expect(listed.emails[0]!.attempts).toBeGreaterThanOrEqual(1);
    expect(listed.emails[0]!.text).not.toContain(token);
    expect(listed.emails[0]!.text).toContain('shown to the recipient only');
    const state = await pf.adminApi.data<{ contact: { portal: { members: { latestInvitation: { emailStatus: string } }[] } } }>(
      'query($id: ID!) { contact(id: $id) { portal { members { latestInvitation { emailStatus } } } } }',
      { id: contactId },
    );
    expect(state.contact.portal.members[0]?.latestInvitation.emailStatus).toBe('QUEUED');
    // The invitation is valid meanwhile.
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('VALID');

    // The server comes back; the queue's own retry (10 to 20 s after the failure) delivers it.
    app.mailbox.accept();
    const mail = await app.mailbox.waitFor((m) => m.to.includes(email), 40_000);
    expect(linkIn(mail, `p/${pf.firm.slug}/accept`).token).toBe(token);
    const sent = await eventually(async () => {
      const [after] = await outboxOf(app, pf.firm.id);
      expect(after?.status).toBe(EmailStatus.SENT);
      return after!;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.lastError).toBeNull();
    expect(sent.sentAt).not.toBeNull();
    expect(sent.sealedLink).toBeNull();
    expect(app.mailbox.to(email)).toHaveLength(1);
    expect(await app.orm.em.fork().count(ActivityEntry, { member: invited.member!.id, action: ActivityAction.INVITATION_SENT })).toBe(1);
  }, 60_000);

  it('marks an email failed after the last attempt; staff retry it by hand, and only a failed one', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'failing');
    const contactId = await addContact(pf.adminApi, { firstName: 'Fay', lastName: 'Failing', emails: [{ address: email }] });
    app.mailbox.refuse('mailbox unavailable');
    expect((await invite(pf.adminApi, { contactId, email })).errors).toEqual([]);
    const row = await failedOnce(pf.firm.id, email);

    // Queued: not retryable by hand.
    const early = await pf.adminApi.data<{ retryEmail: { email: unknown; errors: UserErrorData[] } }>(RETRY, { input: { emailId: row.id } });
    expect(early.retryEmail).toEqual({ email: null, errors: [expect.objectContaining({ code: 'CONFLICT' })] });

    // The last attempt the queue allows fails too: the email is FAILED, with the error.
    await expect(deliverEmail(app.delivery, row.id, EMAIL_RETRY_LIMIT)).rejects.toThrow(/mailbox unavailable/);
    const failed = await app.orm.em.fork().findOneOrFail(OutboxEmail, { id: row.id });
    expect(failed.status).toBe(EmailStatus.FAILED);
    expect(failed.attempts).toBe(row.attempts + 1);
    const listed = await sentEmails(pf.adminApi, { status: 'FAILED' });
    expect(listed).toMatchObject({ totalCount: 1, emails: [{ id: row.id, status: 'FAILED', lastError: expect.stringMatching(/mailbox unavailable/) }] });

    // Another firm cannot retry it.
    const other = await portalFirm(app);
    const foreign = await other.adminApi.data<{ retryEmail: { errors: UserErrorData[] } }>(RETRY, { input: { emailId: row.id } });
    expect(foreign.retryEmail.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);

    // Back up; a retry by hand goes out at once (well before the queue's next try), link and all.
    app.mailbox.accept();
    const retried = await pf.adminApi.data<{ retryEmail: { email: { id: string; status: string; lastError: string | null } | null; errors: UserErrorData[] } }>(RETRY, {
      input: { emailId: row.id },
    });
    expect(retried.retryEmail).toEqual({ email: { id: row.id, status: 'QUEUED', lastError: null }, errors: [] });
    const mail = await app.mailbox.waitFor((m) => m.to.includes(email), 5_000);
    const { token } = linkIn(mail, `p/${pf.firm.slug}/accept`);
    expect((await lookUpLink(app, pf.firm.slug, token)).state).toBe('VALID');
    const [sent] = await settleOutbox(app, pf.firm.id);
    expect(sent?.status).toBe(EmailStatus.SENT);

    // Sent: not retryable either.
    const again = await pf.adminApi.data<{ retryEmail: { errors: UserErrorData[] } }>(RETRY, { input: { emailId: row.id } });
    expect(again.retryEmail.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    expect(app.mailbox.to(email)).toHaveLength(1);
  });

  it('lists the firm’s email with its state, newest first, and hides bodies from staff without the invite right', async () => {
    const pf = await portalFirm(app);
    const first = await inviteClient(app, pf, { firstName: 'List', lastName: 'One' });
    const second = await inviteClient(app, pf, { firstName: 'List', lastName: 'Two' });
    await settleOutbox(app, pf.firm.id);
    const listed = await sentEmails(pf.adminApi);
    expect(listed.totalCount).toBe(2);
    expect(listed.emails.map((e) => [e.toAddress, e.status, e.attempts])).toEqual([
      [second.email, 'SENT', 1],
      [first.email, 'SENT', 1],
    ]);
    // Sent: the link lives only in the recipient's mailbox now.
    expect(listed.emails[0]!.text).toContain('link no longer shown');
    expect(listed.emails[0]!.text).not.toContain(second.token);
    const staffApi = await app.signInStaff(pf.staff);
    const plain = await sentEmails(staffApi);
    expect(plain.emails.map((e) => e.text)).toEqual([null, null]);
    const anonymous = await app.api().request(SENT_EMAILS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('writes no email when the action rolls back, and sends none', async () => {
    const pf = await portalFirm(app);
    const email = emailAt(pf.firm, 'rollback');
    // The outbox is written in the caller's transaction: a rollback takes the email and its job with it.
    const failing = app.orm.em.fork().transactional(async (em) => {
      await queueEmails(em, app, [{ firmId: pf.firm.id, kind: EmailKind.LOGIN_REMINDER, to: email, toName: 'Roll Back', subject: 'Never sent', text: 'Never sent', html: '<p>Never sent</p>' }]);
      throw new Error('the action failed after queueing its email');
    });
    await expect(failing).rejects.toThrow(/after queueing/);
    expect(await outboxOf(app, pf.firm.id)).toEqual([]);

    // Through the API: an invitation refused late (the address is taken in this portal) leaves nothing behind.
    const invited = await inviteClient(app, pf, { firstName: 'Only', lastName: 'Once' });
    const before = await settleOutbox(app, pf.firm.id);
    const twice = await invite(pf.adminApi, { contactId: invited.contactId, email: invited.email, name: 'Someone Else', message: 'again' });
    expect(twice.errors).toEqual([expect.objectContaining({ code: 'ALREADY_EXISTS' })]);
    const em = app.orm.em.fork();
    expect(await outboxOf(app, pf.firm.id)).toHaveLength(before.length);
    expect(await em.count(Invitation, { firm: pf.firm.id })).toBe(1);
    expect(await em.count(PortalMember, { firm: pf.firm.id })).toBe(1);

    // Give the worker time to pick up anything that might have slipped through.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(app.mailbox.to(email)).toEqual([]);
    expect(app.mailbox.to(invited.email)).toHaveLength(1);
  });

  it('delivers a batch email by email: each one refused waits for its own retry, and one unreachable server hands the rest on untried', async () => {
    const pf = await portalFirm(app);
    const email = (who: string) => ({ firmId: pf.firm.id, kind: EmailKind.LOGIN_REMINDER, to: emailAt(pf.firm, who), toName: who, subject: `For ${who}`, text: `Hello ${who}`, html: `<p>Hello ${who}</p>` });

    // Three emails queued together go out as one batch; the server refuses each of them.
    app.mailbox.refuse('try again later');
    const refused = await app.orm.em.fork().transactional((em) => queueEmails(em, app, ['ada', 'bo', 'cy'].map(email)));
    const waiting = await eventually(async () => {
      const rows = await outboxOf(app, pf.firm.id);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        [EmailStatus.QUEUED, 1],
        [EmailStatus.QUEUED, 1],
        [EmailStatus.QUEUED, 1],
      ]);
      for (const row of rows) expect(row.lastError).toMatch(/try again later/);
      return rows;
    });
    // Each has a delivery job of its own now, which counts the batch's try among its retries.
    const jobsOf = async (ids: string[]) =>
      (await app.orm.em.fork().execute<{ email_id: string; attempts_before: number; retry_limit: number }[]>(
        `select data->>'emailId' as email_id, (data->>'attemptsBefore')::int as attempts_before, retry_limit from ${app.jobSchema}.job
          where name = 'deliver-email' and data->>'emailId' in (${ids.map(() => '?').join(', ')})`,
        ids,
      )).sort((a, b) => ids.indexOf(a.email_id) - ids.indexOf(b.email_id));
    expect(await jobsOf(waiting.map((r) => r.id))).toEqual(waiting.map((r) => ({ email_id: r.id, attempts_before: 1, retry_limit: EMAIL_RETRY_LIMIT - 1 })));

    // A batch whose mail server cannot be reached: the first email of the batch (the batch's
    // order, not the database's) is tried, the others are handed on untried with the reason,
    // each to a job of its own.
    const rows = await app.orm.em.fork().transactional(async (em) => {
      const queued = ['dee', 'eve', 'fay'].map((who) => {
        const e = email(who);
        return em.create(OutboxEmail, { firm: e.firmId, kind: e.kind, toAddress: e.to, toName: e.toName, subject: e.subject, textBody: e.text, htmlBody: e.html });
      });
      await em.flush();
      return queued;
    });
    const closed = createMailTransport({ mail: { kind: 'smtp', url: 'smtp://127.0.0.1:1?ignoreTLS=true', from: 'Atrium Test <portal@atrium.test>' } } as AppConfig);
    await deliverEmails({ ...app.delivery, transport: closed }, rows.map((r) => r.id).reverse());
    const unreachable = await app.orm.em.fork().find(OutboxEmail, { id: rows.map((r) => r.id) }, { orderBy: { toAddress: 'asc' } });
    expect(unreachable.map((r) => [r.toName, r.status, r.attempts])).toEqual([
      ['dee', EmailStatus.QUEUED, 0],
      ['eve', EmailStatus.QUEUED, 0],
      ['fay', EmailStatus.QUEUED, 1],
    ]);
    for (const row of unreachable) expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect((await jobsOf(unreachable.map((r) => r.id))).map((j) => [j.attempts_before, j.retry_limit])).toEqual([
      [0, EMAIL_RETRY_LIMIT],
      [0, EMAIL_RETRY_LIMIT],
      [1, EMAIL_RETRY_LIMIT - 1],
    ]);
    // Run again (as the queue would after a crash), the batch sends nothing: each email is its own job's now.
    await deliverEmails(app.delivery, rows.map((r) => r.id));
    expect(app.mailbox.to(emailAt(pf.firm, 'eve'))).toEqual([]);

    // The server is back: every email arrives once, from its own job's retry.
    app.mailbox.accept();
    const sent = (await settleOutbox(app, pf.firm.id, 40_000)).sort((a, b) => (a.toName ?? '').localeCompare(b.toName ?? ''));
    expect(sent.map((r) => [r.toName, r.status, r.lastError])).toEqual(['ada', 'bo', 'cy', 'dee', 'eve', 'fay'].map((who) => [who, EmailStatus.SENT, null]));
    expect(sent.map((r) => r.attempts)).toEqual([2, 2, 2, 1, 1, 2]);
    for (const who of ['ada', 'bo', 'cy', 'dee', 'eve', 'fay']) expect(app.mailbox.to(emailAt(pf.firm, who))).toHaveLength(1);
    expect(refused).toHaveLength(3);
  }, 60_000);
});
