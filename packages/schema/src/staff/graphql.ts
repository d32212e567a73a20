/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Adds a contact to a matter. */
export type AddMatterParticipantInput = {
  /** The contact. */
  contactId: string | number;
  /** The matter. */
  matterId: string | number;
  /** The role on the matter. */
  role: ParticipantRole;
};

/** One email address of a contact. */
export type ContactEmailInput = {
  /** The address. */
  address: string;
  /** The primary address. When none is marked, the first is primary. */
  isPrimary?: boolean;
  /** A label such as "work" or "home". */
  label?: string | null | undefined;
};

/** Narrows a contact list. */
export type ContactFilterInput = {
  /** Include archived contacts. */
  includeArchived?: boolean | null | undefined;
  /** Only contacts of this kind. */
  kind?: ContactKind | null | undefined;
  /** Only contacts whose portal is in this state (NONE: without portal). */
  portalStatus?: PortalStatus | null | undefined;
  /** Part of a name or email address. */
  search?: string | null | undefined;
  /** Only people, or only organizations. */
  type?: ContactType | null | undefined;
};

/** Names one contact. */
export type ContactIdInput = {
  /** The contact. */
  id: string | number;
};

/** The contact's relation to the firm. */
export type ContactKind =
  /** A client of the firm. */
  | 'CLIENT'
  /** Anyone else: opposing counsel, a witness, an expert. */
  | 'OTHER'
  /** A possible future client. */
  | 'PROSPECT'
  /** A supplier to the firm. */
  | 'SUPPLIER';

/** One phone number of a contact. */
export type ContactPhoneInput = {
  /** The primary number. When none is marked, the first is primary. */
  isPrimary?: boolean;
  /** A label such as "mobile" or "office". */
  label?: string | null | undefined;
  /** The number. */
  number: string;
};

/** How a linked contact relates to the contact being viewed. */
export type ContactRelationship =
  /** The contact works for the linked organization. */
  | 'EMPLOYEE_OF'
  /** The linked person works for the contact. */
  | 'EMPLOYER_OF'
  /** A member of the same family. */
  | 'FAMILY_MEMBER'
  /** Partners (domestic or business). */
  | 'PARTNER'
  /** Married to each other. */
  | 'SPOUSE';

/** Whether a contact is a person or an organization. */
export type ContactType =
  /** A company, household or other organization. */
  | 'ORGANIZATION'
  /** A person. */
  | 'PERSON';

/** A new contact. */
export type CreateContactInput = {
  /** Email addresses; exactly one ends up primary. */
  emails?: Array<ContactEmailInput>;
  /** A person's given name. */
  firstName?: string | null | undefined;
  /** Client, prospect, supplier or other. */
  kind: ContactKind;
  /** A person's family name. */
  lastName?: string | null | undefined;
  /** Notes for staff. */
  notes?: string | null | undefined;
  /** An organization's name, or a person's employer. */
  organizationName?: string | null | undefined;
  /** Phone numbers; exactly one ends up primary. */
  phones?: Array<ContactPhoneInput>;
  /** Person or organization. */
  type: ContactType;
};

/** A new matter. */
export type CreateMatterInput = {
  /** What the matter is about. */
  description?: string | null | undefined;
  /** Short name of the matter. */
  name: string;
  /** The firm’s reference; when omitted the next YYYY-NNNN number is used. */
  number?: string | null | undefined;
  /** Contacts taking part, each in a role. */
  participants?: Array<ParticipantInput>;
  /** The staff member responsible for the matter. */
  responsibleStaffId: string | number;
};

/** A new staff member. */
export type CreateStaffMemberInput = {
  /** May invite clients to portals. */
  canInviteClients?: boolean;
  /** May share matters and items with portals. */
  canShareItems?: boolean;
  /** Email address; it becomes the sign-in name and must not belong to another staff member. */
  email: string;
  /** Full name. */
  name: string;
  /** A first password (at least 12 characters) to hand to the staff member. */
  password: string;
  /** Admin or staff. */
  role?: StaffRole;
};

/** Links two contacts. */
export type LinkContactsInput = {
  /** The contact being viewed. */
  contactId: string | number;
  /** The contact to link to it. */
  linkedContactId: string | number;
  /** How the linked contact relates, read from the first: e.g. EMPLOYEE_OF when the first works for the second. */
  relationship: ContactRelationship;
};

/** Narrows a matter list. */
export type MatterFilterInput = {
  /** Only matters this contact takes part in. */
  contactId?: string | number | null | undefined;
  /** Include archived matters. */
  includeArchived?: boolean | null | undefined;
  /** Only matters this staff member is responsible for. */
  responsibleStaffId?: string | number | null | undefined;
  /** Part of the name or number. */
  search?: string | null | undefined;
  /** Only open, or only closed, matters. */
  status?: MatterStatus | null | undefined;
};

