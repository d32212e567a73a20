import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal, PortalMatter } from '../portals/portal.entity.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';
import type { ClientBilling, CurrencyAmount, InvoiceView, PaymentView } from './billing.types.js';
import { Invoice, InvoiceLine, InvoiceStatus, Payment, PaymentMethod } from './invoice.entity.js';
import { formatMoney, invoiceTotals, lineAmounts } from './invoice-totals.js';

/** Used when a firm has never invoiced: the firm record carries no currency of its own. */
export const DEFAULT_CURRENCY = 'USD';
/** Largest invoice total, in minor units: keeps every figure a 32-bit GraphQL Int. */
export const MAX_INVOICE_TOTAL = 2_000_000_000;
const MAX_LINES = 200;

// ---------------------------------------------------------------------------------------------
// Views: invoices with lines, payments and totals, loaded in a constant number of statements.

export interface InvoiceRows {
  invoice: Invoice;
  lines: InvoiceLine[];
  payments: Payment[];
}

function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function paymentView(payment: Payment, invoice: Invoice): PaymentView {
  return {
    id: payment.id,
    invoiceId: invoice.id,
    invoiceNumber: invoice.number,
    currency: invoice.currency,
    amountMinor: payment.amountMinor,
    receivedOn: payment.receivedOn,
    method: payment.method,
    reference: payment.reference,
    recordedAt: payment.createdAt,
  };
}

export function toInvoiceView(rows: InvoiceRows, now: Date): InvoiceView {
  const { invoice, lines, payments } = rows;
  const totals = invoiceTotals(lines, payments);
  // A void invoice owes nothing, whatever its lines say.
  if (invoice.status === InvoiceStatus.VOID) totals.balance = 0;
  const matter = invoice.matter.getEntity();
  const portal = invoice.portal?.getEntity() ?? null;
  return {
    id: invoice.id,
    number: invoice.number,
    status: invoice.status,
    issuedOn: invoice.issuedOn,
    dueOn: invoice.dueOn,
    overdue: invoice.status === InvoiceStatus.ISSUED && totals.balance > 0 && invoice.dueOn < todayOf(now),
    currency: invoice.currency,
    note: invoice.note,
    sharedAt: invoice.sharedAt,
    matterId: matter.id,
    matterNumber: matter.number,
    matterName: matter.name,
    billedPortalId: portal?.id ?? null,
    billedTo: portal ? portal.contact.getEntity().displayName : null,
    lines: lines.map((line) => {
      const figures = lineAmounts(line);
      return {
        id: line.id,
        position: line.position,
        description: line.description,
        quantity: line.quantityMilli / 1000,
        unitPriceMinor: line.unitPriceMinor,
        taxRateBasisPoints: line.taxRateBasisPoints,
        amountMinor: figures.amount,
        taxMinor: figures.tax,
      };
    }),
    payments: payments.map((payment) => paymentView(payment, invoice)),
    totals,
    createdAt: invoice.createdAt,
  };
}

/** Lines, payments, matters and billed portals of the invoices: four statements, whatever their number. */
export async function loadInvoiceRows(em: Em, invoices: Invoice[]): Promise<InvoiceRows[]> {
  if (invoices.length === 0) return [];
  const ids = invoices.map((invoice) => invoice.id);
  await em.populate(invoices, ['matter', 'portal.contact']);
  const lines = await em.find(InvoiceLine, { invoice: { $in: ids } }, { orderBy: { position: 'asc' } });
  const payments = await em.find(Payment, { invoice: { $in: ids } }, { orderBy: { receivedOn: 'asc', createdAt: 'asc' } });
  return invoices.map((invoice) => ({
    invoice,
    lines: lines.filter((line) => line.invoice.id === invoice.id),
    payments: payments.filter((payment) => payment.invoice.id === invoice.id),
  }));
}

async function invoiceViews(em: Em, invoices: Invoice[], now: Date): Promise<InvoiceView[]> {
  return (await loadInvoiceRows(em, invoices)).map((rows) => toInvoiceView(rows, now));
}

// ---------------------------------------------------------------------------------------------
// Staff side.

export function maySendToClients(staff: StaffUser): boolean {
  return staff.canShareItems || staff.role === StaffRole.ADMIN;
}

