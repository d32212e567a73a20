import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { executeNative } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import { queryPrepared } from '../../db/prepared.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notAllowed, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { QUEUES } from '../../jobs/job-queue.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity, type Actor } from '../activity/activity.service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { endAllSessions, hashToken } from '../auth/session.service.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { ContactLink } from '../contacts/contact-link.entity.js';
import { Contact, ContactKind } from '../contacts/contact.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { withFirmLock } from '../firms/firm-lock.js';
import { EmailKind } from '../mail/outbox-email.entity.js';
import { queueEmails, type NewEmail } from '../mail/outbox.service.js';
import { Matter, MatterParticipant, ParticipantRole } from '../matters/matter.entity.js';
import { invitationBodySchema, invitationSubjectSchema, portalOffError, portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import type { PortalSettings } from '../portal-settings/portal-settings.entity.js';
import { copyPermissions, type MemberPermissionsInput } from '../portals/member-permissions.js';
import { MemberStatus, Portal, PortalMatter, PortalMember } from '../portals/portal.entity.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';
import { emailSchema } from '../staff/staff.service.js';
import { Invitation, InvitationStatus } from './invitation.entity.js';
import {
  invitationLink,
  renderAccessGrantedEmail,
  renderAccountCreatedEmail,
  renderInvitationEmail,
  renderLoginReminderEmail,
  renderStaffNotificationEmail,
  type BrandedFirm,
} from './invitation-email.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who is inviting: a staff member with the right, or a member inviting others to their own portal. */
type Inviter = { kind: 'staff'; staff: StaffUser } | { kind: 'member'; member: PortalMember; client: ClientUser };

function actorOf(inviter: Inviter): Actor {
  return inviter.kind === 'staff' ? { kind: 'staff', staff: inviter.staff } : { kind: 'client', client: inviter.client };
}

/** P1 and P2: the portal is on, and the staff member holds the right to invite clients. */
export async function assertMayInvite(ctx: GraphQLContext, em: Em, staff: StaffUser): Promise<PortalSettings> {
  const settings = await portalSettingsOf(em, staff.firm.id);
  if (!settings.enabled) throw portalOffError();
  if (!staff.canInviteClients) throw notAllowed('You do not have the right to invite clients. An admin can give it to you.');
  return settings;
}

/**
 * I1: a contact can have a portal when it is a client-kind contact, has the Client role on a
 * matter, or is linked to such a contact.
 */
export async function isEligibleForPortal(em: Em, contact: Contact): Promise<boolean> {
  if (contact.kind === ContactKind.CLIENT) return true;
  if (await em.count(MatterParticipant, { contact, role: ParticipantRole.CLIENT, matter: { firm: contact.firm.id } })) return true;
  const links = await em.find(ContactLink, { $or: [{ contact }, { linkedContact: contact }] }, { populate: ['contact', 'linkedContact'] });
  for (const link of links) {
    const other = link.contact.id === contact.id ? link.linkedContact.getEntity() : link.contact.getEntity();
    if (other.kind === ContactKind.CLIENT) return true;
    if (await em.count(MatterParticipant, { contact: other, role: ParticipantRole.CLIENT })) return true;
  }
  return false;
}

async function linkedTo(em: Em, a: Contact, b: Contact): Promise<boolean> {
  return (await em.count(ContactLink, { $or: [{ contact: a, linkedContact: b }, { contact: b, linkedContact: a }] })) > 0;
}

function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

const inviteSchema = z.object({
  contactId: z.string(),
  inviteeContactId: z.string().nullish(),
  name: z.string().trim().max(200, 'Use at most 200 characters.').nullish(),
  email: emailSchema,
  matterIds: z.array(z.string()).max(200, 'Share at most 200 matters at once.').default([]),
  message: z.string().trim().max(5000, 'Use at most 5000 characters.').nullish().transform((v) => v || null),
  subject: invitationSubjectSchema.nullish(),
  body: invitationBodySchema.nullish(),
});

export type InviteInput = z.input<typeof inviteSchema> & { permissions?: MemberPermissionsInput | null };

export interface InviteResult {
  portal: Portal;
  member: PortalMember;
  invitation: Invitation | null;
}

/**
 * I1–I4: invites a person to a contact's portal, creating the portal on the first invitation.
 * A person whose email already has a login at the firm is added to the portal at once (told by
 * email) instead of getting a second account. Everything — portal, member, invitation, shared
 * matters, emails and activity — is written in one transaction.
 */
export async function inviteToPortal(ctx: GraphQLContext, staff: StaffUser, input: InviteInput): Promise<InviteResult> {
  const fields = parseInput(inviteSchema, input);
  const firmId = staff.firm.id;
  return withFirmLock(ctx, firmId, async (tx) => {
    const settings = await assertMayInvite(tx, tx.em, staff);
    const contact = isUuid(fields.contactId) ? await tx.em.findOne(Contact, { id: fields.contactId, firm: firmId }) : null;
    if (!contact) throw notFound('contact', ['contactId']);
    if (contact.archivedAt) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'This contact is archived; restore it first.', ['contactId']);
    if (!(await isEligibleForPortal(tx.em, contact))) {
      throw UserFacingError.of(
        UserErrorCode.NOT_ALLOWED,
        `${contact.displayName} is not a client: give them the Client role on a matter, make them a client contact, or link them to a client.`,
        ['contactId'],
      );
    }
    let invitee: Contact | null = null;
    if (fields.inviteeContactId && fields.inviteeContactId !== contact.id) {
      invitee = isUuid(fields.inviteeContactId) ? await tx.em.findOne(Contact, { id: fields.inviteeContactId, firm: firmId }) : null;
      if (!invitee) throw notFound('contact', ['inviteeContactId']);
      if (!(await linkedTo(tx.em, contact, invitee))) {
        throw UserFacingError.of(UserErrorCode.INVALID_INPUT, `${invitee.displayName} is not linked to ${contact.displayName}.`, ['inviteeContactId']);
      }
    } else if (fields.inviteeContactId === contact.id) {
      invitee = contact;
    }
    const matters: Matter[] = [];
    for (const [index, matterId] of fields.matterIds.entries()) {
      const matter = isUuid(matterId) ? await tx.em.findOne(Matter, { id: matterId, firm: firmId }) : null;
      if (!matter) throw notFound('matter', ['matterIds', String(index)]);
      const participates = await tx.em.count(MatterParticipant, { matter, contact: { $in: [contact.id, ...(invitee ? [invitee.id] : [])] } });
      if (!participates) {
        throw UserFacingError.of(UserErrorCode.INVALID_INPUT, `${contact.displayName} does not take part in matter ${matter.number}.`, ['matterIds', String(index)]);
      }
      matters.push(matter);
    }
    const name = fields.name || (invitee ?? contact).displayName;
    const firm = await tx.em.findOneOrFail(Firm, { id: firmId });
    let portal = await tx.em.findOne(Portal, { contact });
    if (!portal) portal = tx.em.create(Portal, { firm: firmId, contact, createdBy: staff });
    const permissions = copyPermissions(input.permissions ?? settings.defaultPermissions);
    const result = await addMember(tx, {
      firm,
      settings,
      portal,
      portalName: contact.displayName,
      contact: invitee ?? (fields.name || fields.inviteeContactId ? null : contact),
      name,
      email: fields.email,
      permissions,
      inviter: { kind: 'staff', staff },
      message: fields.message,
      subject: fields.subject ?? null,
      body: fields.body ?? null,
    });
    for (const matter of matters) await shareMatter(tx, firmId, result.portal, matter, staff, contact.displayName);
    await tx.em.flush();
    return result;
  });
}

