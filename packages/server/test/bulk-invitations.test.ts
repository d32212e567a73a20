// Bulk invitations (I5): many clients at once in the background, those who cannot be invited
// listed with the reason, progress to poll, and no duplicates however often it is asked.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientUser } from '../src/modules/clients/client-user.entity.js';
import { BulkInvitationRun, BulkRunStatus, processBulkRun } from '../src/modules/invitations/bulk-invitation.js';
import { Invitation } from '../src/modules/invitations/invitation.entity.js';
import { EmailKind, OutboxBody, OutboxEmail } from '../src/modules/mail/outbox-email.entity.js';
import { MemberStatus, PortalMember } from '../src/modules/portals/portal.entity.js';
import {
  USER_ERRORS,
  accept,
  addContact,
  addMatter,
  emailAt,
  eventually,
  inviteClient,
  lookUpLink,
  portalFirm,
  registeredMember,
  settleOutbox,
  signInClient,
  startTestApp,
  type ApiClient,
  type TestApp,
  type UserErrorData,
} from './harness.js';
import { bulkClient, recordBulkRun } from './bulk-runs.js';
import { linkIn } from './mailbox.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const BULK = `mutation($input: BulkInviteToPortalInput!) { bulkInviteToPortal(input: $input) { run { id status total } ${USER_ERRORS} } }`;
const RUN = `query($id: ID!) { bulkInvitationRun(id: $id) { id status total processed invited finishedAt skipped { contactId name reason } } }`;

interface RunData {
  id: string;
  status: string;
  total: number;
  processed: number;
  invited: number;
  finishedAt: string | null;
  skipped: { contactId: string; name: string; reason: string }[];
}

async function startBulk(api: ApiClient, contactIds: string[], requestKey: string): Promise<{ run: { id: string; status: string; total: number } | null; errors: UserErrorData[] }> {
  return (await api.data<{ bulkInviteToPortal: { run: { id: string; status: string; total: number } | null; errors: UserErrorData[] } }>(BULK, { input: { contactIds, requestKey } }))
    .bulkInviteToPortal;
}

/** Polls the run, as the staff app's progress bar does, until it is done. */
async function runDone(api: ApiClient, id: string): Promise<RunData> {
  return eventually(async () => {
    const run = (await api.data<{ bulkInvitationRun: RunData | null }>(RUN, { id })).bulkInvitationRun;
    expect(run?.status).toBe('DONE');
    return run!;
  }, 20_000);
}

