import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Matter } from '../matters/matter.entity.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { findPortalAccess } from '../portals/portal-access.js';
import {
  clientBilling,
  clientInvoice,
  createInvoice,
  deleteInvoice,
  deletePayment,
  findInvoiceView,
  invoicesOfMatter,
  issueInvoice,
  recordPayment,
  updateInvoice,
  voidInvoice,
} from './billing.service.js';
import { ClientBilling, InvoiceView } from './billing.types.js';
import { PaymentMethod } from './invoice.entity.js';

@InputType({ description: 'One line of an invoice.' })
class InvoiceLineInput {
  @Field(() => String, { description: 'What is billed.' })
  description!: string;

  @Field(() => Float, { description: 'How many units, above zero, up to three decimals.' })
  quantity!: number;

  @Field(() => Int, { description: 'Price of one unit in minor units (cents), zero or more.' })
  unitPriceMinor!: number;

  @Field(() => Int, { description: 'Tax rate in basis points, 0 to 10000 (725 is 7.25 %).' })
  taxRateBasisPoints!: number;
}

@InputType({ description: 'A new draft invoice on a matter.' })
class CreateInvoiceInput {
  @Field(() => ID, { description: 'The matter billed.' })
  matterId!: string;

  @Field(() => ID, { nullable: true, description: 'The client portal billed; omitted bills every portal the matter is shared with.' })
  portalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice number, unique in the firm; omitted takes the next INV-NNNNN.' })
  number?: string | null;