interface NewMember {
  firm: Firm;
  settings: PortalSettings;
  portal: Portal;
  portalName: string;
  contact: Contact | null;
  name: string;
  email: string;
  permissions: ReturnType<typeof copyPermissions>;
  inviter: Inviter;
  message: string | null;
  subject: string | null;
  body: string | null;
}

async function addMember(tx: GraphQLContext, spec: NewMember): Promise<InviteResult> {
  const { em } = tx;
  const now = tx.clock.now();
  let member = await em.findOne(PortalMember, { portal: spec.portal, email: spec.email });
  if (member && member.status !== MemberStatus.DISABLED) {
    throw UserFacingError.of(
      UserErrorCode.ALREADY_EXISTS,
      member.status === MemberStatus.ACTIVE
        ? `${spec.email} already has access to this portal.`
        : `${spec.email} has been invited already; resend the invitation instead.`,
      ['email'],
    );
  }
  const existingLogin = await em.findOne(ClientUser, { firm: spec.firm.id, email: spec.email });
  if (!member) {
    member = em.create(PortalMember, {
      firm: spec.firm.id,
      portal: spec.portal,
      contact: spec.contact,
      name: spec.name,
      email: spec.email,
      permissions: spec.permissions,
      invitedByStaff: spec.inviter.kind === 'staff' ? spec.inviter.staff : null,
      invitedByMember: spec.inviter.kind === 'member' ? spec.inviter.member : null,
    });
  } else {
    member.permissions = spec.permissions;
    member.disabledAt = null;
  }
  const actor = actorOf(spec.inviter);
  const emails: NewEmail[] = [];
  let invitation: Invitation | null = null;
  if (existingLogin && existingLogin.disabledAt === null) {
    // One email, one login: the person signs in with the account they have.
    member.status = MemberStatus.ACTIVE;
    member.clientUser = em.getReference(ClientUser, existingLogin.id, { wrapped: true });
    member.activatedAt = now;
    const email = renderAccessGrantedEmail(tx.config, spec.firm, member.name, spec.portalName);
    emails.push({ firmId: spec.firm.id, kind: EmailKind.ACCESS_GRANTED, to: member.email, toName: member.name, ...email });
    await em.flush();
    recordActivity(em, {
      firmId: spec.firm.id,
      action: ActivityAction.ACCESS_GRANTED,
      actor,
      portalId: spec.portal.id,
      memberId: member.id,
      summary: `${member.name} (${member.email}) was given access to the portal of ${spec.portalName} with their existing login.`,
      at: now,
      ip: tx.ip,
    });
  } else {
    member.status = MemberStatus.PENDING;
    await em.flush();
    const issued = await issueInvitation(tx, { firm: spec.firm, settings: spec.settings, member, portal: spec.portal, inviter: spec.inviter, message: spec.message, linkOnly: false });
    invitation = issued.invitation;
    const rendered = renderInvitationEmail(spec.firm, spec.settings, {
      name: member.name,
      expiresAt: invitation.expiresAt,
      message: spec.message,
      subject: spec.subject,
      body: spec.body,
    });
    emails.push({
      firmId: spec.firm.id,
      kind: EmailKind.INVITATION,
      to: member.email,
      toName: member.name,
      ...rendered,
      link: issued.link,
      invitationId: invitation.id,
    });
    recordActivity(em, {
      firmId: spec.firm.id,
      action: ActivityAction.INVITATION_CREATED,
      actor,
      portalId: spec.portal.id,
      memberId: member.id,
      summary: `${actorName(actor)} invited ${member.name} (${member.email}) to the portal of ${spec.portalName}.`,
      at: now,
      ip: tx.ip,
    });
  }
  await queueEmails(em, tx, emails);
  return { portal: spec.portal, member, invitation };
}

