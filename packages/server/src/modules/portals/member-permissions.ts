import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Field, InputType, ObjectType } from 'type-graphql';

/** What a portal member may do beyond seeing what is shared (S11). Also the firm's defaults (P4). */
@Embeddable()
@ObjectType({ description: "What a portal member may do, beyond seeing what the firm shares with the portal." })
export class MemberPermissions {
  @Field(() => Boolean, { description: 'May request appointments.' })
  @Property({ type: 'boolean' })
  appointmentRequests: boolean = false;

  @Field(() => Boolean, { description: 'May send and read secure messages.' })
  @Property({ type: 'boolean' })
  secureMessaging: boolean = true;

  @Field(() => Boolean, { description: 'May see invoices, statements and payments.' })
  @Property({ type: 'boolean' })
  billingDocuments: boolean = false;

  @Field(() => Boolean, { description: 'May pay the outstanding balance online (needs billingDocuments).' })
  @Property({ type: 'boolean' })
  payBalance: boolean = false;

  @Field(() => Boolean, { description: 'May invite other people to the portal, when the firm allows members to invite.' })
  @Property({ type: 'boolean' })
  inviteOthers: boolean = false;

  @Field(() => Boolean, { description: 'May see (and, where allowed, edit) their own contact details.' })
  @Property({ type: 'boolean' })
  myDetails: boolean = true;

  @Field(() => Boolean, { description: 'May see the portal’s documents and upload files.' })
  @Property({ type: 'boolean' })
  myDocuments: boolean = true;
}

@InputType({ description: 'A full set of member permissions.' })
export class MemberPermissionsInput {
  @Field(() => Boolean, { description: 'May request appointments.' })
  appointmentRequests!: boolean;

  @Field(() => Boolean, { description: 'May send and read secure messages.' })
  secureMessaging!: boolean;

  @Field(() => Boolean, { description: 'May see invoices, statements and payments.' })
  billingDocuments!: boolean;

  @Field(() => Boolean, { description: 'May pay the outstanding balance online (needs billingDocuments).' })
  payBalance!: boolean;

  @Field(() => Boolean, { description: 'May invite other people to the portal.' })
  inviteOthers!: boolean;

  @Field(() => Boolean, { description: 'May see their own contact details.' })
  myDetails!: boolean;

  @Field(() => Boolean, { description: 'May see documents and upload files.' })
  myDocuments!: boolean;
}

export function copyPermissions(source: MemberPermissionsInput | MemberPermissions): MemberPermissions {
  const permissions = new MemberPermissions();
  permissions.appointmentRequests = source.appointmentRequests;
  permissions.secureMessaging = source.secureMessaging;
  permissions.billingDocuments = source.billingDocuments;
  // Paying needs seeing the bills.
  permissions.payBalance = source.payBalance && source.billingDocuments;
  permissions.inviteOthers = source.inviteOthers;
  permissions.myDetails = source.myDetails;
  permissions.myDocuments = source.myDocuments;
  return permissions;
}