/** Names one matter. */
export type MatterIdInput = {
  /** The matter. */
  id: string | number;
};

/** Whether work on a matter goes on. */
export type MatterStatus =
  /** Work has ended. */
  | 'CLOSED'
  /** Work goes on. */
  | 'OPEN';

/** A contact to add to a new matter, in a role. */
export type ParticipantInput = {
  /** The contact. */
  contactId: string | number;
  /** The role on the matter. */
  role: ParticipantRole;
};

/** A participant's role on a matter. Only CLIENT participants can be invited to a portal from the matter. */
export type ParticipantRole =
  /** The firm works for this contact on the matter. */
  | 'CLIENT'
  /** An expert. */
  | 'EXPERT'
  /** The other side's lawyer or adviser. */
  | 'OPPOSING_COUNSEL'
  /** The other side. */
  | 'OPPOSING_PARTY'
  /** Any other role. */
  | 'OTHER'
  /** A witness. */
  | 'WITNESS';

/** A contact's client portal at a glance. */
export type PortalStatus =
  /** At least one member has registered. */
  | 'ACTIVE'
  /** Every member’s access is disabled. */
  | 'DISABLED'
  /** Invited, nobody has registered, and every link expired. */
  | 'EXPIRED'
  /** Without portal: nobody has been invited. */
  | 'NONE'
  /** Invited, nobody has registered yet, and a link still works. */
  | 'PENDING';

/** Removes a contact from a matter. */
export type RemoveMatterParticipantInput = {
  /** The participant. */
  participantId: string | number;
};

/** Email and password of a staff member. */
export type SignInInput = {
  /** The staff member’s email address. */
  email: string;
  /** The password. */
  password: string;
};

/** Names one staff member. */
export type StaffMemberIdInput = {
  /** The staff member. */
  id: string | number;
};

/** A staff member's role in the firm. */
export type StaffRole =
  /** Sets the firm and portal settings and manages staff and their rights. */
  | 'ADMIN'
  /** Works on matters, with the rights the admins give. */
  | 'STAFF';

/** Names one link between contacts. */
export type UnlinkContactsInput = {
  /** The link, from LinkedContact.linkId. */
  linkId: string | number;
};

/** New values for a contact. */
export type UpdateContactInput = {
  /** Email addresses; exactly one ends up primary. */
  emails?: Array<ContactEmailInput>;
  /** A person's given name. */
  firstName?: string | null | undefined;
  /** The contact to change. */
  id: string | number;
  /** Client, prospect, supplier or other. */
  kind: ContactKind;
  /** A person's family name. */
  lastName?: string | null | undefined;
  /** Notes for staff. */
  notes?: string | null | undefined;
  /** An organization's name, or a person's employer. */
  organizationName?: string | null | undefined;
  /** Phone numbers; exactly one ends up primary. */
  phones?: Array<ContactPhoneInput>;
  /** Person or organization. */
  type: ContactType;
};

/** Changes to the firm's name and branding; omitted fields stay as they are. */
export type UpdateFirmInput = {
  /** Accent colour, as #rrggbb. */
  accentColor?: string | null | undefined;
  /** Address (https) of the logo image; an empty string removes it. */
  logoUrl?: string | null | undefined;
  /** The firm's name. */
  name?: string | null | undefined;
};

/** New values for a matter. */
export type UpdateMatterInput = {
  /** What the matter is about. */
  description?: string | null | undefined;
  /** The matter to change. */
  id: string | number;
  /** Short name of the matter. */
  name: string;
  /** The firm’s reference; omitted keeps the current one. */
  number?: string | null | undefined;
  /** The staff member responsible for the matter. */
  responsibleStaffId: string | number;
  /** Open or closed. */
  status: MatterStatus;
};

/** Changes a participant's role. */
export type UpdateMatterParticipantInput = {
  /** The participant. */
  participantId: string | number;
  /** The new role. */
  role: ParticipantRole;
};

/** Changes to a staff member's name, role and rights; omitted fields stay as they are. */
export type UpdateStaffMemberInput = {
  /** May invite clients to portals. */
  canInviteClients?: boolean | null | undefined;
  /** May share matters and items with portals. */
  canShareItems?: boolean | null | undefined;
  /** The staff member to change. */
  id: string | number;
  /** Full name. */
  name?: string | null | undefined;
  /** Admin or staff. */
  role?: StaffRole | null | undefined;
};