function actorName(actor: Actor): string {
  return actor.kind === 'staff' ? actor.staff.name : actor.kind === 'client' ? actor.client.name : 'Atrium';
}

/** Makes a new link for a pending member; any earlier pending link stops working. */
async function issueInvitation(
  tx: GraphQLContext,
  spec: { firm: Firm; settings: PortalSettings; member: PortalMember; portal: Portal; inviter: Inviter; message: string | null; linkOnly: boolean },
): Promise<{ invitation: Invitation; link: string }> {
  const now = tx.clock.now();
  await tx.em.nativeUpdate(Invitation, { member: spec.member, status: InvitationStatus.PENDING }, { status: InvitationStatus.REPLACED });
  const { token, hash } = newToken();
  const invitation = tx.em.create(Invitation, {
    firm: spec.firm.id,
    portal: spec.portal,
    member: spec.member,
    email: spec.member.email,
    tokenHash: hash,
    expiresAt: new Date(now.getTime() + spec.settings.invitationValidityDays * DAY_MS),
    linkOnly: spec.linkOnly,
    message: spec.message,
    invitedByStaff: spec.inviter.kind === 'staff' ? spec.inviter.staff : null,
    invitedByMember: spec.inviter.kind === 'member' ? spec.inviter.member : null,
  });
  await tx.em.flush();
  return { invitation, link: invitationLink(tx.config, spec.firm, token) };
}

export async function shareMatter(tx: GraphQLContext, firmId: string, portal: Portal, matter: Matter, staff: StaffUser, portalName: string): Promise<void> {
  if (await tx.em.count(PortalMatter, { portal, matter })) return;
  tx.em.create(PortalMatter, { firm: firmId, portal, matter, sharedBy: staff });
  recordActivity(tx.em, {
    firmId,
    action: ActivityAction.MATTER_SHARED,
    actor: { kind: 'staff', staff },
    portalId: portal.id,
    matterId: matter.id,
    summary: `${staff.name} shared matter ${matter.number} ${matter.name} with the portal of ${portalName}.`,
    at: tx.clock.now(),
    ip: tx.ip,
  });
}

/** A member of the staff member's firm, by ID. */
export async function memberOfFirm(em: Em, firmId: string, memberId: string): Promise<PortalMember> {
  const member = isUuid(memberId) ? await em.findOne(PortalMember, { id: memberId, firm: firmId }, { populate: ['portal', 'portal.contact'] }) : null;
  if (!member) throw notFound('portal member', ['memberId']);
  return member;
}

/**
 * I8 (and I11's "enable again"): a pending member gets a new link and a new window, the old
 * link stops working; a registered member is sent the firm's login address instead. A disabled
 * member is enabled again the same way.
 */
