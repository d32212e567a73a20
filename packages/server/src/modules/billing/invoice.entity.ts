import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter } from '../matters/matter.entity.js';
import { Portal } from '../portals/portal.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

export enum InvoiceStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  PAID = 'PAID',
  VOID = 'VOID',
}

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: 'Where an invoice stands.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; never visible to clients and still editable.' },
    ISSUED: { description: 'Sent to the client (shared); payments are awaited.' },
    PAID: { description: 'Payments cover the total.' },
    VOID: { description: 'Cancelled; nothing is owed.' },
  },
});

export enum PaymentMethod {
  CARD = 'CARD',
  BANK_TRANSFER = 'BANK_TRANSFER',
  CHECK = 'CHECK',
  CASH = 'CASH',
  OTHER = 'OTHER',
}

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a payment was made.',
  valuesConfig: {
    CARD: { description: 'Card, taken outside Atrium.' },
    BANK_TRANSFER: { description: 'Bank transfer.' },
    CHECK: { description: 'Check.' },
    CASH: { description: 'Cash.' },
    OTHER: { description: 'Any other way.' },
  },
});

/**
 * A bill for work on a matter. Issuing it shares it with the client (`sharedAt`); a draft is
 * never visible to clients. Amounts are integers in the currency's minor unit (cents).
 */
@Entity({ tableName: 'invoice' })
@Unique({ properties: ['firm', 'number'] })
@Index({ properties: ['matter', 'issuedOn'] })
@Index({ properties: ['portal'] })
export class Invoice extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Matter, { ref: true, deleteRule: 'cascade' })
  matter!: Ref<Matter>;

  /** The client portal billed; null bills the matter's clients, i.e. every portal the matter is shared with. */
  @ManyToOne(() => Portal, { ref: true, nullable: true, deleteRule: 'set null' })
  portal: Ref<Portal> | null = null;

  @Property({ type: 'string', length: 40 })
  number!: string;

  /** The invoice date, YYYY-MM-DD. */
  @Property({ type: 'date' })
  issuedOn!: string;

  /** When payment is due, YYYY-MM-DD. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => InvoiceStatus, nativeEnumName: 'invoice_status' })
  status: InvoiceStatus & Opt = InvoiceStatus.DRAFT;

  /** ISO 4217 code, upper case. */
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** When the invoice was issued and so shared with the client; null while a draft. */
  @Property({ type: 'timestamptz', nullable: true })
  sharedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  sharedBy: Ref<StaffUser> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  voidedAt: Date | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<StaffUser> | null = null;

  @OneToMany(() => InvoiceLine, (line) => line.invoice, { orphanRemoval: true })
  lines = new Collection<InvoiceLine>(this);
}

/** One line of an invoice: quantity × unit price, taxed at a rate. */
@Entity({ tableName: 'invoice_line' })
@Unique({ properties: ['invoice', 'position'] })
export class InvoiceLine extends BaseEntity {
  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'cascade' })
  invoice!: Ref<Invoice>;

  @Property({ type: 'smallint' })
  position!: number;

  @Property({ type: 'text' })
  description!: string;

  /** Thousandths of a unit (1.5 hours = 1500), so that amounts are computed with integers. */
  @Property({ type: 'integer' })
  quantityMilli!: number;

  @Property({ type: 'integer' })
  unitPriceMinor!: number;

  /** Tax rate in basis points: 725 = 7.25 %. */
  @Property({ type: 'integer' })
  taxRateBasisPoints!: number;
}

/** Money received against an invoice, recorded by staff (no online payment here). */
@Entity({ tableName: 'payment' })
@Index({ properties: ['invoice'] })
@Index({ properties: ['firm', 'receivedOn'] })
export class Payment extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => Invoice, { ref: true, deleteRule: 'cascade' })
  invoice!: Ref<Invoice>;

  @Property({ type: 'integer' })
  amountMinor!: number;

  /** YYYY-MM-DD. */
  @Property({ type: 'date' })
  receivedOn!: string;

  @Enum({ items: () => PaymentMethod, nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<StaffUser> | null = null;
}
