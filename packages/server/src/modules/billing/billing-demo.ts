import type { Em } from '../../db/orm.js';
import type { Firm } from '../firms/firm.entity.js';
import type { Matter } from '../matters/matter.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { Invoice, InvoiceLine, InvoiceStatus, Payment, PaymentMethod } from './invoice.entity.js';

function day(offsetDays: number, from = new Date()): string {
  const date = new Date(from);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
}

/**
 * Demo invoices on a matter: one issued and partly paid, one issued and overdue, one draft the
 * client never sees. Written with the caller's next flush. (The demo member needs the
 * billingDocuments permission to see them.)
 */
export function seedDemoInvoices(em: Em, demo: { firm: Firm; staff: StaffUser; matter: Matter }): void {
  const { firm, staff, matter } = demo;
  const issued = (number: string, issuedOn: string, dueOn: string, status: InvoiceStatus) =>
    em.create(Invoice, { firm, matter, number, issuedOn, dueOn, status, currency: 'USD', sharedAt: new Date(`${issuedOn}T12:00:00Z`), sharedBy: staff, createdBy: staff });
  const line = (invoice: Invoice, position: number, description: string, quantityMilli: number, unitPriceMinor: number, taxRateBasisPoints = 0) =>
    em.create(InvoiceLine, { invoice, position, description, quantityMilli, unitPriceMinor, taxRateBasisPoints });

  const first = issued('INV-00001', day(-45), day(-15), InvoiceStatus.ISSUED);
  line(first, 1, 'Initial consultation', 1500, 30000);
  line(first, 2, 'Drafting of wills (two)', 4000, 30000);
  line(first, 3, 'Filing and copies', 1000, 4500, 825);
  em.create(Payment, { firm, invoice: first, amountMinor: 100000, receivedOn: day(-20), method: PaymentMethod.BANK_TRANSFER, reference: 'Transfer 4471', recordedBy: staff });

  const second = issued('INV-00002', day(-10), day(20), InvoiceStatus.ISSUED);
  line(second, 1, 'Trust review meeting', 2000, 30000);

  const draft = em.create(Invoice, { firm, matter, number: 'INV-00003', issuedOn: day(0), dueOn: day(30), currency: 'USD', createdBy: staff });
  line(draft, 1, 'Estate inventory (in progress)', 3000, 30000);
}
