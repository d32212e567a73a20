// Invoices and payments (S7 without online payment) and who sees them: staff rights, the client's
// billingDocuments permission (S11), only issued invoices of shared matters, the printable page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityAction, ActivityEntry } from '../src/modules/activity/activity-entry.entity.js';
import { Invoice, InvoiceLine, Payment } from '../src/modules/billing/invoice.entity.js';
import { invoiceTotals, lineAmounts } from '../src/modules/billing/invoice-totals.js';
import { seedDemoInvoices } from '../src/modules/billing/billing-demo.js';
import { Firm } from '../src/modules/firms/firm.entity.js';
import { Matter } from '../src/modules/matters/matter.entity.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';
import {
  USER_ERRORS,
  addContact,
  addMatter,
  mutateOk,
  portalFirm,
  registeredMember,
  type ApiClient,
  type PortalFirm,
  type RegisteredMember,
  type TestApp,
  type UserErrorData,
  settleOutbox,
  startTestApp,
} from './harness.js';
import { statementsDuring } from './harness-statements.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const INVOICE = 'id number status issuedOn dueOn overdue currency note sharedAt matterId matterNumber billedPortalId billedTo lines { position description quantity unitPriceMinor taxRateBasisPoints amountMinor taxMinor } payments { id amountMinor method reference receivedOn } totals { subtotal tax total paid balance }';
const CREATE = `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const UPDATE = `mutation($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const ISSUE = `mutation($input: InvoiceIdInput!) { issueInvoice(input: $input) { invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const VOID = `mutation($input: InvoiceIdInput!) { voidInvoice(input: $input) { invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const DELETE = `mutation($input: InvoiceIdInput!) { deleteInvoice(input: $input) { deleted ${USER_ERRORS} } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { paymentId invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const DELETE_PAYMENT = `mutation($input: PaymentIdInput!) { deletePayment(input: $input) { invoice { ${INVOICE} } ${USER_ERRORS} } }`;
const MATTER_INVOICES = `query($id: ID!) { matter(id: $id) { invoices { id number status totals { total balance } } } }`;
const STAFF_INVOICE = `query($id: ID!) { invoice(id: $id) { id number } }`;
const CLIENT_BILLING = `{ myPortals { id billing { invoices { id number status overdue totals { total balance } } balance { currency amountMinor } payments { invoiceNumber amountMinor } } } }`;
const PORTAL_INVOICE = `query($portalId: ID!, $id: ID!) { portalInvoice(portalId: $portalId, id: $id) { id number lines { description } } }`;

interface InvoiceData {
  id: string;
  number: string;
  status: string;
  overdue: boolean;
  currency: string;
  sharedAt: string | null;
  billedPortalId: string | null;
  lines: { position: number; description: string; quantity: number; unitPriceMinor: number; taxRateBasisPoints: number; amountMinor: number; taxMinor: number }[];
  payments: { id: string; amountMinor: number; method: string }[];
  totals: { subtotal: number; tax: number; total: number; paid: number; balance: number };
}
type InvoicePayload = { invoice: InvoiceData | null; errors: UserErrorData[] };

const PERMISSIONS = { appointmentRequests: false, secureMessaging: true, billingDocuments: true, payBalance: false, inviteOthers: false, myDetails: true, myDocuments: true };

interface Setting {
  pf: PortalFirm;
  matterId: string;
  otherMatterId: string;
  member: RegisteredMember;
}

/** A firm, a client on two matters of which one is shared with their portal, the client registered with billingDocuments. */
async function setting(permissions = PERMISSIONS): Promise<Setting> {
  const pf = await portalFirm(app);
  const contactId = await addContact(pf.adminApi, { firstName: 'Bill', lastName: 'Payer' });
  const participants = [{ contactId, role: 'CLIENT' }];
  const matter = await addMatter(pf.adminApi, { name: 'Shared matter', responsibleStaffId: pf.admin.id, participants });
  const other = await addMatter(pf.adminApi, { name: 'Unshared matter', responsibleStaffId: pf.admin.id, participants });
  const member = await registeredMember(app, pf, { contactId, matterIds: [matter.id], extra: { permissions } });
  return { pf, matterId: matter.id, otherMatterId: other.id, member };
}

function draft(matterId: string, extra: Record<string, unknown> = {}) {
  return {
    matterId,
    issuedOn: '2026-11-01',
    dueOn: '2026-11-30',
    lines: [
      { description: 'Consultation', quantity: 1.5, unitPriceMinor: 3333, taxRateBasisPoints: 825 },
      { description: 'Filing fee', quantity: 3, unitPriceMinor: 1999, taxRateBasisPoints: 0 },
    ],
    ...extra,
  };
}

async function create(api: ApiClient, input: Record<string, unknown>): Promise<InvoiceData> {
  return (await mutateOk<InvoicePayload>(api, CREATE, 'createInvoice', input)).invoice!;
}

async function run(api: ApiClient, mutation: string, input: Record<string, unknown>): Promise<InvoicePayload> {
  const result = await api.data<Record<string, InvoicePayload>>(mutation, { input });
  return Object.values(result)[0]!;
}

async function issued(api: ApiClient, input: Record<string, unknown>): Promise<InvoiceData> {
  const invoice = await create(api, input);
  return (await mutateOk<InvoicePayload>(api, ISSUE, 'issueInvoice', { id: invoice.id })).invoice!;
}

async function rowCounts(firmId: string) {
  const em = app.orm.em.fork();
  return {
    invoices: await em.count(Invoice, { firm: firmId }),
    lines: await em.count(InvoiceLine, { invoice: { firm: firmId } }),
    payments: await em.count(Payment, { firm: firmId }),
    activity: await em.count(ActivityEntry, { firm: firmId }),
  };
}

describe('totals', () => {
  it('rounds each line amount and tax half-up in integers, and sums them', () => {
    expect(lineAmounts({ quantityMilli: 1500, unitPriceMinor: 3333, taxRateBasisPoints: 825 })).toEqual({ amount: 5000, tax: 413 });
    expect(lineAmounts({ quantityMilli: 333, unitPriceMinor: 100, taxRateBasisPoints: 1000 })).toEqual({ amount: 33, tax: 3 });
    expect(lineAmounts({ quantityMilli: 1000, unitPriceMinor: 5, taxRateBasisPoints: 1000 })).toEqual({ amount: 5, tax: 1 });
    expect(lineAmounts({ quantityMilli: 1000, unitPriceMinor: 4, taxRateBasisPoints: 1000 })).toEqual({ amount: 4, tax: 0 });
    // Floating point would make 0.1 + 0.2 of a dollar drift; integers do not.
    const totals = invoiceTotals(
      [
        { quantityMilli: 1000, unitPriceMinor: 10, taxRateBasisPoints: 0 },
        { quantityMilli: 1000, unitPriceMinor: 20, taxRateBasisPoints: 0 },
      ],
      [{ amountMinor: 30 }],
    );
    expect(totals).toEqual({ subtotal: 30, tax: 0, total: 30, paid: 30, balance: 0 });
  });

  it('the server computes the same figures for a real invoice', async () => {
    const { pf, matterId } = await setting();
    const invoice = await create(pf.adminApi, draft(matterId));
    expect(invoice.status).toBe('DRAFT');
    expect(invoice.currency).toBe('USD');
    expect(invoice.number).toBe('INV-00001');
    expect(invoice.lines.map((l) => [l.position, l.amountMinor, l.taxMinor])).toEqual([
      [1, 5000, 413],
      [2, 5997, 0],
    ]);
    expect(invoice.totals).toEqual({ subtotal: 10997, tax: 413, total: 11410, paid: 0, balance: 11410 });
    const second = await create(pf.adminApi, draft(matterId, { currency: 'eur' }));
    expect(second.number).toBe('INV-00002');
    expect(second.currency).toBe('EUR');
    // The next number follows the largest one, counted as a number; typed numbers are kept.
    expect((await create(pf.adminApi, draft(matterId, { number: 'INV-99999' }))).number).toBe('INV-99999');
    expect((await create(pf.adminApi, draft(matterId))).number).toBe('INV-100000');
    // A new invoice takes the currency of the firm's latest one.
    expect((await create(pf.adminApi, draft(matterId, { currency: 'CAD' }))).currency).toBe('CAD');
    expect((await create(pf.adminApi, draft(matterId))).currency).toBe('CAD');
  });
});

describe('status changes', () => {
  it('a draft can be changed and deleted; an issued invoice cannot', async () => {
    const { pf, matterId } = await setting();
    const invoice = await create(pf.adminApi, draft(matterId));
    const updated = await mutateOk<InvoicePayload>(pf.adminApi, UPDATE, 'updateInvoice', {
      id: invoice.id,
      issuedOn: '2026-11-02',
      dueOn: '2026-12-02',
      note: 'Thank you.',
      lines: [{ description: 'Only line', quantity: 2, unitPriceMinor: 10000, taxRateBasisPoints: 500 }],
    });
    expect(updated.invoice!.totals).toEqual({ subtotal: 20000, tax: 1000, total: 21000, paid: 0, balance: 21000 });
    expect(updated.invoice!.lines).toHaveLength(1);

    const issuedNow = await mutateOk<InvoicePayload>(pf.adminApi, ISSUE, 'issueInvoice', { id: invoice.id });
    expect(issuedNow.invoice!.status).toBe('ISSUED');
    expect(issuedNow.invoice!.sharedAt).not.toBeNull();

    const before = await rowCounts(pf.firm.id);
    const edit = await run(pf.adminApi, UPDATE, { id: invoice.id, issuedOn: '2026-11-02', dueOn: '2026-12-02', lines: [] });
    expect(edit.errors[0]?.code).toBe('CONFLICT');
    expect((await run(pf.adminApi, ISSUE, { id: invoice.id })).errors[0]?.code).toBe('CONFLICT');
    expect((await pf.adminApi.data<{ deleteInvoice: { errors: UserErrorData[] } }>(DELETE, { input: { id: invoice.id } })).deleteInvoice.errors[0]?.code).toBe('CONFLICT');
    expect(await rowCounts(pf.firm.id)).toEqual(before);

    const other = await create(pf.adminApi, draft(matterId));
    expect((await pf.adminApi.data<{ deleteInvoice: { deleted: boolean } }>(DELETE, { input: { id: other.id } })).deleteInvoice.deleted).toBe(true);
    expect(await app.orm.em.fork().count(Invoice, { id: other.id })).toBe(0);
  });

  it('an invoice without lines cannot be issued', async () => {
    const { pf, matterId } = await setting();
    const empty = await create(pf.adminApi, draft(matterId, { lines: [] }));
    const result = await run(pf.adminApi, ISSUE, { id: empty.id });
    expect(result.errors[0]?.code).toBe('CONFLICT');
    expect((await app.orm.em.fork().findOneOrFail(Invoice, { id: empty.id })).sharedAt).toBeNull();
  });

  it('payments: none on a draft or a void invoice, never above the balance, PAID once covered', async () => {
    const { pf, matterId } = await setting();
    const draftInvoice = await create(pf.adminApi, draft(matterId));
    const payment = (invoiceId: string, amountMinor: number) => ({ invoiceId, amountMinor, receivedOn: '2026-11-10', method: 'BANK_TRANSFER', reference: 'TR-1' });
    expect((await run(pf.adminApi, PAY, payment(draftInvoice.id, 100))).errors[0]?.code).toBe('CONFLICT');

    const invoice = await issued(pf.adminApi, draft(matterId));
    const before = await rowCounts(pf.firm.id);
    const over = await run(pf.adminApi, PAY, payment(invoice.id, 11411));
    expect(over.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['amountMinor'] });
    expect((await run(pf.adminApi, PAY, payment(invoice.id, 0))).errors[0]?.code).toBe('INVALID_INPUT');
    expect((await run(pf.adminApi, PAY, { ...payment(invoice.id, 10), receivedOn: '2026-02-30' })).errors[0]?.code).toBe('INVALID_INPUT');
    expect(await rowCounts(pf.firm.id)).toEqual(before);

    const partial = await mutateOk<InvoicePayload>(pf.adminApi, PAY, 'recordPayment', payment(invoice.id, 10000));
    expect(partial.invoice!.status).toBe('ISSUED');
    expect(partial.invoice!.totals).toMatchObject({ paid: 10000, balance: 1410 });
    const rest = await mutateOk<InvoicePayload>(pf.adminApi, PAY, 'recordPayment', payment(invoice.id, 1410));
    expect(rest.invoice!.status).toBe('PAID');
    expect(rest.invoice!.totals.balance).toBe(0);
    expect((await run(pf.adminApi, PAY, payment(invoice.id, 1))).errors[0]?.code).toBe('INVALID_INPUT');

    // Voiding needs the payments gone first; deleting one makes the invoice owe again.
    expect((await run(pf.adminApi, VOID, { id: invoice.id })).errors[0]?.code).toBe('CONFLICT');
    const undone = await mutateOk<InvoicePayload>(pf.adminApi, DELETE_PAYMENT, 'deletePayment', { id: rest.invoice!.payments[1]!.id });
    expect(undone.invoice!.status).toBe('ISSUED');
    expect(undone.invoice!.totals.balance).toBe(1410);

    const toVoid = await issued(pf.adminApi, draft(matterId));
    const voided = await mutateOk<InvoicePayload>(pf.adminApi, VOID, 'voidInvoice', { id: toVoid.id });
    expect(voided.invoice!.status).toBe('VOID');
    expect(voided.invoice!.totals.balance).toBe(0);
    expect((await run(pf.adminApi, PAY, payment(toVoid.id, 100))).errors[0]?.code).toBe('CONFLICT');
    expect((await run(pf.adminApi, VOID, { id: toVoid.id })).errors[0]?.code).toBe('CONFLICT');
  });

  it('issuing and payments are recorded in the activity log with the matter', async () => {
    const { pf, matterId } = await setting();
    const invoice = await issued(pf.adminApi, draft(matterId));
    await mutateOk(pf.adminApi, PAY, 'recordPayment', { invoiceId: invoice.id, amountMinor: 500, receivedOn: '2026-11-10', method: 'CHECK' });
    const entries = await app.orm.em.fork().find(ActivityEntry, { firm: pf.firm.id, action: { $in: [ActivityAction.INVOICE_ISSUED, ActivityAction.PAYMENT_RECORDED] } }, { orderBy: { occurredAt: 'asc', action: 'asc' } });
    expect(entries.map((e) => e.action).sort()).toEqual([ActivityAction.INVOICE_ISSUED, ActivityAction.PAYMENT_RECORDED]);
    for (const entry of entries) {
      expect(entry.matter?.id).toBe(matterId);
      expect(entry.actorStaff?.id).toBe(pf.admin.id);
    }
    expect(entries.find((e) => e.action === ActivityAction.INVOICE_ISSUED)!.summary).toContain('$114.10');
  });

  it('bad input changes nothing and names its field', async () => {
    const { pf, matterId } = await setting();
    await create(pf.adminApi, draft(matterId, { number: 'A-1' }));
    const before = await rowCounts(pf.firm.id);
    const cases: [Record<string, unknown>, string[]][] = [
      [draft(matterId, { number: 'A-1' }), ['number']],
      [draft(matterId, { dueOn: '2026-10-01' }), ['dueOn']],
      [draft(matterId, { currency: 'XX1' }), ['currency']],
      [draft(matterId, { lines: [{ description: ' ', quantity: 1, unitPriceMinor: 1, taxRateBasisPoints: 0 }] }), ['lines', '0', 'description']],
      [draft(matterId, { lines: [{ description: 'x', quantity: 1.0005, unitPriceMinor: 1, taxRateBasisPoints: 0 }] }), ['lines', '0', 'quantity']],
      [draft(matterId, { lines: [{ description: 'x', quantity: 1, unitPriceMinor: -5, taxRateBasisPoints: 0 }] }), ['lines', '0', 'unitPriceMinor']],
      [draft(matterId, { lines: [{ description: 'x', quantity: 1, unitPriceMinor: 5, taxRateBasisPoints: 10001 }] }), ['lines', '0', 'taxRateBasisPoints']],
      [draft(matterId, { portalId: 'not-an-id' }), ['portalId']],
      [draft('00000000-0000-4000-8000-000000000000'), ['matterId']],
    ];
    for (const [input, field] of cases) {
      const result = await run(pf.adminApi, CREATE, input);
      expect(result.invoice, JSON.stringify(field)).toBeNull();
      expect(result.errors.map((e) => e.field), JSON.stringify(field)).toContainEqual(field);
    }
    expect(await rowCounts(pf.firm.id)).toEqual(before);
  });
});

describe('staff rights and firms', () => {
  it('any staff member drafts; issuing, voiding and payments need the share right or admin', async () => {
    const { pf, matterId } = await setting();
    const staffApi = await app.signInStaff(pf.staff);
    const invoice = await create(staffApi, draft(matterId));
    const other = await issued(pf.adminApi, draft(matterId));
    const before = await rowCounts(pf.firm.id);
    expect((await run(staffApi, ISSUE, { id: invoice.id })).errors[0]?.code).toBe('NOT_ALLOWED');
    expect((await run(staffApi, VOID, { id: other.id })).errors[0]?.code).toBe('NOT_ALLOWED');
    expect((await run(staffApi, PAY, { invoiceId: other.id, amountMinor: 100, receivedOn: '2026-11-10', method: 'CASH' })).errors[0]?.code).toBe('NOT_ALLOWED');
    expect(await rowCounts(pf.firm.id)).toEqual(before);

    const em = app.orm.em.fork();
    await em.nativeUpdate(StaffUser, { id: pf.staff.id }, { canShareItems: true });
    expect((await run(staffApi, ISSUE, { id: invoice.id })).invoice?.status).toBe('ISSUED');
  });

  it("another firm's invoices behave like unknown ones", async () => {
    const { pf, matterId } = await setting();
    const invoice = await issued(pf.adminApi, draft(matterId));
    const stranger = await portalFirm(app);
    expect((await stranger.adminApi.data<{ invoice: unknown }>(STAFF_INVOICE, { id: invoice.id })).invoice).toBeNull();
    expect((await stranger.adminApi.data<{ matter: unknown }>(MATTER_INVOICES, { id: matterId })).matter).toBeNull();
    const before = await rowCounts(pf.firm.id);
    for (const [mutation, input] of [
      [UPDATE, { id: invoice.id, issuedOn: '2026-11-01', dueOn: '2026-11-02', lines: [] }],
      [VOID, { id: invoice.id }],
      [PAY, { invoiceId: invoice.id, amountMinor: 1, receivedOn: '2026-11-10', method: 'CASH' }],
      [CREATE, draft(matterId)],
    ] as const) {
      expect((await run(stranger.adminApi, mutation, input)).errors[0]?.code).toBe('NOT_FOUND');
    }
    expect(await rowCounts(pf.firm.id)).toEqual(before);
    const page = await fetch(`${app.url}/billing/invoices/${invoice.id}/print`, { headers: { cookie: `atrium_staff=${stranger.adminApi.cookie('atrium_staff')}` } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain(invoice.number);
  });

  it('staff print any invoice of the firm as a page with a print stylesheet', async () => {
    const { pf, matterId } = await setting();
    const invoice = await create(pf.adminApi, draft(matterId, { note: '<script>alert(1)</script>' }));
    const page = await fetch(`${app.url}/billing/invoices/${invoice.id}/print`, { headers: { cookie: `atrium_staff=${pf.adminApi.cookie('atrium_staff')}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain(pf.firm.name);
    expect(html).toContain('@media print');
    expect(html).toContain('$114.10');
    expect(html).toContain('Draft');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect((await fetch(`${app.url}/billing/invoices/${invoice.id}/print`)).status).toBe(401);
  });
});