describe('I5 bulk invitations', () => {
  it('invites the clients with an email, lists the rest with the reason, and never sends twice', async () => {
    const pf = await portalFirm(app);
    const anna = await bulkClient(pf, 'anna');
    const ben = await bulkClient(pf, 'ben');
    const noEmail = await addContact(pf.adminApi, { firstName: 'Nemo', lastName: 'Bulk' });
    const supplier = await bulkClient(pf, 'supplier', { kind: 'SUPPLIER' });
    const prospect = await bulkClient(pf, 'prospect', { kind: 'PROSPECT' });
    await addMatter(pf.adminApi, { name: 'Prospect work', responsibleStaffId: pf.admin.id, participants: [{ contactId: prospect.id, role: 'CLIENT' }] });
    const selected = [anna.id, ben.id, noEmail, supplier.id, prospect.id];
    const key = randomUUID();

    const started = await startBulk(pf.adminApi, selected, key);
    expect(started.errors).toEqual([]);
    expect(started.run?.total).toBe(5);
    const run = await runDone(pf.adminApi, started.run!.id);
    expect(run).toMatchObject({ total: 5, processed: 5, invited: 3 });
    expect(run.finishedAt).not.toBeNull();
    expect(run.skipped).toHaveLength(2);
    expect(run.skipped).toEqual(
      expect.arrayContaining([
        { contactId: noEmail, name: 'Nemo Bulk', reason: 'No email address.' },
        { contactId: supplier.id, name: 'supplier Bulk', reason: 'Not a client.' },
      ]),
    );

    // Three invitation emails, each with its own working link.
    const tokens: string[] = [];
    for (const person of [anna, ben, prospect]) {
      const mail = await app.mailbox.waitFor((m) => m.to.includes(person.email));
      expect(mail.text).toContain(`Hello ${person.email.split('.')[0]} Bulk,`);
      const { token } = linkIn(mail, `p/${pf.firm.slug}/accept`);
      expect((await lookUpLink(app, pf.firm.slug, token)).email).toBe(person.email);
      tokens.push(token);
    }
    expect(new Set(tokens).size).toBe(3);
    const afterFirst = await settleOutbox(app, pf.firm.id);
    expect(afterFirst.map((r) => r.kind)).toEqual([EmailKind.INVITATION, EmailKind.INVITATION, EmailKind.INVITATION]);

    // The same request again (a double click, a retry): the same run, nothing new.
    const repeated = await startBulk(pf.adminApi, selected, key);
    expect(repeated.run?.id).toBe(started.run!.id);
    expect(repeated.run?.status).toBe('DONE');

    // A new request for the same people: nothing sent twice, each listed as already invited.
    const second = await startBulk(pf.adminApi, [anna.id, ben.id, prospect.id], randomUUID());
    expect(second.run?.id).not.toBe(started.run!.id);
    const secondRun = await runDone(pf.adminApi, second.run!.id);
    expect(secondRun).toMatchObject({ total: 3, processed: 3, invited: 0 });
    expect(secondRun.skipped.map((s) => s.reason)).toEqual(['Already invited or has access.', 'Already invited or has access.', 'Already invited or has access.']);

    const em = app.orm.em.fork();
    expect(await em.count(PortalMember, { firm: pf.firm.id })).toBe(3);
    expect(await em.count(Invitation, { firm: pf.firm.id })).toBe(3);
    expect(await settleOutbox(app, pf.firm.id)).toHaveLength(3);
    for (const person of [anna, ben, prospect]) expect(app.mailbox.to(person.email)).toHaveLength(1);

    // The clients show as pending; a bulk link registers like any other.
    const pending = await pf.adminApi.data<{ contacts: { edges: { node: { id: string } }[] } }>(
      '{ contacts(first: 50, filter: { portalStatus: PENDING }) { edges { node { id } } } }',
    );
    expect(pending.contacts.edges.map((e) => e.node.id).sort()).toEqual([anna.id, ben.id, prospect.id].sort());
    expect((await accept(app, pf.firm.slug, tokens[0]!)).errors).toEqual([]);
    await signInClient(app, pf.firm.slug, anna.email);
  });

  it('gives a person with a login access at once, and skips unknown and archived contacts', async () => {
    const pf = await portalFirm(app);
    const other = await portalFirm(app);
    const member = await registeredMember(app, pf, { firstName: 'Lena', lastName: 'Login' });
    const sameEmail = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Lena Ltd ${pf.firm.slug}`, emails: [{ address: member.email }] });
    const archived = await bulkClient(pf, 'archived');
    const archive = await pf.adminApi.data<{ archiveContact: { errors: UserErrorData[] } }>(
      `mutation($input: ContactIdInput!) { archiveContact(input: $input) { ${USER_ERRORS} } }`,
      { input: { id: archived.id } },
    );
    expect(archive.archiveContact.errors).toEqual([]);
    const foreign = await addContact(other.adminApi, { firstName: 'Foreign', lastName: 'Bulk', emails: [{ address: emailAt(other.firm, 'foreign') }] });

    const started = await startBulk(pf.adminApi, [sameEmail, archived.id, foreign], randomUUID());
    const run = await runDone(pf.adminApi, started.run!.id);
    expect(run).toMatchObject({ total: 3, processed: 3, invited: 1 });
    expect(run.skipped).toEqual(
      expect.arrayContaining([
        { contactId: archived.id, name: 'archived Bulk', reason: 'Archived.' },
        { contactId: foreign, name: '', reason: 'No such contact.' },
      ]),
    );
    const granted = await app.mailbox.waitFor((m) => m.to.includes(member.email) && /now have access/.test(m.subject));
    expect(granted.text).not.toContain('accept#');
    const em = app.orm.em.fork();
    expect(await em.count(ClientUser, { firm: pf.firm.id, email: member.email })).toBe(1);
    const added = await em.findOneOrFail(PortalMember, { contact: sameEmail });
    expect(added.status).toBe(MemberStatus.ACTIVE);
    expect((await member.client.data<{ myPortals: { id: string }[] }>('{ myPortals { id } }')).myPortals).toHaveLength(2);
    // Nothing reached the other firm.
    expect(await em.count(PortalMember, { firm: other.firm.id })).toBe(0);
    expect(app.mailbox.to(emailAt(other.firm, 'foreign'))).toEqual([]);
  });

  it('finishes a run that includes a member whose access was disabled, and invites the others', async () => {
    const pf = await portalFirm(app);
    const disabled = await inviteClient(app, pf, { who: 'dis', firstName: 'Dis', lastName: 'Abled' });
    const result = await pf.adminApi.data<{ disablePortalMember: { errors: UserErrorData[] } }>(
      `mutation($input: PortalMemberIdInput!) { disablePortalMember(input: $input) { ${USER_ERRORS} } }`,
      { input: { memberId: disabled.memberId } },
    );
    expect(result.disablePortalMember.errors).toEqual([]);
    const fresh = await bulkClient(pf, 'fresh');

    const started = await startBulk(pf.adminApi, [disabled.contactId, fresh.id], randomUUID());
    const run = await runDone(pf.adminApi, started.run!.id);
    expect(run).toMatchObject({ total: 2, processed: 2, invited: 1 });
    expect(run.skipped).toEqual([{ contactId: disabled.contactId, name: 'Dis Abled', reason: expect.stringMatching(/disabled/i) }]);
    await app.mailbox.waitFor((m) => m.to.includes(fresh.email));
    // The disabled member stays disabled: enabling again is a deliberate resend.
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(PortalMember, { id: disabled.memberId })).status).toBe(MemberStatus.DISABLED);
    expect(await em.count(PortalMember, { portal: disabled.portalId })).toBe(1);
  });

  it('writes the body the emails share once; each email reads with its own name and link, when sent and in Sent mail', async () => {
    const pf = await portalFirm(app);
    const plain = await bulkClient(pf, 'plain');
    const marked = await bulkClient(pf, 'marked', { lastName: 'O\'Hara & <Sons>' });
    const member = await registeredMember(app, pf, { firstName: 'Gina', lastName: 'Granted' });
    const granted = await addContact(pf.adminApi, { type: 'ORGANIZATION', organizationName: `Gina & Co ${pf.firm.slug}`, emails: [{ address: member.email }] });
    const started = await startBulk(pf.adminApi, [plain.id, marked.id, granted], randomUUID());
    expect((await runDone(pf.adminApi, started.run!.id)).invited).toBe(3);

    // One body for the invitations and one for the access email; the rows keep only what is their own.
    const em = app.orm.em.fork();
    const bodies = await em.find(OutboxBody, { firm: pf.firm.id });
    expect(bodies).toHaveLength(2);
    const rows = await em.find(OutboxEmail, { firm: pf.firm.id, body: { $ne: null } }, { orderBy: { toAddress: 'asc' } });
    expect(rows.map((r) => r.kind).sort()).toEqual([EmailKind.ACCESS_GRANTED, EmailKind.INVITATION, EmailKind.INVITATION]);
    for (const row of rows) expect([row.textBody, row.htmlBody]).toEqual([null, null]);
    for (const body of bodies) expect(body.text).toContain('%%ATRIUM_NAME%%');

    // As delivered: the name in text and, escaped, in HTML; each invitation its own working link.
    const plainMail = await app.mailbox.waitFor((m) => m.to.includes(plain.email));
    const markedMail = await app.mailbox.waitFor((m) => m.to.includes(marked.email));
    expect(plainMail.text).toContain('Hello plain Bulk,');
    expect(markedMail.text).toContain("Hello marked O'Hara & <Sons>,");
    expect(markedMail.html).toContain('marked O&#39;Hara &amp; &lt;Sons&gt;');
    expect(markedMail.html).not.toContain('<Sons>');
    expect(markedMail.subject).not.toContain('%%');
    const plainLink = linkIn(plainMail, `p/${pf.firm.slug}/accept`);
    const markedLink = linkIn(markedMail, `p/${pf.firm.slug}/accept`);
    expect(plainLink.token).not.toBe(markedLink.token);
    expect(markedMail.html).toContain(markedLink.url);
    expect((await lookUpLink(app, pf.firm.slug, markedLink.token)).email).toBe(marked.email);
    const grantedMail = await app.mailbox.waitFor((m) => m.to.includes(member.email) && /now have access/.test(m.subject));
    expect(grantedMail.subject).toContain(`Gina & Co ${pf.firm.slug}`);
    expect(grantedMail.text).toContain(`Hello Gina & Co ${pf.firm.slug},`);
    expect(grantedMail.html).toContain(`Gina &amp; Co ${pf.firm.slug}`);
    await settleOutbox(app, pf.firm.id);

    // Sent mail shows the same text, with the link withheld once it is sent.
    const sent = await pf.adminApi.data<{ sentEmails: { edges: { node: { toAddress: string; subject: string; text: string | null; html: string | null } }[] } }>(
      '{ sentEmails(first: 25) { edges { node { toAddress subject text html } } } }',
    );
    const shown = sent.sentEmails.edges.map((e) => e.node).find((n) => n.toAddress === marked.email)!;
    expect(shown.text).toContain("Hello marked O'Hara & <Sons>,");
    expect(shown.text).toContain('link no longer shown');
    expect(shown.text).not.toContain(markedLink.token);
    expect(shown.html).toContain('marked O&#39;Hara &amp; &lt;Sons&gt;');
    expect(shown.html).not.toContain('%%');
    expect(sent.sentEmails.edges.every((e) => !e.node.text?.includes('%%'))).toBe(true);
  });

  it('writes chunks side by side, and a resumed run does only the chunks not yet done', async () => {
    const pf = await portalFirm(app);
    const people = await Promise.all(['c0', 'c1', 'c2', 'c3', 'c4'].map((who) => bulkClient(pf, who)));
    const deps = { config: app.config, jobs: app.jobs, secrets: app.secrets, clock: app.clock, chunkSize: 2 };
    const newRun = (extra: Partial<BulkInvitationRun> = {}) => recordBulkRun(app, pf, people.map((p) => p.id), extra);

    // As if the run had stopped after its second chunk (c2, c3) was written: only the others are done now.
    const resumed = await processBulkRun(app.orm.em.fork(), deps, await newRun({ status: BulkRunStatus.RUNNING, processed: 2, doneChunks: [1] }));
    expect(resumed).toMatchObject({ status: BulkRunStatus.DONE, total: 5, processed: 5, invited: 3, skipped: [] });
    expect([...resumed.doneChunks].sort()).toEqual([0, 1, 2]);
    expect(resumed.finishedAt).not.toBeNull();
    const invited = async () => (await app.orm.em.fork().find(PortalMember, { firm: pf.firm.id })).map((m) => m.email).sort();
    expect(await invited()).toEqual([people[0]!.email, people[1]!.email, people[4]!.email].sort());
    // Done is done: running it again changes nothing.
    expect((await processBulkRun(app.orm.em.fork(), deps, resumed.id)).processed).toBe(5);
    expect(await invited()).toHaveLength(3);

    // A fresh run of the same five, three chunks two at a time: the two left are invited, once each.
    const fresh = await processBulkRun(app.orm.em.fork(), deps, await newRun());
    expect(fresh).toMatchObject({ status: BulkRunStatus.DONE, processed: 5, invited: 2 });
    expect(fresh.skipped.map((s) => s.reason)).toEqual(['Already invited or has access.', 'Already invited or has access.', 'Already invited or has access.']);
    expect(await invited()).toEqual(people.map((p) => p.email).sort());
    for (const person of people) await app.mailbox.waitFor((m) => m.to.includes(person.email));
    await settleOutbox(app, pf.firm.id);
    for (const person of people) expect(app.mailbox.to(person.email)).toHaveLength(1);
  });

  it('refuses a bad request and writes nothing', async () => {
    const pf = await portalFirm(app);
    const anna = await bulkClient(pf, 'anna');
    const cases: [string[], string, string][] = [
      [[], randomUUID(), 'contactIds'],
      [[anna.id], 'short', 'requestKey'],
      [['not-a-uuid'], randomUUID(), 'contactIds'],
    ];
    for (const [contactIds, key, field] of cases) {
      const refused = await startBulk(pf.adminApi, contactIds, key);
      expect(refused.run).toBeNull();
      expect(refused.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: [field] })]);
    }
    expect(await app.orm.em.fork().count(PortalMember, { firm: pf.firm.id })).toBe(0);
    const other = await portalFirm(app);
    expect((await other.adminApi.data<{ bulkInvitationRun: unknown }>(RUN, { id: randomUUID() })).bulkInvitationRun).toBeNull();
  });
});
