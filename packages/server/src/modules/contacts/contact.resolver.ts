import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection.js';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { isEligibleForPortal } from '../invitations/invitation.service.js';
import { MatterParticipant } from '../matters/matter.entity.js';
import { Portal, PortalMember } from '../portals/portal.entity.js';
import { PortalStatus, portalStatusOf } from '../portals/portal-status.js';
import { ContactRelationship } from './contact-link.entity.js';
import { Contact, ContactEmail, ContactKind, ContactPhone, ContactType } from './contact.entity.js';
import {
  createContact,
  findContact,
  linkContacts,
  linkedContactsOf,
  listContacts,
  setContactArchived,
  unlinkContacts,
  updateContact,
} from './contact.service.js';

export const ContactConnection = ConnectionType(Contact, 'Contact', 'contact');

@InputType({ description: 'One email address of a contact.' })
class ContactEmailInput {
  @Field(() => String, { description: 'The address.' })
  address!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "work" or "home".' })
  label?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The primary address. When none is marked, the first is primary.' })
  isPrimary!: boolean;
}

@InputType({ description: 'One phone number of a contact.' })
class ContactPhoneInput {
  @Field(() => String, { description: 'The number.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "mobile" or "office".' })
  label?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The primary number. When none is marked, the first is primary.' })
  isPrimary!: boolean;
}

@InputType({ description: 'Everything about a contact. On update, the lists replace the stored ones.' })
class ContactFieldsInput {
  @Field(() => ContactType, { description: 'Person or organization.' })
  type!: ContactType;

  @Field(() => ContactKind, { description: 'Client, prospect, supplier or other.' })
  kind!: ContactKind;

  @Field(() => String, { nullable: true, description: "A person's given name." })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "A person's family name." })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: "An organization's name, or a person's employer." })
  organizationName?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for staff.' })
  notes?: string | null;

  @Field(() => [ContactEmailInput], { defaultValue: [], description: 'Email addresses; exactly one ends up primary.' })
  emails!: ContactEmailInput[];

  @Field(() => [ContactPhoneInput], { defaultValue: [], description: 'Phone numbers; exactly one ends up primary.' })
  phones!: ContactPhoneInput[];
}

@InputType({ description: 'A new contact.' })
class CreateContactInput extends ContactFieldsInput {}

@InputType({ description: 'New values for a contact.' })
class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID, { description: 'The contact to change.' })
  id!: string;
}

@InputType({ description: 'Names one contact.' })
class ContactIdInput {
  @Field(() => ID, { description: 'The contact.' })
  id!: string;
}

@InputType({ description: 'Links two contacts.' })
class LinkContactsInput {
  @Field(() => ID, { description: 'The contact being viewed.' })
  contactId!: string;

  @Field(() => ID, { description: 'The contact to link to it.' })
  linkedContactId!: string;

  @Field(() => ContactRelationship, { description: 'How the linked contact relates, read from the first: e.g. EMPLOYEE_OF when the first works for the second.' })
  relationship!: ContactRelationship;
}

@InputType({ description: 'Names one link between contacts.' })
class UnlinkContactsInput {
  @Field(() => ID, { description: 'The link, from LinkedContact.linkId.' })
  linkId!: string;
}

@InputType({ description: 'Narrows a contact list.' })
class ContactFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of a name or email address.' })
  search?: string | null;

  @Field(() => ContactKind, { nullable: true, description: 'Only contacts of this kind.' })
  kind?: ContactKind | null;

  @Field(() => ContactType, { nullable: true, description: 'Only people, or only organizations.' })
  type?: ContactType | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include archived contacts.' })
  includeArchived?: boolean | null;

  @Field(() => PortalStatus, { nullable: true, description: 'Only contacts whose portal is in this state (NONE: without portal).' })
  portalStatus?: PortalStatus | null;
}

@ObjectType({ description: 'A contact linked to another, with the relationship read from the other’s side.' })
class LinkedContact {
  @Field(() => ID, { description: 'The link, for unlinkContacts.' })
  linkId!: string;

  @Field(() => ContactRelationship, { description: 'The relationship read from the contact being viewed: EMPLOYEE_OF means the viewed contact works for the linked organization; EMPLOYER_OF means the linked person works for the viewed one.' })
  relationship!: ContactRelationship;

  @Field(() => Contact, { description: 'The linked contact.' })
  contact!: Contact;
}

@ObjectType({ description: 'Result of a change to a contact.' })
class ContactPayload extends Payload {
  @Field(() => Contact, { nullable: true, description: 'The contact as it is now.' })
  contact: Contact | null = null;
}

@ObjectType({ description: 'Result of linkContacts.' })
class LinkContactsPayload extends Payload {
  @Field(() => Contact, { nullable: true, description: 'The contact the link was made from, with its links.' })
  contact: Contact | null = null;
}