/** What kind of expected failure a mutation reports. */
export type UserErrorCode =
  /** Something with the same unique value exists already. */
  | 'ALREADY_EXISTS'
  /** The change contradicts the current state, e.g. removing the last admin. */
  | 'CONFLICT'
  /** The email or password is wrong. Which of the two is never said. */
  | 'INVALID_CREDENTIALS'
  /** A field of the input is missing or not acceptable; `field` says which. */
  | 'INVALID_INPUT'
  /** The invitation link was used, replaced, expired or never existed. */
  | 'INVITATION_INVALID'
  /** The signed-in user lacks the role or right this needs. */
  | 'NOT_ALLOWED'
  /** The thing named does not exist, or belongs to another firm. */
  | 'NOT_FOUND'
  /** The firm's client portal is turned off. */
  | 'PORTAL_DISABLED'
  /** A staff member viewing the portal as a member cannot change anything. */
  | 'READ_ONLY'
  /** The Terms of Service must be accepted (in their current version). */
  | 'TERMS_NOT_ACCEPTED'
  /** Too many failed attempts; wait and try again. */
  | 'TOO_MANY_ATTEMPTS'
  /** The new password is too short, too long or too common. */
  | 'WEAK_PASSWORD';

export type AuthGate_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthGate_ViewerQuery = { viewer: { id: string, name: string, email: string, role: StaffRole, canInviteClients: boolean, canShareItems: boolean, firm: { id: string, name: string, slug: string, accentColor: string, logoUrl: string | null } } | null };

export type SignInPage_ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPage_ViewerQuery = { viewer: { id: string } | null };

export type SignInPage_SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInPage_SignInMutation = { signInStaff: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, staff: { id: string } | null } };

export type AppLayout_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AppLayout_SignOutMutation = { signOutStaff: { signedOut: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ContactDetailPage_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactDetailPage_ContactQuery = { contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }>, linkedContacts: Array<{ linkId: string, relationship: ContactRelationship, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, archivedAt: string | null } }>, participations: Array<{ id: string, role: ParticipantRole, matter: { id: string, number: string, name: string, status: MatterStatus, archivedAt: string | null } }> } | null };

export type EditContactPage_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type EditContactPage_ContactQuery = { contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> } | null };

export type ContactListPage_ContactsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ContactFilterInput | null | undefined;
}>;


export type ContactListPage_ContactsQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, type: ContactType, kind: ContactKind, primaryEmail: string | null, archivedAt: string | null } }> } };

export type ContactPicker_ContactsQueryVariables = Exact<{
  first: number;
  filter?: ContactFilterInput | null | undefined;
}>;


export type ContactPicker_ContactsQuery = { contacts: { totalCount: number, edges: Array<{ node: { id: string, displayName: string, kind: ContactKind, primaryEmail: string | null } }> } };

export type ContactDetailPage_ArchiveContactMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactDetailPage_ArchiveContactMutation = { archiveContact: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, archivedAt: string | null, updatedAt: string } | null } };

export type NewContactPage_CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type NewContactPage_CreateContactMutation = { createContact: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> } | null } };

export type LinkContactDialog_LinkContactsMutationVariables = Exact<{
  input: LinkContactsInput;
}>;


export type LinkContactDialog_LinkContactsMutation = { linkContacts: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, linkedContacts: Array<{ linkId: string, relationship: ContactRelationship, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, archivedAt: string | null } }> } | null } };

export type ContactDetailPage_RestoreContactMutationVariables = Exact<{
  input: ContactIdInput;
}>;


export type ContactDetailPage_RestoreContactMutation = { restoreContact: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, archivedAt: string | null, updatedAt: string } | null } };

export type ContactDetailPage_UnlinkContactsMutationVariables = Exact<{
  input: UnlinkContactsInput;
}>;


export type ContactDetailPage_UnlinkContactsMutation = { unlinkContacts: { unlinked: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type EditContactPage_UpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;


export type EditContactPage_UpdateContactMutation = { updateContact: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, updatedAt: string, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> } | null } };

export type FirmSettingsPage_FirmQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmSettingsPage_FirmQuery = { firm: { id: string, name: string, slug: string, accentColor: string, logoUrl: string | null, updatedAt: string } };

export type FirmSettingsPage_UpdateFirmMutationVariables = Exact<{
  input: UpdateFirmInput;
}>;


export type FirmSettingsPage_UpdateFirmMutation = { updateFirm: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, firm: { id: string, name: string, slug: string, accentColor: string, logoUrl: string | null, updatedAt: string } | null } };