export async function resendInvitation(ctx: GraphQLContext, staff: StaffUser, memberId: string, message: string | null): Promise<{ member: PortalMember; invitation: Invitation | null }> {
  return withFirmLock(ctx, staff.firm.id, async (tx) => {
    const settings = await assertMayInvite(tx, tx.em, staff);
    const member = await memberOfFirm(tx.em, staff.firm.id, memberId);
    const firm = await tx.em.findOneOrFail(Firm, { id: staff.firm.id });
    const portalName = member.portal.getEntity().contact.getEntity().displayName;
    const now = tx.clock.now();
    const wasDisabled = member.status === MemberStatus.DISABLED;
    if (member.clientUser) {
      member.status = MemberStatus.ACTIVE;
      member.disabledAt = null;
      const client = await tx.em.findOneOrFail(ClientUser, { id: member.clientUser.id });
      const email = wasDisabled ? renderAccessGrantedEmail(tx.config, firm, member.name, portalName) : renderLoginReminderEmail(tx.config, firm, member.name, client.email);
      recordActivity(tx.em, {
        firmId: firm.id,
        action: wasDisabled ? ActivityAction.ACCESS_GRANTED : ActivityAction.LOGIN_REMINDER_SENT,
        actor: { kind: 'staff', staff },
        portalId: member.portal.id,
        memberId: member.id,
        summary: wasDisabled
          ? `${staff.name} restored ${member.name}'s access to the portal of ${portalName}.`
          : `${staff.name} sent ${member.name} the firm's login address.`,
        at: now,
        ip: tx.ip,
      });
      await tx.em.flush();
      await queueEmails(tx.em, tx, [
        { firmId: firm.id, kind: wasDisabled ? EmailKind.ACCESS_GRANTED : EmailKind.LOGIN_REMINDER, to: client.email, toName: member.name, ...email },
      ]);
      return { member, invitation: null };
    }
    member.status = MemberStatus.PENDING;
    member.disabledAt = null;
    const issued = await issueInvitation(tx, { firm, settings, member, portal: member.portal.getEntity(), inviter: { kind: 'staff', staff }, message, linkOnly: false });
    const rendered = renderInvitationEmail(firm, settings, { name: member.name, expiresAt: issued.invitation.expiresAt, message });
    recordActivity(tx.em, {
      firmId: firm.id,
      action: ActivityAction.INVITATION_RESENT,
      actor: { kind: 'staff', staff },
      portalId: member.portal.id,
      memberId: member.id,
      summary: `${staff.name} sent ${member.name} a new invitation link; the previous one no longer works.`,
      at: now,
      ip: tx.ip,
    });
    await tx.em.flush();
    await queueEmails(tx.em, tx, [
      { firmId: firm.id, kind: EmailKind.INVITATION, to: member.email, toName: member.name, ...rendered, link: issued.link, invitationId: issued.invitation.id },
    ]);
    return { member, invitation: issued.invitation };
  });
}

/** I9: a fresh link under the same rules, shown to the staff member to copy; no email is sent. */
export async function generateInviteLink(ctx: GraphQLContext, staff: StaffUser, memberId: string): Promise<{ member: PortalMember; invitation: Invitation; link: string }> {
  return withFirmLock(ctx, staff.firm.id, async (tx) => {
    const settings = await assertMayInvite(tx, tx.em, staff);
    const member = await memberOfFirm(tx.em, staff.firm.id, memberId);
    if (member.clientUser) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, `${member.name} has registered already; send the firm's login address instead.`, ['memberId']);
    }
    const firm = await tx.em.findOneOrFail(Firm, { id: staff.firm.id });
    member.status = MemberStatus.PENDING;
    member.disabledAt = null;
    const issued = await issueInvitation(tx, { firm, settings, member, portal: member.portal.getEntity(), inviter: { kind: 'staff', staff }, message: null, linkOnly: true });
    recordActivity(tx.em, {
      firmId: firm.id,
      action: ActivityAction.INVITATION_LINK_GENERATED,
      actor: { kind: 'staff', staff },
      portalId: member.portal.id,
      memberId: member.id,
      summary: `${staff.name} generated an invitation link for ${member.name} to copy; earlier links no longer work.`,
      at: tx.clock.now(),
      ip: tx.ip,
    });
    await tx.em.flush();
    return { member, invitation: issued.invitation, link: issued.link };
  });
}