describe('what clients see', () => {
  it('only issued invoices of shared matters or billed to their portal, with balance and payments', async () => {
    const { pf, matterId, otherMatterId, member } = await setting();
    const shared = await issued(pf.adminApi, draft(matterId));
    await mutateOk(pf.adminApi, PAY, 'recordPayment', { invoiceId: shared.id, amountMinor: 1410, receivedOn: '2026-11-10', method: 'CARD' });
    const draftOnly = await create(pf.adminApi, draft(matterId));
    const unshared = await issued(pf.adminApi, draft(otherMatterId));
    const billedHere = await issued(pf.adminApi, draft(otherMatterId, { portalId: member.portalId, currency: 'EUR', dueOn: '2026-11-02', issuedOn: '2026-11-01' }));
    // Billed to another portal on the shared matter: not this portal's.
    const elsewhere = await registeredMember(app, pf, { matterIds: [] });
    const billedElsewhere = await issued(pf.adminApi, draft(matterId, { portalId: elsewhere.portalId }));

    const portals = (await member.client.data<{ myPortals: { billing: { invoices: { id: string; overdue: boolean }[]; balance: unknown[]; payments: unknown[] } }[] }>(CLIENT_BILLING)).myPortals;
    const billing = portals[0]!.billing;
    const ids = billing.invoices.map((i) => i.id);
    expect(ids.sort()).toEqual([shared.id, billedHere.id].sort());
    for (const hidden of [draftOnly.id, unshared.id, billedElsewhere.id]) expect(ids).not.toContain(hidden);
    expect(billing.balance).toEqual([
      { currency: 'EUR', amountMinor: 11410 },
      { currency: 'USD', amountMinor: 10000 },
    ]);
    expect(billing.payments).toEqual([{ invoiceNumber: shared.number, amountMinor: 1410 }]);
    expect(billing.invoices.find((i) => i.id === billedHere.id)!.overdue).toBe(true);

    const byId = async (id: string) => (await member.client.data<{ portalInvoice: { id: string } | null }>(PORTAL_INVOICE, { portalId: member.portalId, id })).portalInvoice;
    expect((await byId(shared.id))?.id).toBe(shared.id);
    expect(await byId(draftOnly.id)).toBeNull();
    expect(await byId(unshared.id)).toBeNull();
    expect(await byId(billedElsewhere.id)).toBeNull();

    const print = (id: string) => fetch(`${app.url}/p/${pf.firm.slug}/billing/invoices/${id}/print`, { headers: { cookie: `atrium_client=${member.client.cookie('atrium_client')}` } });
    const page = await print(shared.id);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(shared.number);
    expect((await print(draftOnly.id)).status).toBe(404);
    expect((await print(unshared.id)).status).toBe(404);

    // The other portal sees its own invoice only.
    const theirs = (await elsewhere.client.data<{ myPortals: { billing: { invoices: { id: string }[] } | null }[] }>(CLIENT_BILLING)).myPortals[0]!.billing;
    expect(theirs).toBeNull(); // invited with default permissions: no billingDocuments
  });

  it('without billingDocuments a member gets nothing: no billing, nothing by ID, no page', async () => {
    const { pf, matterId, member } = await setting({ ...PERMISSIONS, billingDocuments: false });
    const invoice = await issued(pf.adminApi, draft(matterId));
    const portals = (await member.client.data<{ myPortals: { billing: unknown }[] }>(CLIENT_BILLING)).myPortals;
    expect(portals[0]!.billing).toBeNull();
    expect((await member.client.data<{ portalInvoice: unknown }>(PORTAL_INVOICE, { portalId: member.portalId, id: invoice.id })).portalInvoice).toBeNull();
    const page = await fetch(`${app.url}/p/${pf.firm.slug}/billing/invoices/${invoice.id}/print`, { headers: { cookie: `atrium_client=${member.client.cookie('atrium_client')}` } });
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain(invoice.number);
  });

  it("another firm's client sees nothing, even with the invoice's ID", async () => {
    const { pf, matterId } = await setting();
    const invoice = await issued(pf.adminApi, draft(matterId));
    const other = await setting();
    expect((await other.member.client.data<{ portalInvoice: unknown }>(PORTAL_INVOICE, { portalId: other.member.portalId, id: invoice.id })).portalInvoice).toBeNull();
    const billing = (await other.member.client.data<{ myPortals: { billing: { invoices: unknown[] } }[] }>(CLIENT_BILLING)).myPortals[0]!.billing;
    expect(billing.invoices).toEqual([]);
    const page = await fetch(`${app.url}/p/${other.pf.firm.slug}/billing/invoices/${invoice.id}/print`, { headers: { cookie: `atrium_client=${other.member.client.cookie('atrium_client')}` } });
    expect(page.status).toBe(404);
    // Its cookie at the first firm's address is no session there.
    const there = await fetch(`${app.url}/p/${pf.firm.slug}/billing/invoices/${invoice.id}/print`, { headers: { cookie: `atrium_client=${other.member.client.cookie('atrium_client')}` } });
    expect(there.status).toBe(401);
  });
});