export type MatterDetailPage_MatterQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterDetailPage_MatterQuery = { matter: { id: string, number: string, name: string, status: MatterStatus, description: string | null, archivedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, responsibleStaff: { id: string, name: string, email: string, active: boolean }, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> } | null };

export type NewMatterPage_StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type NewMatterPage_StaffMembersQuery = { staffMembers: Array<{ id: string, name: string }> };

export type EditMatterPage_MatterQueryVariables = Exact<{
  id: string | number;
}>;


export type EditMatterPage_MatterQuery = { matter: { id: string, number: string, name: string, description: string | null, status: MatterStatus, responsibleStaff: { id: string, name: string, active: boolean } } | null, staffMembers: Array<{ id: string, name: string }> };

export type MatterListPage_MattersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MatterFilterInput | null | undefined;
}>;


export type MatterListPage_MattersQuery = { matters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, name: string, status: MatterStatus, archivedAt: string | null, responsibleStaff: { id: string, name: string } } }> } };

export type AddParticipantDialog_AddParticipantMutationVariables = Exact<{
  input: AddMatterParticipantInput;
}>;


export type AddParticipantDialog_AddParticipantMutation = { addMatterParticipant: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, updatedAt: string, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> } | null } };

export type MatterDetailPage_ArchiveMatterMutationVariables = Exact<{
  input: MatterIdInput;
}>;


export type MatterDetailPage_ArchiveMatterMutation = { archiveMatter: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, archivedAt: string | null, updatedAt: string } | null } };

export type NewMatterPage_CreateMatterMutationVariables = Exact<{
  input: CreateMatterInput;
}>;


export type NewMatterPage_CreateMatterMutation = { createMatter: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, number: string, name: string, status: MatterStatus, description: string | null, archivedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, responsibleStaff: { id: string, name: string, email: string, active: boolean }, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> } | null } };

export type MatterDetailPage_RemoveParticipantMutationVariables = Exact<{
  input: RemoveMatterParticipantInput;
}>;


export type MatterDetailPage_RemoveParticipantMutation = { removeMatterParticipant: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, updatedAt: string, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> } | null } };

export type MatterDetailPage_RestoreMatterMutationVariables = Exact<{
  input: MatterIdInput;
}>;


export type MatterDetailPage_RestoreMatterMutation = { restoreMatter: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, archivedAt: string | null, updatedAt: string } | null } };

export type MatterDetailPage_UpdateMatterMutationVariables = Exact<{
  input: UpdateMatterInput;
}>;


export type MatterDetailPage_UpdateMatterMutation = { updateMatter: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, number: string, name: string, status: MatterStatus, description: string | null, archivedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, responsibleStaff: { id: string, name: string, email: string, active: boolean }, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> } | null } };

export type MatterDetailPage_UpdateParticipantMutationVariables = Exact<{
  input: UpdateMatterParticipantInput;
}>;


export type MatterDetailPage_UpdateParticipantMutation = { updateMatterParticipant: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, updatedAt: string, participants: Array<{ id: string, role: ParticipantRole }> } | null } };

export type StaffPage_StaffMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffPage_StaffMembersQuery = { staffMembers: Array<{ id: string, name: string, email: string, role: StaffRole, canInviteClients: boolean, canShareItems: boolean, active: boolean, deactivatedAt: string | null, lastSignInAt: string | null }> };

export type AddStaffMemberDialog_CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;


export type AddStaffMemberDialog_CreateStaffMemberMutation = { createStaffMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, staffMember: { id: string, name: string, email: string, role: StaffRole, canInviteClients: boolean, canShareItems: boolean, active: boolean, deactivatedAt: string | null, lastSignInAt: string | null } | null } };

export type StaffPage_DeactivateStaffMemberMutationVariables = Exact<{
  input: StaffMemberIdInput;
}>;


export type StaffPage_DeactivateStaffMemberMutation = { deactivateStaffMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, staffMember: { id: string, active: boolean, deactivatedAt: string | null, updatedAt: string } | null } };

export type StaffPage_ReactivateStaffMemberMutationVariables = Exact<{
  input: StaffMemberIdInput;
}>;


export type StaffPage_ReactivateStaffMemberMutation = { reactivateStaffMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, staffMember: { id: string, active: boolean, deactivatedAt: string | null, updatedAt: string } | null } };

export type EditStaffMemberDialog_UpdateStaffMemberMutationVariables = Exact<{
  input: UpdateStaffMemberInput;
}>;


export type EditStaffMemberDialog_UpdateStaffMemberMutation = { updateStaffMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, staffMember: { id: string, name: string, email: string, role: StaffRole, canInviteClients: boolean, canShareItems: boolean, active: boolean, deactivatedAt: string | null, lastSignInAt: string | null } | null } };