/** I10: before registration, the invitation moves to a new address: old links stop, a new one is sent. */
export async function changeMemberEmail(ctx: GraphQLContext, staff: StaffUser, memberId: string, emailInput: string): Promise<{ member: PortalMember; invitation: Invitation | null }> {
  const email = parseInput(z.object({ email: emailSchema }), { email: emailInput }).email;
  const changed = await withFirmLock(ctx, staff.firm.id, async (tx) => {
    await assertMayInvite(tx, tx.em, staff);
    const member = await memberOfFirm(tx.em, staff.firm.id, memberId);
    if (member.clientUser) {
      throw UserFacingError.of(UserErrorCode.CONFLICT, `${member.name} has registered already; their login email cannot be changed here.`, ['memberId']);
    }
    if (member.email === email) return member;
    if (await tx.em.count(PortalMember, { portal: member.portal, email, id: { $ne: member.id } })) {
      throw UserFacingError.of(UserErrorCode.ALREADY_EXISTS, `${email} is a member of this portal already.`, ['email']);
    }
    const previous = member.email;
    member.email = email;
    await tx.em.nativeUpdate(Invitation, { member, status: InvitationStatus.PENDING }, { status: InvitationStatus.REVOKED });
    recordActivity(tx.em, {
      firmId: staff.firm.id,
      action: ActivityAction.MEMBER_EMAIL_CHANGED,
      actor: { kind: 'staff', staff },
      portalId: member.portal.id,
      memberId: member.id,
      summary: `${staff.name} changed ${member.name}'s invitation address from ${previous} to ${email}.`,
      at: tx.clock.now(),
      ip: tx.ip,
    });
    await tx.em.flush();
    return member;
  });
  return resendInvitation(ctx, staff, changed.id, null);
}

/** I11: access ends at once: links stop working and, with no other active portal, sessions end. */
export async function disableMember(ctx: GraphQLContext, staff: StaffUser, memberId: string, remove: boolean): Promise<PortalMember> {
  return withFirmLock(ctx, staff.firm.id, async (tx) => {
    if (!staff.canInviteClients && staff.role !== StaffRole.ADMIN) throw notAllowed('You do not have the right to manage portal access.');
    const member = await memberOfFirm(tx.em, staff.firm.id, memberId);
    const portalName = member.portal.getEntity().contact.getEntity().displayName;
    await tx.em.nativeUpdate(Invitation, { member, status: InvitationStatus.PENDING }, { status: InvitationStatus.REVOKED });
    recordActivity(tx.em, {
      firmId: staff.firm.id,
      action: remove ? ActivityAction.MEMBER_REMOVED : ActivityAction.MEMBER_DISABLED,
      actor: { kind: 'staff', staff },
      portalId: member.portal.id,
      memberId: remove ? null : member.id,
      summary: `${staff.name} ${remove ? 'removed' : 'disabled'} ${member.name}'s (${member.email}) access to the portal of ${portalName}.`,
      at: tx.clock.now(),
      ip: tx.ip,
    });
    const clientId = member.clientUser?.id ?? null;
    if (remove) {
      tx.em.remove(member);
    } else {
      member.status = MemberStatus.DISABLED;
      member.disabledAt = tx.clock.now();
    }
    await tx.em.flush();
    if (clientId && !(await tx.em.count(PortalMember, { clientUser: clientId, status: MemberStatus.ACTIVE }))) {
      await endAllSessions(tx.em, { clientUserId: clientId });
    }
    return member;
  });
}

export async function updateMemberPermissions(ctx: GraphQLContext, staff: StaffUser, memberId: string, permissions: MemberPermissionsInput): Promise<PortalMember> {
  if (!staff.canInviteClients && staff.role !== StaffRole.ADMIN) throw notAllowed('You do not have the right to manage portal access.');
  const member = await memberOfFirm(ctx.em, staff.firm.id, memberId);
  member.permissions = copyPermissions(permissions);
  recordActivity(ctx.em, {
    firmId: staff.firm.id,
    action: ActivityAction.MEMBER_PERMISSIONS_CHANGED,
    actor: { kind: 'staff', staff },
    portalId: member.portal.id,
    memberId: member.id,
    summary: `${staff.name} changed ${member.name}'s permissions.`,
    at: ctx.clock.now(),
    ip: ctx.ip,
  });
  await ctx.em.flush();
  return member;
}

/** I14: an active member invites someone to their own portal, when the firm and their permission allow. */
export async function inviteToMyPortal(ctx: GraphQLContext, client: ClientUser, input: { portalId: string; name: string; email: string }): Promise<InviteResult> {
  const fields = parseInput(
    z.object({ portalId: z.string(), name: z.string().trim().min(1, 'Enter their name.').max(200, 'Use at most 200 characters.'), email: emailSchema }),
    input,
  );
  const firmId = client.firm.id;
  return withFirmLock(ctx, firmId, async (tx) => {
    const settings = await portalSettingsOf(tx.em, firmId);
    if (!settings.enabled) throw portalOffError();
    const inviterMember = isUuid(fields.portalId)
      ? await tx.em.findOne(PortalMember, { portal: fields.portalId, clientUser: client.id, status: MemberStatus.ACTIVE }, { populate: ['portal', 'portal.contact'] })
      : null;
    if (!inviterMember) throw notFound('portal', ['portalId']);
    if (!settings.membersMayInvite || !inviterMember.permissions.inviteOthers) {
      throw notAllowed('Inviting others to this portal is not turned on for you. Ask the firm.');
    }
    const firm = await tx.em.findOneOrFail(Firm, { id: firmId });
    const portal = inviterMember.portal.getEntity();
    const permissions = copyPermissions(settings.defaultPermissions);
    permissions.inviteOthers = false;
    const result = await addMember(tx, {
      firm,
      settings,
      portal,
      portalName: portal.contact.getEntity().displayName,
      contact: null,
      name: fields.name,
      email: fields.email,
      permissions,
      inviter: { kind: 'member', member: inviterMember, client },
      message: null,
      subject: null,
      body: null,
    });
    await tx.em.flush();
    return result;
  });
}