describe('demo data', () => {
  it('seeds invoices a client with billingDocuments sees, drafts left out', async () => {
    const { pf, matterId, member } = await setting();
    const em = app.orm.em.fork();
    seedDemoInvoices(em, { firm: await em.findOneOrFail(Firm, { id: pf.firm.id }), staff: await em.findOneOrFail(StaffUser, { id: pf.admin.id }), matter: await em.findOneOrFail(Matter, { id: matterId }) });
    await em.flush();
    const billing = (await member.client.data<{ myPortals: { billing: { invoices: { number: string; overdue: boolean }[]; balance: unknown[] } }[] }>(CLIENT_BILLING)).myPortals[0]!.billing;
    expect(billing.invoices.map((i) => [i.number, i.overdue])).toEqual([
      ['INV-00002', false],
      ['INV-00001', true],
    ]);
    expect(billing.balance).toEqual([{ currency: 'USD', amountMinor: 169871 - 100000 + 60000 }]);
  });
});

describe('cost', () => {
  it('the client billing page and the matter list take as many statements for one invoice as for five', async () => {
    const { pf, matterId, member } = await setting();
    const addPaidInvoice = async (extra: Record<string, unknown> = {}) => {
      const invoice = await issued(pf.adminApi, draft(matterId, extra));
      await mutateOk(pf.adminApi, PAY, 'recordPayment', { invoiceId: invoice.id, amountMinor: 100, receivedOn: '2026-11-10', method: 'CASH' });
    };
    // One billed to the portal from the start, so both lists have the same kinds of rows to load.
    await addPaidInvoice({ portalId: member.portalId });
    await settleOutbox(app, pf.firm.id);
    const clientPage = () => member.client.data(CLIENT_BILLING);
    const staffList = () => pf.adminApi.data(MATTER_INVOICES.replace('totals { total balance }', 'totals { total balance } lines { amountMinor } payments { amountMinor }'), { id: matterId });
    const one = [await statementsDuring(app, clientPage), await statementsDuring(app, staffList)];
    for (let i = 0; i < 4; i += 1) await addPaidInvoice(i % 2 ? { portalId: member.portalId } : {});
    // Their emails go out first, so the worker's statements are not counted in the lists'.
    await settleOutbox(app, pf.firm.id);
    const five = [await statementsDuring(app, clientPage), await statementsDuring(app, staffList)];
    expect(five).toEqual(one);
    expect(((await member.client.data<{ myPortals: { billing: { invoices: unknown[] } }[] }>(CLIENT_BILLING)).myPortals[0]!.billing.invoices)).toHaveLength(5);
  });
});