export const AuthGate_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthGate_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AuthGate_ViewerQuery, AuthGate_ViewerQueryVariables>;
export const SignInPage_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPage_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInPage_ViewerQuery, SignInPage_ViewerQueryVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const AppLayout_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<AppLayout_SignOutMutation, AppLayout_SignOutMutationVariables>;
export const ContactDetailPage_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDetailPage_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_ContactQuery, ContactDetailPage_ContactQueryVariables>;
export const EditContactPage_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditContactPage_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}}]} as unknown as DocumentNode<EditContactPage_ContactQuery, EditContactPage_ContactQueryVariables>;
export const ContactListPage_ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactListPage_Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactListPage_ContactsQuery, ContactListPage_ContactsQueryVariables>;
export const ContactPicker_ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactPicker_Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactPicker_ContactsQuery, ContactPicker_ContactsQueryVariables>;
export const ContactDetailPage_ArchiveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_ArchiveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_ArchiveContactMutation, ContactDetailPage_ArchiveContactMutationVariables>;
export const NewContactPage_CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewContactPage_CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewContactPage_CreateContactMutation, NewContactPage_CreateContactMutationVariables>;
export const LinkContactDialog_LinkContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkContactDialog_LinkContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkContactDialog_LinkContactsMutation, LinkContactDialog_LinkContactsMutationVariables>;
export const ContactDetailPage_RestoreContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_RestoreContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_RestoreContactMutation, ContactDetailPage_RestoreContactMutationVariables>;
export const ContactDetailPage_UnlinkContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_UnlinkContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_UnlinkContactsMutation, ContactDetailPage_UnlinkContactsMutationVariables>;
export const EditContactPage_UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContactPage_UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditContactPage_UpdateContactMutation, EditContactPage_UpdateContactMutationVariables>;
export const FirmSettingsPage_FirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmSettingsPage_Firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FirmSettingsPage_FirmQuery, FirmSettingsPage_FirmQueryVariables>;
export const FirmSettingsPage_UpdateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmSettingsPage_UpdateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FirmSettingsPage_UpdateFirmMutation, FirmSettingsPage_UpdateFirmMutationVariables>;
export const MatterDetailPage_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterDetailPage_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_MatterQuery, MatterDetailPage_MatterQueryVariables>;
export const NewMatterPage_StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewMatterPage_StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewMatterPage_StaffMembersQuery, NewMatterPage_StaffMembersQueryVariables>;
export const EditMatterPage_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditMatterPage_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditMatterPage_MatterQuery, EditMatterPage_MatterQueryVariables>;
export const MatterListPage_MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterListPage_Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterListPage_MattersQuery, MatterListPage_MattersQueryVariables>;
export const AddParticipantDialog_AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipantDialog_AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddParticipantDialog_AddParticipantMutation, AddParticipantDialog_AddParticipantMutationVariables>;
export const MatterDetailPage_ArchiveMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_ArchiveMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_ArchiveMatterMutation, MatterDetailPage_ArchiveMatterMutationVariables>;
export const NewMatterPage_CreateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewMatterPage_CreateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewMatterPage_CreateMatterMutation, NewMatterPage_CreateMatterMutationVariables>;
export const MatterDetailPage_RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_RemoveParticipantMutation, MatterDetailPage_RemoveParticipantMutationVariables>;
export const MatterDetailPage_RestoreMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_RestoreMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_RestoreMatterMutation, MatterDetailPage_RestoreMatterMutationVariables>;
export const MatterDetailPage_UpdateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_UpdateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_UpdateMatterMutation, MatterDetailPage_UpdateMatterMutationVariables>;
export const MatterDetailPage_UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_UpdateParticipantMutation, MatterDetailPage_UpdateParticipantMutationVariables>;
export const StaffPage_StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPage_StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]} as unknown as DocumentNode<StaffPage_StaffMembersQuery, StaffPage_StaffMembersQueryVariables>;
export const AddStaffMemberDialog_CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffMemberDialog_CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffMemberDialog_CreateStaffMemberMutation, AddStaffMemberDialog_CreateStaffMemberMutationVariables>;
export const StaffPage_DeactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPage_DeactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPage_DeactivateStaffMemberMutation, StaffPage_DeactivateStaffMemberMutationVariables>;
export const StaffPage_ReactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPage_ReactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPage_ReactivateStaffMemberMutation, StaffPage_ReactivateStaffMemberMutationVariables>;
export const EditStaffMemberDialog_UpdateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditStaffMemberDialog_UpdateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditStaffMemberDialog_UpdateStaffMemberMutation, EditStaffMemberDialog_UpdateStaffMemberMutationVariables>;