export enum LinkState {
  VALID = 'VALID',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
  REPLACED = 'REPLACED',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}

export function linkStateOf(invitation: Pick<Invitation, 'status' | 'expiresAt'> | null, now: Date): LinkState {
  if (!invitation) return LinkState.UNKNOWN;
  switch (invitation.status) {
    case InvitationStatus.PENDING:
      return invitation.expiresAt > now ? LinkState.VALID : LinkState.EXPIRED;
    case InvitationStatus.ACCEPTED:
      return LinkState.USED;
    case InvitationStatus.REPLACED:
      return LinkState.REPLACED;
    case InvitationStatus.REVOKED:
      return LinkState.REVOKED;
    case InvitationStatus.EXPIRED:
    default:
      return LinkState.EXPIRED;
  }
}

const LINK_STATE_MESSAGES: Record<Exclude<LinkState, LinkState.VALID>, string> = {
  USED: 'This invitation link has been used already: each link sets up one account. If that was you, sign in. Otherwise ask the firm for an invitation of your own.',
  EXPIRED: 'This invitation link has expired. Ask the firm to send you a new one.',
  REPLACED: 'A newer invitation was sent and this link no longer works. Use the link in the most recent email, or ask the firm for a new one.',
  REVOKED: 'This invitation was withdrawn. Ask the firm if you should have access.',
  UNKNOWN: 'This invitation link is not valid. Check that you copied the whole link, or ask the firm for a new one.',
};

export function linkStateMessage(state: LinkState): string | null {
  return state === LinkState.VALID ? null : LINK_STATE_MESSAGES[state];
}

/**
 * What the accept page shows for a token. Opening a link changes nothing about the invitation
 * (mail scanners open links); only the first open is noted in the activity log.
 */
export async function lookUpInvitation(ctx: GraphQLContext, firmSlug: string, token: string): Promise<{ firm: Firm | null; invitation: Invitation | null; state: LinkState; settings: PortalSettings | null }> {
  const firm = await ctx.em.findOne(Firm, { slug: firmSlug.trim().toLowerCase() });
  if (!firm) return { firm: null, invitation: null, state: LinkState.UNKNOWN, settings: null };
  const settings = await portalSettingsOf(ctx.em, firm.id);
  const invitation = token.length >= 20 && token.length <= 100 ? await ctx.em.findOne(Invitation, { tokenHash: hashToken(token), firm }, { populate: ['member'] }) : null;
  const state = linkStateOf(invitation, ctx.clock.now());
  if (invitation && state === LinkState.VALID && !invitation.openedAt) {
    const now = ctx.clock.now();
    const marked = await ctx.em.nativeUpdate(Invitation, { id: invitation.id, openedAt: null }, { openedAt: now });
    if (marked) {
      invitation.openedAt = now;
      recordActivity(ctx.em, {
        firmId: firm.id,
        action: ActivityAction.INVITATION_OPENED,
        actor: { kind: 'system' },
        portalId: invitation.portal.id,
        memberId: invitation.member.id,
        summary: `The invitation link sent to ${invitation.email} was opened.`,
        at: now,
        ip: ctx.ip,
      });
      await ctx.em.flush();
    }
  }
  return { firm, invitation, state, settings };
}

export interface AcceptInput {
  firmSlug: string;
  token: string;
  password: string;
  acceptTerms: boolean;
  termsVersion: number;
}

interface AcceptRow {
  firm_id: string;
  firm_name: string;
  slug: string;
  accent_color: string;
  logo_url: string | null;
  enabled: boolean;
  terms_version: number;
  invitation_id: string | null;
  status: InvitationStatus | null;
  expires_at: Date | string | null;
  email: string | null;
  invited_by_staff_id: string | null;
  member_id: string | null;
  member_name: string | null;
  portal_id: string | null;
  portal_name: string | null;
  existing_client_id: string | null;
}

/**
 * I15: registers with a link. The link is checked and used up in one statement, so of two people
 * opening one forwarded link at once exactly one registers. The account's email is the
 * invitation's. Terms acceptance, password, membership, emails and activity are one transaction.
 *
 * Every client passes through here once, so it is written for few round trips: one read decides;
 * while the password is hashed the transaction begins and reads the staff to tell; then one
 * statement writes everything, one queues the emails, and the transaction commits.
 */