function requireBillingRight(staff: StaffUser, refusal: string): void {
  if (!maySendToClients(staff)) throw notAllowed(refusal);
}

export async function invoicesOfMatter(ctx: GraphQLContext, firmId: string, matterId: string): Promise<InvoiceView[]> {
  const invoices = await ctx.em.find(Invoice, { firm: firmId, matter: matterId }, { orderBy: { issuedOn: 'desc', number: 'desc' } });
  return invoiceViews(ctx.em, invoices, ctx.clock.now());
}

export async function findInvoiceView(ctx: GraphQLContext, firmId: string, id: string): Promise<InvoiceView | null> {
  if (!isUuid(id)) return null;
  const invoice = await ctx.em.findOne(Invoice, { id, firm: firmId });
  if (!invoice) return null;
  const [view] = await invoiceViews(ctx.em, [invoice], ctx.clock.now());
  return view ?? null;
}

const isoDate = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Give the ${what} as YYYY-MM-DD.`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), `The ${what} is not a real date.`);

const lineSchema = z.object({
  description: z.string().trim().min(1, 'Describe what the line bills.').max(2000, 'Use at most 2000 characters.'),
  quantity: z
    .number()
    .positive('The quantity must be above zero.')
    .max(1_000_000, 'The quantity is too large.')
    .refine((q) => Math.abs(q * 1000 - Math.round(q * 1000)) < 1e-6, 'Use at most three decimals in the quantity.'),
  unitPriceMinor: z.number().int('Give the unit price in whole cents.').min(0, 'The unit price cannot be negative.').max(MAX_INVOICE_TOTAL, 'The unit price is too large.'),
  taxRateBasisPoints: z.number().int('Give the tax rate in whole basis points.').min(0, 'The tax rate cannot be negative.').max(10_000, 'The tax rate cannot be above 100 %.'),
});

const currencySchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code), 'Use a three-letter currency code, e.g. USD.');

const invoiceSchema = z
  .object({
    number: z.string().trim().min(1, 'Give the invoice a number.').max(40, 'Use at most 40 characters.').nullish(),
    issuedOn: isoDate('invoice date'),
    dueOn: isoDate('due date'),
    currency: currencySchema.nullish(),
    note: z.string().trim().max(5000, 'Use at most 5000 characters.').nullish(),
    portalId: z.string().nullish(),
    lines: z.array(lineSchema).max(MAX_LINES, `Use at most ${MAX_LINES} lines.`),
  })
  .superRefine((value, check) => {
    if (value.dueOn < value.issuedOn) check.addIssue({ code: 'custom', message: 'The due date cannot be before the invoice date.', path: ['dueOn'] });
    const lines = value.lines.map((line) => ({ ...line, quantityMilli: Math.round(line.quantity * 1000) }));
    if (invoiceTotals(lines, []).total > MAX_INVOICE_TOTAL) check.addIssue({ code: 'custom', message: 'The invoice total is too large.', path: ['lines'] });
  });

export interface InvoiceInput {
  number?: string | null;
  issuedOn: string;
  dueOn: string;
  currency?: string | null;
  note?: string | null;
  portalId?: string | null;
  lines: { description: string; quantity: number; unitPriceMinor: number; taxRateBasisPoints: number }[];
}

async function billedPortal(em: Em, firmId: string, portalId: string | null | undefined): Promise<Portal | null> {
  if (!portalId) return null;
  const portal = isUuid(portalId) ? await em.findOne(Portal, { id: portalId, firm: firmId }) : null;
  if (!portal) throw notFound('client portal', ['portalId']);
  return portal;
}

/** The next free INV-NNNNN number of the firm (numbers staff typed themselves are left alone). */
async function nextInvoiceNumber(em: Em, firmId: string): Promise<string> {
  // Compared as numbers, so INV-100000 follows INV-99999.
  const rows = await em.execute<{ last: string | number | null }[]>(
    "select max(substring(number from 5)::bigint) as last from invoice where firm_id = ? and number ~ '^INV-[0-9]{1,15}$'",
    [firmId],
  );
  const next = Number(rows[0]?.last ?? 0) + 1;
  return `INV-${String(next).padStart(5, '0')}`;
}

/** The currency the firm invoiced in last, else the default. */
async function firmCurrency(em: Em, firmId: string): Promise<string> {
  const last = await em.findOne(Invoice, { firm: firmId }, { orderBy: { createdAt: 'desc' }, fields: ['currency'] });
  return last?.currency ?? DEFAULT_CURRENCY;
}

function writeLines(em: Em, invoice: Invoice, lines: InvoiceInput['lines']): void {
  lines.forEach((line, index) => {
    invoice.lines.add(
      em.create(InvoiceLine, {
        invoice,
        position: index + 1,
        description: line.description,
        quantityMilli: Math.round(line.quantity * 1000),
        unitPriceMinor: line.unitPriceMinor,
        taxRateBasisPoints: line.taxRateBasisPoints,
      }),
    );
  });
}

/** Flushes, turning a clash on the firm's invoice numbers into a payload error. */
async function flushNumbered(em: Em): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw UserFacingError.of(UserErrorCode.ALREADY_EXISTS, 'Another invoice of the firm has this number.', ['number']);
    }
    throw error;
  }
}

export async function createInvoice(ctx: GraphQLContext, staff: StaffUser, input: InvoiceInput & { matterId: string }): Promise<InvoiceView> {
  const values = parseInput(invoiceSchema, input);
  const firmId = staff.firm.id;
  const matter = isUuid(input.matterId) ? await ctx.em.findOne(Matter, { id: input.matterId, firm: firmId }) : null;
  if (!matter) throw notFound('matter', ['matterId']);
  const portal = await billedPortal(ctx.em, firmId, values.portalId);
  const invoice = ctx.em.create(Invoice, {
    firm: firmId,
    matter,
    portal,
    number: values.number ?? (await nextInvoiceNumber(ctx.em, firmId)),
    issuedOn: values.issuedOn,
    dueOn: values.dueOn,
    currency: values.currency ?? (await firmCurrency(ctx.em, firmId)),
    note: values.note || null,
    createdBy: staff.id,
  });
  writeLines(ctx.em, invoice, values.lines);
  await flushNumbered(ctx.em);
  return (await findInvoiceView(ctx, firmId, invoice.id))!;
}

async function invoiceOfFirm(em: Em, firmId: string, id: string, field = ['id'], lock = false): Promise<Invoice> {
  const invoice = isUuid(id) ? await em.findOne(Invoice, { id, firm: firmId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) : null;
  if (!invoice) throw notFound('invoice', field);
  return invoice;
}

export async function updateInvoice(ctx: GraphQLContext, staff: StaffUser, input: InvoiceInput & { id: string }): Promise<InvoiceView> {
  const firmId = staff.firm.id;
  await ctx.em.transactional(async (em) => {
    const invoice = await invoiceOfFirm(em, firmId, input.id, ['id'], true);
    const values = parseInput(invoiceSchema, input);
    if (invoice.status !== InvoiceStatus.DRAFT) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} has been issued; only drafts can be changed.`);
    }
    const portal = await billedPortal(em, firmId, values.portalId);
    invoice.number = values.number ?? invoice.number;
    invoice.portal = portal ? em.getReference(Portal, portal.id, { wrapped: true }) : null;
    invoice.issuedOn = values.issuedOn;
    invoice.dueOn = values.dueOn;
    invoice.currency = values.currency ?? invoice.currency;
    invoice.note = values.note || null;
    // The lines are replaced as a whole; the old ones go first so the new ones can take their positions.
    await em.nativeDelete(InvoiceLine, { invoice: invoice.id });
    writeLines(em, invoice, values.lines);
    await flushNumbered(em);
  });
  return (await findInvoiceView(ctx, firmId, input.id))!;
}