  @Field(() => String, { description: 'Invoice date, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field(() => String, { description: 'Due date, YYYY-MM-DD, not before the invoice date.' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: "ISO 4217 currency code; omitted takes the firm's last invoice currency (USD at first)." })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'A note printed on the invoice.' })
  note?: string | null;

  @Field(() => [InvoiceLineInput], { description: 'The lines, in order (at most 200).' })
  lines!: InvoiceLineInput[];
}

@InputType({ description: 'New values for a draft invoice; the lines replace the current ones.' })
class UpdateInvoiceInput {
  @Field(() => ID, { description: 'The draft invoice.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The client portal billed; null bills every portal the matter is shared with.' })
  portalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice number; omitted keeps the current one.' })
  number?: string | null;

  @Field(() => String, { description: 'Invoice date, YYYY-MM-DD.' })
  issuedOn!: string;

  @Field(() => String, { description: 'Due date, YYYY-MM-DD, not before the invoice date.' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code; omitted keeps the current one.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'A note printed on the invoice.' })
  note?: string | null;

  @Field(() => [InvoiceLineInput], { description: 'All the lines, in order (at most 200).' })
  lines!: InvoiceLineInput[];
}

@InputType({ description: 'Names one invoice.' })
class InvoiceIdInput {
  @Field(() => ID, { description: 'The invoice.' })
  id!: string;
}

@InputType({ description: 'Money received against an issued invoice.' })
class RecordPaymentInput {
  @Field(() => ID, { description: 'The invoice paid.' })
  invoiceId!: string;

  @Field(() => Int, { description: 'Amount in minor units (cents): above zero and not above the balance.' })
  amountMinor!: number;

  @Field(() => String, { description: 'Day the money was received, YYYY-MM-DD.' })
  receivedOn!: string;

  @Field(() => PaymentMethod, { description: 'How it was paid.' })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Check number, transfer reference…' })
  reference?: string | null;
}

@InputType({ description: 'Names one payment.' })
class PaymentIdInput {
  @Field(() => ID, { description: 'The payment.' })
  id!: string;
}

@ObjectType({ description: 'Result of a change to an invoice.' })
class InvoicePayload extends Payload {
  @Field(() => InvoiceView, { nullable: true, description: 'The invoice as it is now.' })
  invoice: InvoiceView | null = null;
}

@ObjectType({ description: 'Result of recordPayment.' })
class RecordPaymentPayload extends Payload {
  @Field(() => InvoiceView, { nullable: true, description: 'The invoice with the payment.' })
  invoice: InvoiceView | null = null;

  @Field(() => ID, { nullable: true, description: 'The new payment.' })
  paymentId: string | null = null;
}

@ObjectType({ description: 'Result of deleteInvoice.' })
class DeleteInvoicePayload extends Payload {
  @Field(() => Boolean, { description: 'True when the draft was deleted.' })
  deleted = false;
}

@Resolver(() => Matter)
export class MatterBillingResolver {
  @FieldResolver(() => [InvoiceView], { description: "The matter's invoices, drafts included, newest first." })
  invoices(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<InvoiceView[]> {
    const staff = requireStaff(ctx);
    return invoicesOfMatter(ctx, staff.firm.id, matter.id);
  }
}

@Resolver(() => ClientPortal)
export class ClientBillingResolver {
  @FieldResolver(() => ClientBilling, {
    nullable: true,
    description: "The portal's invoices, outstanding balance and payments; null unless the member may see billing documents.",
  })
  billing(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<ClientBilling | null> | null {
    const member = portal.membership;
    if (!member.permissions.billingDocuments) return null;
    return clientBilling(ctx.em, member.firm.id, member.portal.id, ctx.clock.now());
  }
}

@Resolver()
export class BillingResolver {
  @Query(() => InvoiceView, { nullable: true, description: 'One invoice of the firm; null when there is none with that ID.' })
  invoice(@Arg('id', () => ID, { description: 'The invoice.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<InvoiceView | null> {
    const staff = requireStaff(ctx);
    return findInvoiceView(ctx, staff.firm.id, id);
  }

  @Query(() => InvoiceView, {
    nullable: true,
    description: 'One invoice as a portal member sees it; null unless it is issued, visible in the portal and the member may see billing documents.',
  })
  async portalInvoice(
    @Arg('portalId', () => ID, { description: 'The portal.' }) portalId: string,
    @Arg('id', () => ID, { description: 'The invoice.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<InvoiceView | null> {
    const access = await findPortalAccess(ctx, portalId);
    if (!access?.permissions.billingDocuments) return null;
    return clientInvoice(ctx.em, access.firmId, access.portalId, id, ctx.clock.now());
  }

  @Mutation(() => InvoicePayload, { description: 'Drafts an invoice on a matter. Any staff member may draft; clients see nothing until it is issued.' })
  createInvoice(@Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput, @Ctx() ctx: GraphQLContext): Promise<InvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InvoicePayload(), async (payload) => {
      payload.invoice = await createInvoice(ctx, staff, input);
    });
  }

  @Mutation(() => InvoicePayload, { description: 'Changes a draft invoice; issued invoices cannot be changed.' })
  updateInvoice(@Arg('input', () => UpdateInvoiceInput) input: UpdateInvoiceInput, @Ctx() ctx: GraphQLContext): Promise<InvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InvoicePayload(), async (payload) => {
      payload.invoice = await updateInvoice(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteInvoicePayload, { description: 'Deletes a draft invoice; issued invoices are voided instead.' })
  deleteInvoice(@Arg('input', () => InvoiceIdInput) input: InvoiceIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteInvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteInvoicePayload(), async (payload) => {
      await deleteInvoice(ctx, staff, input.id);
      payload.deleted = true;
    });
  }

  @Mutation(() => InvoicePayload, {
    description: 'Issues a draft invoice, which shares it with the client. Needs the share-items right or the admin role; recorded in the activity log.',
  })
  issueInvoice(@Arg('input', () => InvoiceIdInput) input: InvoiceIdInput, @Ctx() ctx: GraphQLContext): Promise<InvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InvoicePayload(), async (payload) => {
      payload.invoice = await issueInvoice(ctx, staff, input.id);
    });
  }

  @Mutation(() => InvoicePayload, { description: 'Voids an invoice without payments. Needs the share-items right or the admin role.' })
  voidInvoice(@Arg('input', () => InvoiceIdInput) input: InvoiceIdInput, @Ctx() ctx: GraphQLContext): Promise<InvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InvoicePayload(), async (payload) => {
      payload.invoice = await voidInvoice(ctx, staff, input.id);
    });
  }

  @Mutation(() => RecordPaymentPayload, {
    description: 'Records a payment on an issued invoice, at most its balance; the invoice becomes PAID when covered. Needs the share-items right or the admin role.',
  })
  recordPayment(@Arg('input', () => RecordPaymentInput) input: RecordPaymentInput, @Ctx() ctx: GraphQLContext): Promise<RecordPaymentPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new RecordPaymentPayload(), async (payload) => {
      const result = await recordPayment(ctx, staff, input);
      payload.invoice = result.invoice;
      payload.paymentId = result.paymentId;
    });
  }

  @Mutation(() => InvoicePayload, { description: 'Deletes a payment recorded by mistake. Needs the share-items right or the admin role.' })
  deletePayment(@Arg('input', () => PaymentIdInput) input: PaymentIdInput, @Ctx() ctx: GraphQLContext): Promise<InvoicePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new InvoicePayload(), async (payload) => {
      payload.invoice = await deletePayment(ctx, staff, input.id);
    });
  }
}