export async function acceptInvitation(ctx: GraphQLContext, input: AcceptInput): Promise<{ loginEmail: string; existingAccount: boolean }> {
  const invalid = (state: LinkState) => UserFacingError.of(UserErrorCode.INVITATION_INVALID, linkStateMessage(state) ?? 'This link is not valid.', ['token']);
  const tokenHash = hashToken(input.token);
  const [row] = await queryPrepared<AcceptRow>(
    ctx.em,
    `select f.id as firm_id, f.name as firm_name, f.slug, f.accent_color, f.logo_url,
            coalesce(s.enabled, false) as enabled, coalesce(s.terms_version, 1) as terms_version,
            i.id as invitation_id, i.status, i.expires_at, i.email, i.invited_by_staff_id,
            m.id as member_id, m.name as member_name, i.portal_id, c.display_name as portal_name,
            cu.id as existing_client_id
       from firm f
       left join portal_settings s on s.firm_id = f.id
       left join invitation i on i.firm_id = f.id and i.token_hash = ?
       left join portal_member m on m.id = i.member_id
       left join portal p on p.id = i.portal_id
       left join contact c on c.id = p.contact_id
       left join client_user cu on cu.firm_id = f.id and cu.email = i.email
      where f.slug = ?`,
    [tokenHash, input.firmSlug.trim().toLowerCase()],
  );
  if (!row) throw invalid(LinkState.UNKNOWN);
  if (!row.enabled) throw portalOffError();
  const state = linkStateOf(row.invitation_id && row.status && row.expires_at ? { status: row.status, expiresAt: new Date(row.expires_at) } : null, ctx.clock.now());
  if (state !== LinkState.VALID || !row.invitation_id || !row.email || !row.member_id || !row.portal_id) throw invalid(state);
  if (!input.acceptTerms || input.termsVersion !== row.terms_version) {
    throw UserFacingError.of(UserErrorCode.TERMS_NOT_ACCEPTED, 'Please read and accept the current Terms of Service.', ['acceptTerms']);
  }
  const email = row.email;
  const memberName = row.member_name ?? email;
  if (!row.existing_client_id) {
    const problem = passwordProblem(input.password, { email, name: memberName });
    if (problem) throw UserFacingError.of(UserErrorCode.WEAK_PASSWORD, problem, ['password']);
  }
  // Hashing is slow on purpose. While it runs, the transaction does all its work, with a stand-in
  // for the new account's password; once the hash is ready it replaces the stand-in, and the
  // transaction commits. Nothing is visible to anyone before that commit, and a failure anywhere
  // rolls all of it back.
  const hashing = row.existing_client_id ? Promise.resolve(null) : hashPassword(input.password);
  hashing.catch(() => undefined);
  const firm: BrandedFirm = { name: row.firm_name, slug: row.slug, accentColor: row.accent_color, logoUrl: row.logo_url };
  const summary = (how: string) => `${memberName} (${email}) accepted the invitation, agreed to Terms of Service version ${row.terms_version} and ${how}.`;
  const newClientId = randomUUID();
  return ctx.em.transactional(async (em) => {
    const recipients = await staffRecipients(em, row);
    // The account email is written only when the account is new, which the statement below decides.
    const emails = [
      { id: randomUUID(), kind: EmailKind.ACCOUNT_CREATED, to: email, toName: memberName, ...renderAccountCreatedEmail(ctx.config, firm, memberName, email) },
      ...recipients.map((staff) => ({
        id: randomUUID(),
        kind: EmailKind.STAFF_NOTIFICATION,
        to: staff.email,
        toName: staff.name,
        ...renderStaffNotificationEmail(firm, staff.name, memberName, email, row.portal_name ?? '', staff.matters ? staff.matters.split('\n') : []),
      })),
    ];
    const now = ctx.clock.now();
    const ip = ctx.ip.slice(0, 64);
    // One statement uses the link up, makes the account (for a new person), records the terms
    // and the activity, activates the membership and writes the emails. Two invitations to one
    // address accepted at once make one account: the later insert meets the earlier account,
    // waits for it, and returns its ID instead, so that person joins it.
    const [claim] = (await executeNative(
      em,
      `with claimed as (
         update invitation set status = 'ACCEPTED', accepted_at = $1, updated_at = $1
          where id = $2 and status = 'PENDING' and expires_at > $1 returning id
       ), account as (
         insert into client_user (id, firm_id, name, email, password_hash, created_at, updated_at)
         select $3::uuid, $4::uuid, $5::text, $6::text, $7::text, $1, $1 from claimed where $22::boolean
         on conflict (firm_id, email) do update set updated_at = client_user.updated_at
         returning id
       ), client as (
         select id, id = $3::uuid as created from account
         union all
         select u.id, false from client_user u where not $22::boolean and u.firm_id = $4::uuid and u.email = $6::text and exists (select 1 from claimed)
       ), terms as (
         insert into terms_acceptance (id, created_at, updated_at, firm_id, client_user_id, version, accepted_at, ip_address)
         select gen_random_uuid(), $1, $1, $4::uuid, c.id, $8::int, $1, $9::text from client c
       ), activity as (
         insert into activity_entry (id, created_at, updated_at, firm_id, occurred_at, action, actor_client_id, actor_name, portal_id, member_id, summary, ip_address)
         select gen_random_uuid(), $1, $1, $4::uuid, $1, 'INVITATION_ACCEPTED', c.id, $5::text, $10::uuid, $11::uuid,
                case when c.created then $12::text else $13::text end, $9::text
           from client c
       ), membership as (
         update portal_member set status = 'ACTIVE', client_user_id = c.id, activated_at = $1, disabled_at = null, updated_at = $1
           from client c where portal_member.id = $11::uuid
       ), mails as (
         insert into outbox_email (id, created_at, updated_at, firm_id, kind, to_address, to_name, subject, text_body, html_body, status, attempts)
         select e.id, $14::timestamptz, $14::timestamptz, $4::uuid, e.kind::email_kind, e.to_address, e.to_name, e.subject, e.text_body, e.html_body, 'QUEUED', 0
           from unnest($15::uuid[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[])
                  as e(id, kind, to_address, to_name, subject, text_body, html_body)
           join client c on e.kind <> 'ACCOUNT_CREATED' or c.created
         returning id
       )
       select exists (select 1 from claimed) as claimed, (select id from client) as client_id, coalesce((select created from client), false) as created,
              array(select id from mails) as email_ids`,
      [
        now, row.invitation_id, newClientId, row.firm_id, memberName, email, PASSWORD_PENDING, row.terms_version, ip, row.portal_id, row.member_id,
        summary('created an account'), summary('joined with their existing account'), new Date(),
        emails.map((e) => e.id), emails.map((e) => e.kind), emails.map((e) => e.to), emails.map((e) => e.toName),
        emails.map((e) => e.subject), emails.map((e) => e.text), emails.map((e) => e.html),
        !row.existing_client_id,
      ],
    )) as { claimed: boolean; client_id: string | null; created: boolean; email_ids: string[] }[];
    if (!claim?.claimed) {
      const after = await em.findOne(Invitation, { tokenHash }, { refresh: true });
      throw invalid(linkStateOf(after, now));
    }
    if (!claim.client_id) throw new Error('accepted invitation without an account');
    await ctx.jobs.insertInTransaction(em, QUEUES.deliverEmail, claim.email_ids.map((emailId) => ({ emailId })));
    // Only the account this acceptance made gets this password; one made meanwhile by another
    // invitation to the same address keeps its own.
    const passwordHash = await hashing;
    if (claim.created) {
      if (!passwordHash) throw new Error('new account without a password hash');
      await executeNative(em, 'update client_user set password_hash = $1 where id = $2', [passwordHash, claim.client_id]);
    }
    return { loginEmail: email, existingAccount: !claim.created };
  });
}