export async function deleteInvoice(ctx: GraphQLContext, staff: StaffUser, id: string): Promise<void> {
  const invoice = await invoiceOfFirm(ctx.em, staff.firm.id, id);
  if (invoice.status !== InvoiceStatus.DRAFT) {
    throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} has been issued; void it instead.`);
  }
  await ctx.em.nativeDelete(Invoice, { id: invoice.id });
}

export async function issueInvoice(ctx: GraphQLContext, staff: StaffUser, id: string): Promise<InvoiceView> {
  const firmId = staff.firm.id;
  await ctx.em.transactional(async (em) => {
    const invoice = await invoiceOfFirm(em, firmId, id, ['id'], true);
    requireBillingRight(staff, 'You do not have the right to issue invoices to clients.');
    if (invoice.status !== InvoiceStatus.DRAFT) throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} is not a draft.`);
    const lines = await em.find(InvoiceLine, { invoice: invoice.id });
    const totals = invoiceTotals(lines, []);
    if (lines.length === 0 || totals.total <= 0) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, 'Add at least one line with an amount before issuing the invoice.', ['lines']);
    }
    const now = ctx.clock.now();
    invoice.status = InvoiceStatus.ISSUED;
    invoice.sharedAt = now;
    invoice.sharedBy = em.getReference(StaffUser, staff.id, { wrapped: true });
    recordActivity(em, {
      firmId,
      action: ActivityAction.INVOICE_ISSUED,
      actor: { kind: 'staff', staff },
      matterId: invoice.matter.id,
      portalId: invoice.portal?.id ?? null,
      summary: `${staff.name} issued invoice ${invoice.number} for ${formatMoney(totals.total, invoice.currency)}.`,
      at: now,
      ip: ctx.ip,
    });
    await em.flush();
  });
  return (await findInvoiceView(ctx, firmId, id))!;
}

