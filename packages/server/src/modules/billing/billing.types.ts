import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { InvoiceStatus, PaymentMethod } from './invoice.entity.js';

@ObjectType('InvoiceTotals', { description: 'What an invoice comes to, in minor units of its currency (cents), computed by the server.' })
export class InvoiceTotalsView {
  @Field(() => Int, { description: 'Sum of the line amounts before tax.' })
  subtotal!: number;

  @Field(() => Int, { description: 'Sum of the line taxes (each rounded half-up).' })
  tax!: number;

  @Field(() => Int, { description: 'Subtotal plus tax.' })
  total!: number;

  @Field(() => Int, { description: 'Sum of the payments recorded.' })
  paid!: number;

  @Field(() => Int, { description: 'What is still owed: total minus paid (zero for a void invoice).' })
  balance!: number;
}

@ObjectType('InvoiceLine', { description: 'One line of an invoice.' })
export class InvoiceLineView {
  @Field(() => ID, { description: 'The line.' })
  id!: string;

  @Field(() => Int, { description: 'Order on the invoice, from 1.' })
  position!: number;

  @Field(() => String, { description: 'What is billed.' })
  description!: string;

  @Field(() => Float, { description: 'How many units (up to three decimals).' })
  quantity!: number;

  @Field(() => Int, { description: 'Price of one unit in minor units (cents).' })
  unitPriceMinor!: number;

  @Field(() => Int, { description: 'Tax rate in basis points: 725 is 7.25 %.' })
  taxRateBasisPoints!: number;

  @Field(() => Int, { description: 'Quantity × unit price, rounded half-up to the minor unit.' })
  amountMinor!: number;

  @Field(() => Int, { description: 'Tax on the amount, rounded half-up to the minor unit.' })
  taxMinor!: number;
}

@ObjectType('Payment', { description: 'Money received against an invoice.' })
export class PaymentView {
  @Field(() => ID, { description: 'The payment.' })
  id!: string;

  @Field(() => ID, { description: 'The invoice paid.' })
  invoiceId!: string;

  @Field(() => String, { description: 'Number of the invoice paid.' })
  invoiceNumber!: string;

  @Field(() => String, { description: 'Currency of the invoice (ISO 4217).' })
  currency!: string;

  @Field(() => Int, { description: 'Amount in minor units (cents).' })
  amountMinor!: number;

  @Field(() => String, { description: 'Day the money was received, YYYY-MM-DD.' })
  receivedOn!: string;

  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Reference of the payment (check number, transfer reference).' })
  reference!: string | null;

  @Field(() => Date, { description: 'When the payment was recorded.' })
  recordedAt!: Date;
}

@ObjectType('Invoice', { description: 'An invoice with its lines, payments and totals.' })
export class InvoiceView {
  @Field(() => ID, { description: 'The invoice.' })
  id!: string;

  @Field(() => String, { description: "The firm's invoice number, unique in the firm." })
  number!: string;

  @Field(() => InvoiceStatus, { description: 'Draft, issued, paid or void.' })
  status!: InvoiceStatus;

  @Field(() => String, { description: 'Invoice date, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field(() => String, { description: 'Payment due date, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => Boolean, { description: 'True when the invoice is issued, not fully paid and its due date has passed.' })
  overdue!: boolean;

  @Field(() => String, { description: 'Currency (ISO 4217), e.g. USD.' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'A note printed on the invoice.' })
  note!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was issued and so shared with the client; null for a draft.' })
  sharedAt!: Date | null;

  @Field(() => ID, { description: 'The matter billed.' })
  matterId!: string;

  @Field(() => String, { description: "The matter's reference." })
  matterNumber!: string;

  @Field(() => String, { description: "The matter's name." })
  matterName!: string;

  @Field(() => ID, { nullable: true, description: 'The client portal billed; null when billed to every portal the matter is shared with.' })
  billedPortalId!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the client billed, when one portal is billed.' })
  billedTo!: string | null;

  @Field(() => [InvoiceLineView], { description: 'The lines, in order.' })
  lines!: InvoiceLineView[];

  @Field(() => [PaymentView], { description: 'Payments received, oldest first.' })
  payments!: PaymentView[];

  @Field(() => InvoiceTotalsView, { description: 'Subtotal, tax, total, paid and balance.' })
  totals!: InvoiceTotalsView;

  @Field(() => Date, { description: 'When the invoice was created.' })
  createdAt!: Date;
}

@ObjectType('CurrencyAmount', { description: 'An amount in one currency.' })
export class CurrencyAmount {
  @Field(() => String, { description: 'Currency (ISO 4217).' })
  currency!: string;

  @Field(() => Float, { description: 'Amount in minor units (cents); always a whole number.' })
  amountMinor!: number;
}

@ObjectType('ClientBilling', { description: "A portal's invoices, balance and payments, as its member sees them." })
export class ClientBilling {
  @Field(() => [InvoiceView], { description: 'Issued, paid and void invoices shared with the portal, newest first.' })
  invoices!: InvoiceView[];

  @Field(() => [CurrencyAmount], { description: 'What is outstanding, one amount per currency; empty when nothing is owed.' })
  balance!: CurrencyAmount[];

  @Field(() => [PaymentView], { description: 'Payments on those invoices, newest first.' })
  payments!: PaymentView[];
}