/**
 * What a new account's password hash holds inside the accepting transaction until the real hash
 * replaces it. It is not a valid hash, so no password matches it.
 */
const PASSWORD_PENDING = '!';

interface Recipient {
  name: string;
  email: string;
  matters: string | null;
}

/** The responsible staff member of each shared matter hears of the new account; with no shared matter, the inviter does. */
async function staffRecipients(em: Em, row: AcceptRow): Promise<Recipient[]> {
  return em.execute<Recipient[]>(
    `with responsible as (
       select s.name, s.email, string_agg(m.number || ' ' || m.name, E'\\n' order by m.number) as matters
         from portal_matter pm
         join matter m on m.id = pm.matter_id
         join staff_user s on s.id = m.responsible_staff_id
        where pm.portal_id = ? and s.deactivated_at is null
        group by s.id, s.name, s.email
     )
     select name, email, matters from responsible
     union all
     select name, email, null from staff_user where id = ? and deactivated_at is null and not exists (select 1 from responsible)`,
    [row.portal_id, row.invited_by_staff_id],
  );
}

/** Marks pending invitations past their time as expired, once each, with an activity entry. */
export async function expireInvitations(em: Em, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const expired = await tx.execute<{ id: string; firm_id: string; portal_id: string; member_id: string; email: string }[]>(
      `update invitation set status = 'EXPIRED' where status = 'PENDING' and expires_at <= ? returning id, firm_id, portal_id, member_id, email`,
      [now],
    );
    for (const row of expired) {
      recordActivity(tx, {
        firmId: row.firm_id,
        action: ActivityAction.INVITATION_EXPIRED,
        actor: { kind: 'system' },
        portalId: row.portal_id,
        memberId: row.member_id,
        summary: `The invitation sent to ${row.email} expired unused.`,
        at: now,
      });
    }
    await tx.flush();
    return expired.length;
  });
}