export async function voidInvoice(ctx: GraphQLContext, staff: StaffUser, id: string): Promise<InvoiceView> {
  const firmId = staff.firm.id;
  await ctx.em.transactional(async (em) => {
    const invoice = await invoiceOfFirm(em, firmId, id, ['id'], true);
    requireBillingRight(staff, 'You do not have the right to void invoices.');
    if (invoice.status === InvoiceStatus.VOID) throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} is void already.`);
    const payments = await em.count(Payment, { invoice: invoice.id });
    if (payments > 0) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} has payments recorded; delete them before voiding it.`);
    }
    invoice.status = InvoiceStatus.VOID;
    invoice.voidedAt = ctx.clock.now();
    await em.flush();
  });
  return (await findInvoiceView(ctx, firmId, id))!;
}

const paymentSchema = z.object({
  amountMinor: z.number().int('Give the amount in whole cents.').positive('The amount must be above zero.'),
  receivedOn: isoDate('payment date'),
  method: z.enum(PaymentMethod),
  reference: z.string().trim().max(200, 'Use at most 200 characters.').nullish(),
});

export interface PaymentInput {
  invoiceId: string;
  amountMinor: number;
  receivedOn: string;
  method: PaymentMethod;
  reference?: string | null;
}

/**
 * Records money received. It may not exceed the balance: an over-payment is refused rather than
 * kept as a credit, which Atrium does not track. Payments that cover the total mark it PAID.
 */
export async function recordPayment(ctx: GraphQLContext, staff: StaffUser, input: PaymentInput): Promise<{ invoice: InvoiceView; paymentId: string }> {
  const firmId = staff.firm.id;
  const paymentId = await ctx.em.transactional(async (em) => {
    // Locked, so two payments recorded at once cannot both fit the same balance.
    const invoice = await invoiceOfFirm(em, firmId, input.invoiceId, ['invoiceId'], true);
    requireBillingRight(staff, 'You do not have the right to record payments.');
    const values = parseInput(paymentSchema, input);
    if (invoice.status === InvoiceStatus.DRAFT || invoice.status === InvoiceStatus.VOID) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, `Invoice ${invoice.number} is ${invoice.status === InvoiceStatus.DRAFT ? 'a draft' : 'void'}; payments are recorded on issued invoices.`, ['invoiceId']);
    }
    const [rows] = await loadInvoiceRows(em, [invoice]);
    const totals = invoiceTotals(rows!.lines, rows!.payments);
    if (values.amountMinor > totals.balance) {
      throw UserFacingError.of(
        UserErrorCode.INVALID_INPUT,
        totals.balance === 0 ? `Invoice ${invoice.number} is paid in full.` : `The amount is more than the ${formatMoney(totals.balance, invoice.currency)} still owed.`,
        ['amountMinor'],
      );
    }
    const payment = em.create(Payment, {
      firm: firmId,
      invoice,
      amountMinor: values.amountMinor,
      receivedOn: values.receivedOn,
      method: values.method,
      reference: values.reference || null,
      recordedBy: staff.id,
    });
    if (values.amountMinor === totals.balance) invoice.status = InvoiceStatus.PAID;
    recordActivity(em, {
      firmId,
      action: ActivityAction.PAYMENT_RECORDED,
      actor: { kind: 'staff', staff },
      matterId: invoice.matter.id,
      portalId: invoice.portal?.id ?? null,
      summary: `${staff.name} recorded a payment of ${formatMoney(values.amountMinor, invoice.currency)} on invoice ${invoice.number}.`,
      at: ctx.clock.now(),
      ip: ctx.ip,
    });
    await em.flush();
    return payment.id;
  });
  return { invoice: (await findInvoiceView(ctx, firmId, input.invoiceId))!, paymentId };
}

