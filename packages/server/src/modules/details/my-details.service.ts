import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { Contact } from '../contacts/contact.entity.js';
import { contactChannelsSchema, replaceChannels, type ContactChannels } from '../contacts/contact.service.js';
import { portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { refuseWhileViewing, requirePermission, requirePortalAccess } from '../portals/portal-access.js';
import type { PortalMember } from '../portals/portal.entity.js';
import type { MyDetails, MyEmailAddressInput, MyPhoneNumberInput } from './my-details.types.js';

interface Channel {
  value: string;
  label: string | null;
  isPrimary: boolean;
  position: number;
}

function primaryFirst<T extends { isPrimary: boolean; position: number }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.position - b.position);
}

/** The member's contact, of the member's firm, with its addresses and numbers; null without one. */
async function contactOf(em: Em, member: PortalMember): Promise<Contact | null> {
  if (!member.contact) return null;
  return em.findOne(Contact, { id: member.contact.id, firm: member.firm.id }, { populate: ['emails', 'phones'] });
}

function detailsFrom(member: PortalMember, contact: Contact | null, editable: boolean): MyDetails {
  const loginEmail = member.email;
  if (!contact) {
    return {
      id: member.id,
      name: member.name,
      loginEmail,
      hasContact: false,
      emails: [{ address: loginEmail, label: null, isPrimary: true, isLoginEmail: true }],
      phones: [],
      editable: false,
    };
  }
  return {
    id: member.id,
    name: contact.displayName,
    loginEmail,
    hasContact: true,
    emails: primaryFirst(contact.emails.getItems()).map((e) => ({ address: e.address, label: e.label, isPrimary: e.isPrimary, isLoginEmail: e.address === loginEmail })),
    phones: primaryFirst(contact.phones.getItems()).map((p) => ({ number: p.number, label: p.label, isPrimary: p.isPrimary })),
    editable,
  };
}

/**
 * What My Details shows a member: their own contact's addresses and numbers, or only their name
 * and sign-in email when the firm keeps no contact for them. Null without the permission.
 */
export async function myDetailsOf(em: Em, member: PortalMember, readOnly: boolean): Promise<MyDetails | null> {
  if (!member.permissions.myDetails) return null;
  const settings = await portalSettingsOf(em, member.firm.id);
  const contact = await contactOf(em, member);
  return detailsFrom(member, contact, settings.membersMayEditDetails && !readOnly && contact !== null);
}

/** "a@example.com (home, primary), b@example.com", or "none". */
function listed(entries: Channel[]): string {
  if (entries.length === 0) return 'none';
  return primaryFirst(entries)
    .map((entry) => {
      const notes = [entry.label, entries.length > 1 && entry.isPrimary ? 'primary' : null].filter(Boolean);
      return notes.length ? `${entry.value} (${notes.join(', ')})` : entry.value;
    })
    .join(', ');
}

function storedChannels(contact: Contact): { emails: Channel[]; phones: Channel[] } {
  return {
    emails: contact.emails.getItems().map((e) => ({ value: e.address, label: e.label, isPrimary: e.isPrimary, position: e.position })),
    phones: contact.phones.getItems().map((p) => ({ value: p.number, label: p.label, isPrimary: p.isPrimary, position: p.position })),
  };
}

function newChannels(channels: ContactChannels): { emails: Channel[]; phones: Channel[] } {
  return {
    emails: channels.emails.map((e, position) => ({ value: e.address, label: e.label, isPrimary: e.isPrimary, position })),
    phones: channels.phones.map((p, position) => ({ value: p.number, label: p.label, isPrimary: p.isPrimary, position })),
  };
}

export interface MyDetailsChanges {
  portalId: string;
  emails: MyEmailAddressInput[];
  phones: MyPhoneNumberInput[];
}

/**
 * S10: a member changes their own email addresses and phone numbers, checked as a staff edit
 * is. Needs the myDetails permission and the firm's setting; refused in a staff member's view.
 * The sign-in address stays (staff change it). The activity log says what changed, old → new.
 */
export async function updateMyDetails(ctx: GraphQLContext, input: MyDetailsChanges): Promise<{ details: MyDetails; changed: boolean }> {
  const access = await requirePortalAccess(ctx, input.portalId);
  refuseWhileViewing(access);
  requirePermission(access, 'myDetails', 'You do not have access to My Details in this portal.');
  const settings = await portalSettingsOf(ctx.em, access.firmId);
  if (!settings.membersMayEditDetails) {
    throw notAllowed('The firm does not let members change their details in the portal. Write to the firm to have them changed.');
  }
  const member = access.member;
  if (!member.contact) throw notAllowed('The firm keeps no contact details for you yet, so there is nothing to change here.');
  const channels = parseInput(contactChannelsSchema, { emails: input.emails, phones: input.phones });
  const contact = await contactOf(ctx.em, member);
  if (!contact) throw notFound('contact', ['portalId']);

  const loginEmail = member.email;
  const before = storedChannels(contact);
  if (before.emails.some((e) => e.value === loginEmail) && !channels.emails.some((e) => e.address === loginEmail)) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, `Your sign-in address ${loginEmail} stays on your details; the firm can change it for you.`, ['emails']);
  }
  const after = newChannels(channels);
  const changes: string[] = [];
  const [emailsBefore, emailsAfter] = [listed(before.emails), listed(after.emails)];
  const [phonesBefore, phonesAfter] = [listed(before.phones), listed(after.phones)];
  if (emailsBefore !== emailsAfter) changes.push(`email addresses ${emailsBefore} → ${emailsAfter}`);
  if (phonesBefore !== phonesAfter) changes.push(`phone numbers ${phonesBefore} → ${phonesAfter}`);
  if (changes.length === 0) return { details: detailsFrom(member, contact, true), changed: false };

  replaceChannels(ctx.em, contact, channels);
  recordActivity(ctx.em, {
    firmId: access.firmId,
    action: ActivityAction.DETAILS_CHANGED,
    actor: { kind: 'client', client: access.client },
    portalId: access.portalId,
    memberId: member.id,
    contactId: contact.id,
    summary: `${access.client.name} changed their details in the portal: ${changes.join('; ')}.`,
    at: ctx.clock.now(),
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return { details: detailsFrom(member, contact, true), changed: true };
}