@ObjectType({ description: 'Result of unlinkContacts.' })
class UnlinkContactsPayload extends Payload {
  @Field(() => Boolean, { description: 'True once the link is gone.' })
  unlinked = false;
}

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection, { description: 'The firm’s contacts by name, a page at a time.' })
  contacts(
    @Arg('first', () => Int, { defaultValue: 25, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Arg('filter', () => ContactFilterInput, { nullable: true, description: 'Narrows the list.' }) filter: ContactFilterInput | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const staff = requireStaff(ctx);
    return listContacts(ctx, staff.firm.id, filter ?? {}, first, after);
  }

  @Query(() => Contact, { nullable: true, description: 'One contact of the firm; null when there is none with that ID.' })
  contact(@Arg('id', () => ID, { description: 'The contact.' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Contact | null> {
    const staff = requireStaff(ctx);
    return findContact(ctx, staff.firm.id, id);
  }

  @FieldResolver(() => [ContactEmail], { description: 'Email addresses, primary first.' })
  async emails(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<ContactEmail[]> {
    const emails = await ctx.em.find(ContactEmail, { contact }, { orderBy: { isPrimary: 'desc', position: 'asc' } });
    return emails;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The primary email address, if any.' })
  async primaryEmail(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const email = await ctx.em.findOne(ContactEmail, { contact, isPrimary: true });
    return email?.address ?? null;
  }

  @FieldResolver(() => [ContactPhone], { description: 'Phone numbers, primary first.' })
  phones(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<ContactPhone[]> {
    return ctx.em.find(ContactPhone, { contact }, { orderBy: { isPrimary: 'desc', position: 'asc' } });
  }

  @FieldResolver(() => [LinkedContact], { description: 'Linked contacts: spouse, partner, family, employer or employees.' })
  linkedContacts(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<LinkedContact[]> {
    return linkedContactsOf(ctx, contact);
  }

  @FieldResolver(() => Portal, { nullable: true, description: "The contact's client portal, once someone was invited to it." })
  portal(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<Portal | null> {
    return ctx.em.findOne(Portal, { contact });
  }

  @FieldResolver(() => PortalStatus, { description: "The contact's portal at a glance." })
  portalStatus(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<PortalStatus> {
    return portalStatusOf(ctx.em, contact.id, ctx.clock.now());
  }

  @FieldResolver(() => [PortalMember], { description: 'Portals this contact is a member of (their own or, for a linked person, another contact’s).' })
  memberships(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<PortalMember[]> {
    return ctx.em.find(PortalMember, { contact }, { orderBy: { createdAt: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'True when the contact may have a portal: a client, a Client on a matter, or linked to one.' })
  portalEligible(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return isEligibleForPortal(ctx.em, contact);
  }

  @FieldResolver(() => [MatterParticipant], { description: 'The matters this contact takes part in, with the role on each.' })
  participations(@Root() contact: Contact, @Ctx() ctx: GraphQLContext): Promise<MatterParticipant[]> {
    return ctx.em.find(
      MatterParticipant,
      { contact, matter: { archivedAt: null } },
      { populate: ['matter'], orderBy: { matter: { sortName: 'asc' }, id: 'asc' } },
    );
  }

  @Mutation(() => ContactPayload, { description: 'Adds a contact.' })
  createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() ctx: GraphQLContext): Promise<ContactPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ContactPayload(), async (payload) => {
      payload.contact = await createContact(ctx, staff.firm.id, input);
    });
  }

  @Mutation(() => ContactPayload, { description: "Changes a contact's details; email and phone lists replace the stored ones." })
  updateContact(@Arg('input', () => UpdateContactInput) input: UpdateContactInput, @Ctx() ctx: GraphQLContext): Promise<ContactPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ContactPayload(), async (payload) => {
      payload.contact = await updateContact(ctx, staff.firm.id, input.id, input);
    });
  }

  @Mutation(() => ContactPayload, { description: 'Archives a contact: hidden from lists, kept with its history.' })
  archiveContact(@Arg('input', () => ContactIdInput) input: ContactIdInput, @Ctx() ctx: GraphQLContext): Promise<ContactPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ContactPayload(), async (payload) => {
      payload.contact = await setContactArchived(ctx, staff.firm.id, input.id, true);
    });
  }

  @Mutation(() => ContactPayload, { description: 'Brings an archived contact back into lists.' })
  restoreContact(@Arg('input', () => ContactIdInput) input: ContactIdInput, @Ctx() ctx: GraphQLContext): Promise<ContactPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new ContactPayload(), async (payload) => {
      payload.contact = await setContactArchived(ctx, staff.firm.id, input.id, false);
    });
  }

  @Mutation(() => LinkContactsPayload, { description: 'Links two contacts (spouse, partner, family member, employee of).' })
  linkContacts(@Arg('input', () => LinkContactsInput) input: LinkContactsInput, @Ctx() ctx: GraphQLContext): Promise<LinkContactsPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new LinkContactsPayload(), async (payload) => {
      await linkContacts(ctx, staff.firm.id, input);
      payload.contact = await findContact(ctx, staff.firm.id, input.contactId);
    });
  }

  @Mutation(() => UnlinkContactsPayload, { description: 'Removes a link between two contacts.' })
  unlinkContacts(@Arg('input', () => UnlinkContactsInput) input: UnlinkContactsInput, @Ctx() ctx: GraphQLContext): Promise<UnlinkContactsPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new UnlinkContactsPayload(), async (payload) => {
      await unlinkContacts(ctx, staff.firm.id, input.linkId);
      payload.unlinked = true;
    });
  }
}