/** Removes a payment recorded by mistake; a PAID invoice owing again goes back to ISSUED. */
export async function deletePayment(ctx: GraphQLContext, staff: StaffUser, paymentId: string): Promise<InvoiceView> {
  const firmId = staff.firm.id;
  const invoiceId = await ctx.em.transactional(async (em) => {
    const payment = isUuid(paymentId) ? await em.findOne(Payment, { id: paymentId, firm: firmId }) : null;
    if (!payment) throw notFound('payment');
    const invoice = await invoiceOfFirm(em, firmId, payment.invoice.id, ['id'], true);
    requireBillingRight(staff, 'You do not have the right to change payments.');
    em.remove(payment);
    if (invoice.status === InvoiceStatus.PAID) invoice.status = InvoiceStatus.ISSUED;
    await em.flush();
    return invoice.id;
  });
  return (await findInvoiceView(ctx, firmId, invoiceId))!;
}

// ---------------------------------------------------------------------------------------------
// Client side: only issued (shared) invoices, of matters shared with the portal or billed to it.

/**
 * The filter of invoices a portal's members may see: shared by issuing (never a draft), and
 * either billed to this portal, or billed to no portal in particular on a matter shared with it.
 */
function visibleToPortal(firmId: string, portalId: string, matterIds: string[]) {
  return {
    firm: firmId,
    sharedAt: { $ne: null },
    status: { $ne: InvoiceStatus.DRAFT },
    $or: [{ portal: portalId }, { portal: null, matter: { $in: matterIds } }],
  };
}

async function sharedMatters(em: Em, portalId: string): Promise<string[]> {
  const rows = await em.find(PortalMatter, { portal: portalId, matter: { archivedAt: null } }, { fields: ['matter'] });
  return rows.map((row) => row.matter.id);
}

/** Everything the billing page shows, in five statements. The caller has checked `billingDocuments`. */
export async function clientBilling(em: Em, firmId: string, portalId: string, now: Date): Promise<ClientBilling> {
  const matterIds = await sharedMatters(em, portalId);
  const invoices = await em.find(Invoice, visibleToPortal(firmId, portalId, matterIds), { orderBy: { issuedOn: 'desc', number: 'desc' } });
  const views = await invoiceViews(em, invoices, now);
  const outstanding = new Map<string, number>();
  for (const view of views) {
    if (view.status !== InvoiceStatus.ISSUED || view.totals.balance <= 0) continue;
    outstanding.set(view.currency, (outstanding.get(view.currency) ?? 0) + view.totals.balance);
  }
  const balance: CurrencyAmount[] = [...outstanding].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amountMinor]) => ({ currency, amountMinor }));
  const payments = views
    .flatMap((view) => view.payments)
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || b.recordedAt.getTime() - a.recordedAt.getTime());
  return { invoices: views, balance, payments };
}

/** One invoice the portal's members may see, or null. The caller has checked `billingDocuments`. */
export async function clientInvoice(em: Em, firmId: string, portalId: string, id: string, now: Date): Promise<InvoiceView | null> {
  if (!isUuid(id)) return null;
  const matterIds = await sharedMatters(em, portalId);
  const invoice = await em.findOne(Invoice, { $and: [{ id }, visibleToPortal(firmId, portalId, matterIds)] });
  if (!invoice) return null;
  const [view] = await invoiceViews(em, [invoice], now);
  return view ?? null;
}
