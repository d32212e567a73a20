import type { Em } from '../../db/orm.js';
import { hashPassword } from '../auth/password.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { ContactLink, ContactRelationship } from '../contacts/contact-link.entity.js';
import { Contact, ContactEmail, ContactKind, ContactPhone, ContactType } from '../contacts/contact.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { Matter, MatterParticipant, ParticipantRole } from '../matters/matter.entity.js';
import { PortalSettings } from '../portal-settings/portal-settings.entity.js';
import { MemberPermissions } from '../portals/member-permissions.js';
import { MemberStatus, Portal, PortalMatter, PortalMember } from '../portals/portal.entity.js';
import { StaffRole, StaffUser } from '../staff/staff-user.entity.js';
import { seedDemoInvoices } from '../billing/billing-demo.js';
import { seedDemoDocuments } from '../documents/demo-documents.js';
import { seedDemoMessages } from '../messages/messages-demo.js';
import { seedMatterItems } from '../tasks/demo-items.js';
import type { FileStorage } from '../../storage/file-storage.js';

export const DEMO = {
  firmSlug: 'demo',
  adminEmail: 'admin@demo.atrium.test',
  staffEmail: 'lawyer@demo.atrium.test',
  clientEmail: 'maria.lopez@example.com',
} as const;

function person(em: Em, firm: Firm, first: string, last: string, kind: ContactKind, email?: string): Contact {
  const displayName = `${first} ${last}`;
  const contact = em.create(Contact, {
    firm,
    type: ContactType.PERSON,
    kind,
    firstName: first,
    lastName: last,
    displayName,
    sortName: displayName.toLowerCase(),
  });
  if (email) contact.emails.add(em.create(ContactEmail, { contact, address: email, isPrimary: true, label: 'home' }));
  return contact;
}

/** Seeds a small demo firm, only into an empty database, so a newcomer has something to click through. */
export async function seedDemoIfEmpty(em: Em, password: string, storage: FileStorage): Promise<boolean> {
  if ((await em.count(Firm, {})) > 0) return false;
  const passwordHash = await hashPassword(password);
  const firm = em.create(Firm, { name: 'Donnell & Dole LLP', slug: DEMO.firmSlug, accentColor: '#1f5f8b' });
  em.create(StaffUser, {
    firm,
    name: 'Avery Donnell',
    email: DEMO.adminEmail,
    passwordHash,
    role: StaffRole.ADMIN,
    canInviteClients: true,
    canShareItems: true,
  });
  const lawyer = em.create(StaffUser, {
    firm,
    name: 'Jordan Dole',
    email: DEMO.staffEmail,
    passwordHash,
    role: StaffRole.STAFF,
    canInviteClients: true,
    canShareItems: true,
  });
  const maria = person(em, firm, 'Maria', 'Lopez', ContactKind.CLIENT, DEMO.clientEmail);
  maria.phones.add(em.create(ContactPhone, { contact: maria, number: '+1 555 0100', label: 'mobile', isPrimary: true }));
  const daniel = person(em, firm, 'Daniel', 'Lopez', ContactKind.CLIENT, 'daniel.lopez@example.com');
  em.create(ContactLink, { firm, contact: maria, linkedContact: daniel, relationship: ContactRelationship.SPOUSE });
  const acme = em.create(Contact, {
    firm,
    type: ContactType.ORGANIZATION,
    kind: ContactKind.CLIENT,
    organizationName: 'Acme Bakery Ltd',
    displayName: 'Acme Bakery Ltd',
    sortName: 'acme bakery ltd',
  });
  acme.emails.add(em.create(ContactEmail, { contact: acme, address: 'office@acme-bakery.example', isPrimary: true }));
  const opposing = person(em, firm, 'Sam', 'Carter', ContactKind.OTHER, 'sam.carter@carter-law.example');
  const estate = em.create(Matter, { firm, number: '2026-0001', name: 'Lopez estate planning', sortName: 'lopez estate planning', responsibleStaff: lawyer });
  em.create(MatterParticipant, { matter: estate, contact: maria, role: ParticipantRole.CLIENT });
  em.create(MatterParticipant, { matter: estate, contact: daniel, role: ParticipantRole.CLIENT });
  const lease = em.create(Matter, { firm, number: '2026-0002', name: 'Acme lease dispute', sortName: 'acme lease dispute', responsibleStaff: lawyer });
  em.create(MatterParticipant, { matter: lease, contact: acme, role: ParticipantRole.CLIENT });
  em.create(MatterParticipant, { matter: lease, contact: opposing, role: ParticipantRole.OPPOSING_COUNSEL });
  const mariaLogin = em.create(ClientUser, { firm, name: 'Maria Lopez', email: DEMO.clientEmail, passwordHash });
  em.create(PortalSettings, { firm, enabled: true, membersMayInvite: true, membersMayEditDetails: true });
  // Maria has registered already; Daniel's and Acme's portals are for trying invitations.
  const portal = em.create(Portal, { firm, contact: maria, createdBy: lawyer });
  const permissions = new MemberPermissions();
  permissions.inviteOthers = true;
  permissions.billingDocuments = true;
  permissions.appointmentRequests = true;
  const member = em.create(PortalMember, {
    firm,
    portal,
    contact: maria,
    clientUser: mariaLogin,
    name: 'Maria Lopez',
    email: DEMO.clientEmail,
    status: MemberStatus.ACTIVE,
    permissions,
    invitedByStaff: lawyer,
    activatedAt: new Date(),
  });
  em.create(PortalMatter, { firm, portal, matter: estate, sharedBy: lawyer });
  // What the firm shares with Maria on the estate matter: every section of her portal has something.
  const now = new Date();
  seedMatterItems(em, { firm, matter: estate, staff: lawyer, portal, member, now });
  seedDemoInvoices(em, { firm, staff: lawyer, matter: estate });
  seedDemoMessages(em, { firm, staff: lawyer, portal, member, matter: estate });
  await seedDemoDocuments(em, storage, { firm, matter: estate, staff: lawyer, now });
  await em.flush();
  return true;
}
