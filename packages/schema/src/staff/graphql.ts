/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepts a client’s appointment request at a time staff choose. */
export type AcceptAppointmentRequestInput = {
  /** The request. */
  appointmentId: string | number;
  /** When it ends; after the start. */
  endsAt: string;
  /** Where it takes place. */
  location?: string | null | undefined;
  /** A word for the client with the answer. */
  note?: string | null | undefined;
  /** When the appointment starts. */
  startsAt: string;
};

/** What happened. */
export type ActivityAction =
  /** A folder or document was denied to one member. */
  | 'ACCESS_DENIED_TO_MEMBER'
  /** A person with a login was added to a portal. */
  | 'ACCESS_GRANTED'
  /** A denial of a folder or document to one member was lifted. */
  | 'ACCESS_RESTORED_TO_MEMBER'
  /** Staff accepted an appointment request. */
  | 'APPOINTMENT_ACCEPTED'
  /** Staff declined an appointment request. */
  | 'APPOINTMENT_DECLINED'
  /** A client asked for an appointment. */
  | 'APPOINTMENT_REQUESTED'
  /** A client withdrew their appointment request. */
  | 'APPOINTMENT_REQUEST_WITHDRAWN'
  /** A client changed their own contact details. */
  | 'DETAILS_CHANGED'
  /** A client downloaded a document. */
  | 'DOCUMENT_DOWNLOADED'
  /** A document or a new version of one was uploaded. */
  | 'DOCUMENT_UPLOADED'
  /** Someone registered with the link. */
  | 'INVITATION_ACCEPTED'
  /** An invitation was made. */
  | 'INVITATION_CREATED'
  /** The link expired unused. */
  | 'INVITATION_EXPIRED'
  /** A link was generated for staff to copy; no email. */
  | 'INVITATION_LINK_GENERATED'
  /** The link was first opened. */
  | 'INVITATION_OPENED'
  /** A new link replaced the previous one. */
  | 'INVITATION_RESENT'
  /** An invitation email was handed to the mail server. */
  | 'INVITATION_SENT'
  /** An invoice was issued. */
  | 'INVOICE_ISSUED'
  /** An item on a matter (document, folder, note, task, appointment, custom field, invoice) was shared with the client. */
  | 'ITEM_SHARED'
  /** An item on a matter stopped being shared with the client. */
  | 'ITEM_UNSHARED'
  /** The firm's login address was sent to a registered member. */
  | 'LOGIN_REMINDER_SENT'
  /** A matter was shared with a portal. */
  | 'MATTER_SHARED'
  /** A matter stopped being shared with a portal. */
  | 'MATTER_UNSHARED'
  /** A member's access was disabled. */
  | 'MEMBER_DISABLED'
  /** A pending member's email was changed and the invitation resent. */
  | 'MEMBER_EMAIL_CHANGED'
  /** A member's permissions were changed. */
  | 'MEMBER_PERMISSIONS_CHANGED'
  /** A member was removed from a portal. */
  | 'MEMBER_REMOVED'
  /** A secure message was sent. */
  | 'MESSAGE_SENT'
  /** A password was changed or reset. */
  | 'PASSWORD_CHANGED'
  /** A password reset email was sent. */
  | 'PASSWORD_RESET_SENT'
  /** A payment was recorded against an invoice. */
  | 'PAYMENT_RECORDED'
  /** An admin changed the portal settings. */
  | 'PORTAL_SETTINGS_CHANGED'
  /** A staff member viewed the portal as a member. */
  | 'PORTAL_VIEWED_AS'
  /** A to-do was marked done. */
  | 'TASK_COMPLETED'
  /** A to-do marked done was opened again. */
  | 'TASK_REOPENED';

/** Narrows the activity log. */
export type ActivityFilterInput = {
  /** Only these kinds of event. */
  actions?: Array<ActivityAction> | null | undefined;
  /** Only what clients did (uploads, done to-dos, messages, requests, detail changes…), not staff or the system. */
  clientActionsOnly?: boolean | null | undefined;
  /** Only events of this contact's portal. */
  contactId?: string | number | null | undefined;
  /** Only events about this matter. */
  matterId?: string | number | null | undefined;
  /** Only events about this member. */
  memberId?: string | number | null | undefined;
  /** Only events of this portal. */
  portalId?: string | number | null | undefined;
};

/** Adds a contact to a matter. */
export type AddMatterParticipantInput = {
  /** The contact. */
  contactId: string | number;
  /** The matter. */
  matterId: string | number;
  /** The role on the matter. */
  role: ParticipantRole;
};

/** Names one appointment. */
export type AppointmentIdInput = {
  /** The appointment. */
  appointmentId: string | number;
};

/** Where an appointment or a request for one stands. */
export type AppointmentStatus =
  /** The client withdrew the request. */
  | 'CANCELLED'
  /** Staff declined the request. */
  | 'DECLINED'
  /** A client asked for it; staff have not answered yet. */
  | 'REQUESTED'
  /** It takes place at the time set. */
  | 'SCHEDULED';

/** Progress of a bulk invitation. */
export type BulkInvitationStatus =
  /** Finished; see invited and skipped. */
  | 'DONE'
  /** Waiting to start. */
  | 'QUEUED'
  /** Sending invitations. */
  | 'RUNNING';

/** Invites many clients at once (I5). */
export type BulkInviteToPortalInput = {
  /** The selected client contacts. */
  contactIds: Array<string | number>;
  /** A key unique to this request (e.g. a random UUID made when the dialog opened); repeating a request with the same key starts nothing new. */
  requestKey: string;
};

/** Moves a pending invitation to another address. */
export type ChangeMemberEmailInput = {
  /** The new address. */
  email: string;
  /** The member, who has not registered yet. */
  memberId: string | number;
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

/** How two linked contacts relate, read from the contact being viewed. */
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

/** A new appointment on a matter. It is not shared with the client until it is shared on its own. */
export type CreateAppointmentInput = {
  /** More about the appointment. */
  details?: string | null | undefined;
  /** When it ends; after the start. */
  endsAt: string;
  /** Where it takes place. */
  location?: string | null | undefined;
  /** The matter. */
  matterId: string | number;
  /** When it starts. */
  startsAt: string;
  /** What the appointment is about. */
  title: string;
};

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

/** A new custom field on a matter. It is not shared with the client until it is shared on its own. */
export type CreateCustomFieldInput = {
  /** What the value is, e.g. "Court date". */
  label: string;
  /** The matter. */
  matterId: string | number;
  /** The value. */
  value: string;
};

/** A new folder on a matter. */
export type CreateFolderInput = {
  /** The matter. */
  matterId: string | number;
  /** Name of the folder. */
  name: string;
  /** The folder to make it in; the top of the matter when omitted. */
  parentId?: string | number | null | undefined;
};

/** A new draft invoice on a matter. */
export type CreateInvoiceInput = {
  /** ISO 4217 currency code; omitted takes the firm's last invoice currency (USD at first). */
  currency?: string | null | undefined;
  /** Due date, YYYY-MM-DD, not before the invoice date. */
  dueOn: string;
  /** Invoice date, YYYY-MM-DD. */
  issuedOn: string;
  /** The lines, in order (at most 200). */
  lines: Array<InvoiceLineInput>;
  /** The matter billed. */
  matterId: string | number;
  /** A note printed on the invoice. */
  note?: string | null | undefined;
  /** Invoice number, unique in the firm; omitted takes the next INV-NNNNN. */
  number?: string | null | undefined;
  /** The client portal billed; omitted bills every portal the matter is shared with. */
  portalId?: string | number | null | undefined;
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

/** A new note on a matter. It is not shared with the client until it is shared on its own. */
export type CreateNoteInput = {
  /** The text of the note. */
  body: string;
  /** The matter. */
  matterId: string | number;
  /** Title of the note. */
  title: string;
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

/** A new to-do on a matter. It is not shared with the client until it is shared on its own. */
export type CreateTaskInput = {
  /** More about what is to be done. */
  description?: string | null | undefined;
  /** The day it is due by (YYYY-MM-DD); omitted for none. */
  dueDate?: string | null | undefined;
  /** The matter. */
  matterId: string | number;
  /** The one portal (of those the matter is shared with) whose members are asked; omitted asks every portal the matter is shared with. */
  portalId?: string | number | null | undefined;
  /** What is to be done, in a few words. */
  title: string;
};

/** Names one custom field. */
export type CustomFieldIdInput = {
  /** The custom field. */
  customFieldId: string | number;
};

/** Declines a client’s appointment request, saying why. */
export type DeclineAppointmentRequestInput = {
  /** The request. */
  appointmentId: string | number;
  /** Why, or what the client could do instead; the client reads it. */
  note: string;
};

/** Names one document. */
export type DocumentIdInput = {
  /** The document. */
  documentId: string | number;
};

/** Why an email was sent. */
export type EmailKind =
  /** A person with a login was given access to another portal. */
  | 'ACCESS_GRANTED'
  /** Confirmation after registering, with the login name and address. */
  | 'ACCOUNT_CREATED'
  /** A batched notice to a responsible staff member of what clients did (uploads, done to-dos, messages, requests, detail changes). */
  | 'CLIENT_ACTIVITY_DIGEST'
  /** An invitation to register for a portal. */
  | 'INVITATION'
  /** The firm's login address, sent to a registered member. */
  | 'LOGIN_REMINDER'
  /** A notice to a portal member that staff wrote to them; it names the conversation, never the message itself. */
  | 'NEW_MESSAGE'
  /** A link to choose a new password. */
  | 'PASSWORD_RESET'
  /** A notice to a staff member (e.g. a client registered). */
  | 'STAFF_NOTIFICATION';

/** Delivery state of an email in the outbox. */
export type EmailStatus =
  /** Every attempt failed; see lastError. Staff can retry it. */
  | 'FAILED'
  /** No mail server is configured; the email is kept here to read. */
  | 'KEPT'
  /** Waiting to be sent, or being retried. */
  | 'QUEUED'
  /** Accepted by the mail server. */
  | 'SENT';

/** Names one folder. */
export type FolderIdInput = {
  /** The folder. */
  folderId: string | number;
};

/** Where an invitation link stands. */
export type InvitationStatus =
  /** Used: someone registered with it. */
  | 'ACCEPTED'
  /** Not used in time. */
  | 'EXPIRED'
  /** Sent; the link works until it expires. */
  | 'PENDING'
  /** A newer link was sent; this one no longer works. */
  | 'REPLACED'
  /** Access was disabled or removed; the link no longer works. */
  | 'REVOKED';

/** An invitation to a contact’s portal (I1–I4). */
export type InviteToPortalInput = {
  /** Body to use instead of the firm’s template; must keep {{link}}. */
  body?: string | null | undefined;
  /** The client contact whose portal it is (created on the first invitation). */
  contactId: string | number;
  /** Email address to invite; it becomes the login name. */
  email: string;
  /** A linked contact being invited to that portal (spouse, partner, colleague), if any. */
  inviteeContactId?: string | number | null | undefined;
  /** Matters to share with the portal now. */
  matterIds?: Array<string | number>;
  /** A personal message for the email. */
  message?: string | null | undefined;
  /** Name of the person invited; defaults to the contact’s name. */
  name?: string | null | undefined;
  /** Permissions; the firm’s defaults when omitted. */
  permissions?: MemberPermissionsInput | null | undefined;
  /** Subject to use instead of the firm’s template. */
  subject?: string | null | undefined;
};

/** Names one invoice. */
export type InvoiceIdInput = {
  /** The invoice. */
  id: string | number;
};

/** One line of an invoice. */
export type InvoiceLineInput = {
  /** What is billed. */
  description: string;
  /** How many units, above zero, up to three decimals. */
  quantity: number;
  /** Tax rate in basis points, 0 to 10000 (725 is 7.25 %). */
  taxRateBasisPoints: number;
  /** Price of one unit in minor units (cents), zero or more. */
  unitPriceMinor: number;
};

/** Where an invoice stands. */
export type InvoiceStatus =
  /** Being prepared; never visible to clients and still editable. */
  | 'DRAFT'
  /** Sent to the client (shared); payments are awaited. */
  | 'ISSUED'
  /** Payments cover the total. */
  | 'PAID'
  /** Cancelled; nothing is owed. */
  | 'VOID';

/** Links two contacts. */
export type LinkContactsInput = {
  /** The contact being viewed. */
  contactId: string | number;
  /** The contact to link to it. */
  linkedContactId: string | number;
  /** How the linked contact relates, read from the first: e.g. EMPLOYEE_OF when the first works for the second. */
  relationship: ContactRelationship;
};

/** Marks a conversation read up to its latest message. */
export type MarkThreadReadInput = {
  /** Clients: the portal the conversation is in. Staff leave it out. */
  portalId?: string | number | null | undefined;
  /** The conversation. */
  threadId: string | number;
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

/** What staff see for a member at a glance. */
export type MemberAccessState =
  /** Registered. */
  | 'ACTIVE'
  /** Access turned off. */
  | 'DISABLED'
  /** Invited, but the link expired unused; resend it. */
  | 'EXPIRED'
  /** Invited; the link still works. */
  | 'PENDING';

/** One folder or one document (exactly one of the two) and one portal member. */
export type MemberDenialInput = {
  /** The document (leave out when naming a folder). */
  documentId?: string | number | null | undefined;
  /** The folder (leave out when naming a document). */
  folderId?: string | number | null | undefined;
  /** The portal member. */
  memberId: string | number;
};

/** A full set of member permissions. */
export type MemberPermissionsInput = {
  /** May request appointments. */
  appointmentRequests: boolean;
  /** May see invoices, statements and payments. */
  billingDocuments: boolean;
  /** May invite other people to the portal. */
  inviteOthers: boolean;
  /** May see their own contact details. */
  myDetails: boolean;
  /** May see documents and upload files. */
  myDocuments: boolean;
  /** May pay the outstanding balance online (needs billingDocuments). */
  payBalance: boolean;
  /** May send and read secure messages. */
  secureMessaging: boolean;
};

/** A person's access to a portal. */
export type MemberStatus =
  /** Registered and may sign in. */
  | 'ACTIVE'
  /** Access turned off by staff; a new invitation turns it on again. */
  | 'DISABLED'
  /** Invited; has not registered yet. */
  | 'PENDING';

/** Narrows the list of conversations. */
export type MessageThreadFilterInput = {
  /** Only conversations about this matter. */
  matterId?: string | number | null | undefined;
  /** Only conversations with this portal. */
  portalId?: string | number | null | undefined;
  /** Only conversations with messages from clients the signed-in staff member has not read. */
  unreadOnly?: boolean | null | undefined;
};

/** Moves a document to another folder of its matter. */
export type MoveDocumentInput = {
  /** The document. */
  documentId: string | number;
  /** The folder to move it to; the top of the matter when omitted. */
  folderId?: string | number | null | undefined;
};

/** Where to move a folder. */
export type MoveFolderInput = {
  /** The folder. */
  folderId: string | number;
  /** The folder to put it in; the top of the matter when omitted. */
  parentId?: string | number | null | undefined;
};

/** Names one note. */
export type NoteIdInput = {
  /** The note. */
  noteId: string | number;
};

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

/** How a payment was made. */
export type PaymentMethod =
  /** Bank transfer. */
  | 'BANK_TRANSFER'
  /** Card, taken outside Atrium. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** Check. */
  | 'CHECK'
  /** Any other way. */
  | 'OTHER';

/** Names one portal member. */
export type PortalMemberIdInput = {
  /** The member. */
  memberId: string | number;
};

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

/** What to preview an invitation email with. */
export type PreviewInvitationEmailInput = {
  /** Body to use instead of the firm’s template; must keep {{link}}. */
  body?: string | null | undefined;
  /** A personal message. */
  message?: string | null | undefined;
  /** Name of the person invited. */
  name: string;
  /** Subject to use instead of the firm’s template. */
  subject?: string | null | undefined;
};

/** Money received against an issued invoice. */
export type RecordPaymentInput = {
  /** Amount in minor units (cents): above zero and not above the balance. */
  amountMinor: number;
  /** The invoice paid. */
  invoiceId: string | number;
  /** How it was paid. */
  method: PaymentMethod;
  /** Day the money was received, YYYY-MM-DD. */
  receivedOn: string;
  /** Check number, transfer reference… */
  reference?: string | null | undefined;
};

/** Removes a contact from a matter. */
export type RemoveMatterParticipantInput = {
  /** The participant. */
  participantId: string | number;
};

/** Renames a document. */
export type RenameDocumentInput = {
  /** The document. */
  documentId: string | number;
  /** The new name. */
  name: string;
};

/** Renames a folder. */
export type RenameFolderInput = {
  /** The folder. */
  folderId: string | number;
  /** The new name. */
  name: string;
};

/** Sends a member a new link (or, once registered, the login address). */
export type ResendInvitationInput = {
  /** The member. */
  memberId: string | number;
  /** A personal message for the email. */
  message?: string | null | undefined;
};

/** Names one email. */
export type RetryEmailInput = {
  /** The email. */
  emailId: string | number;
};

/** A reply in a conversation. */
export type SendMessageInput = {
  /** Files uploaded beforehand, to send with the message. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** The text; may be empty when files are attached. */
  body: string;
  /** Clients: the portal the conversation is in. Staff leave it out. */
  portalId?: string | number | null | undefined;
  /** The conversation. */
  threadId: string | number;
};

/** Narrows the sent-mail list. */
export type SentEmailFilterInput = {
  /** Only emails in this state. */
  status?: EmailStatus | null | undefined;
  /** Only emails to this address. */
  to?: string | null | undefined;
};

/** Shares a scheduled appointment with the client, or stops sharing it. */
export type SetAppointmentSharedInput = {
  /** The appointment. */
  appointmentId: string | number;
  /** True to share it, false to stop sharing it. */
  shared: boolean;
};

/** Shares a custom field with the client, or stops sharing it. */
export type SetCustomFieldSharedInput = {
  /** The custom field. */
  customFieldId: string | number;
  /** True to share it, false to stop sharing it. */
  shared: boolean;
};

/** Shares a note with the client, or stops sharing it. */
export type SetNoteSharedInput = {
  /** The note. */
  noteId: string | number;
  /** True to share it, false to stop sharing it. */
  shared: boolean;
};

/** Marks a to-do done or open again. */
export type SetTaskDoneInput = {
  /** True for done, false to open it again. */
  done: boolean;
  /** The to-do. */
  taskId: string | number;
};

/** Shares a to-do with the client, or stops sharing it. */
export type SetTaskSharedInput = {
  /** True to share it, false to stop sharing it. */
  shared: boolean;
  /** The to-do. */
  taskId: string | number;
};

/** Shares a matter with a client portal. */
export type ShareMatterWithPortalInput = {
  /** The matter to share. */
  matterId: string | number;
  /** The portal to share it with. */
  portalId: string | number;
};

/** What kind of item on a matter is shared with the client. */
export type SharedItemKind =
  /** An appointment. */
  | 'APPOINTMENT'
  /** A custom field. */
  | 'CUSTOM_FIELD'
  /** A document. */
  | 'DOCUMENT'
  /** A folder of documents. */
  | 'FOLDER'
  /** An issued invoice. */
  | 'INVOICE'
  /** A note. */
  | 'NOTE'
  /** A to-do. */
  | 'TASK';

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

/** Starts a conversation with a client portal, with its first message. */
export type StartMessageThreadInput = {
  /** Files uploaded for this portal beforehand, to send with the first message. */
  attachmentIds?: Array<string | number> | null | undefined;
  /** The first message. */
  body: string;
  /** A matter shared with the portal that the conversation is about. */
  matterId?: string | number | null | undefined;
  /** The portal (a client: one of their own portals). */
  portalId: string | number;
  /** What it is about (at most 200 characters). */
  subject: string;
};

/** Names one to-do. */
export type TaskIdInput = {
  /** The to-do. */
  taskId: string | number;
};

/** Names one link between contacts. */
export type UnlinkContactsInput = {
  /** The link, from LinkedContact.linkId. */
  linkId: string | number;
};

/** Stops sharing a matter with a client portal. */
export type UnshareMatterFromPortalInput = {
  /** The matter to stop sharing. */
  matterId: string | number;
  /** The portal that should no longer see it. */
  portalId: string | number;
};

/** New values for a scheduled appointment. Changing a shared one needs the share-items right. */
export type UpdateAppointmentInput = {
  /** The appointment. */
  appointmentId: string | number;
  /** More about the appointment. */
  details?: string | null | undefined;
  /** When it ends; after the start. */
  endsAt: string;
  /** Where it takes place. */
  location?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** What the appointment is about. */
  title: string;
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

/** New values for a custom field. Changing a shared one needs the share-items right. */
export type UpdateCustomFieldInput = {
  /** The custom field. */
  customFieldId: string | number;
  /** What the value is. */
  label: string;
  /** The value. */
  value: string;
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

/** New values for a draft invoice; the lines replace the current ones. */
export type UpdateInvoiceInput = {
  /** ISO 4217 currency code; omitted keeps the current one. */
  currency?: string | null | undefined;
  /** Due date, YYYY-MM-DD, not before the invoice date. */
  dueOn: string;
  /** The draft invoice. */
  id: string | number;
  /** Invoice date, YYYY-MM-DD. */
  issuedOn: string;
  /** All the lines, in order (at most 200). */
  lines: Array<InvoiceLineInput>;
  /** A note printed on the invoice. */
  note?: string | null | undefined;
  /** Invoice number; omitted keeps the current one. */
  number?: string | null | undefined;
  /** The client portal billed; null bills every portal the matter is shared with. */
  portalId?: string | number | null | undefined;
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

/** Sets a member's permissions. */
export type UpdateMemberPermissionsInput = {
  /** The member. */
  memberId: string | number;
  /** The full set of permissions. */
  permissions: MemberPermissionsInput;
};

/** New values for a note. Changing a shared note needs the share-items right. */
export type UpdateNoteInput = {
  /** The text of the note. */
  body: string;
  /** The note. */
  noteId: string | number;
  /** Title of the note. */
  title: string;
};

/** Changes to the portal settings; omitted fields stay as they are. */
export type UpdatePortalSettingsInput = {
  /** File name extensions that may be uploaded, e.g. ["pdf", "docx"]; case and a leading dot are ignored. */
  allowedFileTypes?: Array<string> | null | undefined;
  /** Permissions new members start with. */
  defaultPermissions?: MemberPermissionsInput | null | undefined;
  /** Turn the client portal on or off for the whole firm. */
  enabled?: boolean | null | undefined;
  /** Invitation email body; must keep {{link}}. */
  invitationBody?: string | null | undefined;
  /** Invitation email subject. */
  invitationSubject?: string | null | undefined;
  /** Days an invitation link stays valid (1 to 30). */
  invitationValidityDays?: number | null | undefined;
  /** Let members with the myDetails permission change their own email addresses and phone numbers. */
  membersMayEditDetails?: boolean | null | undefined;
  /** Let members with the permission invite others to their portal. */
  membersMayInvite?: boolean | null | undefined;
  /** Minutes to wait before emailing staff about client actions, to gather them in one email (0 to 120). */
  notificationDelayMinutes?: number | null | undefined;
  /** Terms of Service text; a change publishes a new version. */
  termsOfService?: string | null | undefined;
  /** Largest file, in megabytes, staff or clients may upload (1 to 2048). */
  uploadMaxMegabytes?: number | null | undefined;
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

/** New values for a to-do. Changing a shared to-do needs the share-items right. */
export type UpdateTaskInput = {
  /** More about what is to be done. */
  description?: string | null | undefined;
  /** The day it is due by (YYYY-MM-DD); null for none. */
  dueDate?: string | null | undefined;
  /** The one portal whose members are asked; null asks every portal the matter is shared with. */
  portalId?: string | number | null | undefined;
  /** The to-do. */
  taskId: string | number;
  /** What is to be done, in a few words. */
  title: string;
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

export type ActivityPage_ActivityQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ActivityFilterInput | null | undefined;
}>;


export type ActivityPage_ActivityQuery = { activity: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, action: ActivityAction, actorName: string, summary: string, occurredAt: string, ipAddress: string | null, byClient: boolean, portalName: string | null, matter: { id: string, number: string, name: string } | null } }> } };

export type ContactActivity_ActivityQueryVariables = Exact<{
  contactId: string | number;
}>;


export type ContactActivity_ActivityQuery = { activity: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, action: ActivityAction, actorName: string, summary: string, occurredAt: string } }> } };

export type MatterActivity_ActivityQueryVariables = Exact<{
  matterId: string | number;
  clientActionsOnly?: boolean | null | undefined;
}>;


export type MatterActivity_ActivityQuery = { activity: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, action: ActivityAction, actorName: string, summary: string, occurredAt: string, byClient: boolean, portalName: string | null } }> } };

export type AppointmentRequestsPage_RequestsQueryVariables = Exact<{
  status: AppointmentStatus;
}>;


export type AppointmentRequestsPage_RequestsQuery = { appointmentRequests: Array<{ id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null }> };

export type MatterAppointments_AppointmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterAppointments_AppointmentsQuery = { matter: { id: string, appointments: Array<{ id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null }> } | null };

export type MatterAppointments_AppointmentFragment = { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null };

export type MatterAppointments_CreateAppointmentMutationVariables = Exact<{
  input: CreateAppointmentInput;
}>;


export type MatterAppointments_CreateAppointmentMutation = { createAppointment: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null } | null } };

export type MatterAppointments_UpdateAppointmentMutationVariables = Exact<{
  input: UpdateAppointmentInput;
}>;


export type MatterAppointments_UpdateAppointmentMutation = { updateAppointment: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null } | null } };

export type MatterAppointments_DeleteAppointmentMutationVariables = Exact<{
  input: AppointmentIdInput;
}>;


export type MatterAppointments_DeleteAppointmentMutation = { deleteAppointment: { deletedId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterAppointments_SetAppointmentSharedMutationVariables = Exact<{
  input: SetAppointmentSharedInput;
}>;


export type MatterAppointments_SetAppointmentSharedMutation = { setAppointmentShared: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null } | null } };

export type AppointmentRequests_AcceptMutationVariables = Exact<{
  input: AcceptAppointmentRequestInput;
}>;


export type AppointmentRequests_AcceptMutation = { acceptAppointmentRequest: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null } | null } };

export type AppointmentRequests_DeclineMutationVariables = Exact<{
  input: DeclineAppointmentRequestInput;
}>;


export type AppointmentRequests_DeclineMutation = { declineAppointmentRequest: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, location: string | null, details: string | null, preferredTimes: string | null, decisionNote: string | null, decidedAt: string | null, decidedByName: string | null, shared: boolean, sharedByName: string | null, isRequest: boolean, portalName: string | null, requestedByName: string | null, canDecide: boolean, createdAt: string, matter: { id: string, number: string, name: string } | null } | null } };

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

export type MatterBilling_InvoiceFragment = { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } };

export type MatterBilling_InvoicesQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterBilling_InvoicesQuery = { matter: { id: string, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, portal: { id: string } | null } }>, invoices: Array<{ id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } }> } | null };

export type MatterBilling_CreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type MatterBilling_CreateInvoiceMutation = { createInvoice: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invoice: { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } } | null } };

export type MatterBilling_UpdateInvoiceMutationVariables = Exact<{
  input: UpdateInvoiceInput;
}>;


export type MatterBilling_UpdateInvoiceMutation = { updateInvoice: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invoice: { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } } | null } };

export type MatterBilling_IssueInvoiceMutationVariables = Exact<{
  input: InvoiceIdInput;
}>;


export type MatterBilling_IssueInvoiceMutation = { issueInvoice: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invoice: { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } } | null } };

export type MatterBilling_VoidInvoiceMutationVariables = Exact<{
  input: InvoiceIdInput;
}>;


export type MatterBilling_VoidInvoiceMutation = { voidInvoice: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invoice: { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } } | null } };

export type MatterBilling_DeleteInvoiceMutationVariables = Exact<{
  input: InvoiceIdInput;
}>;


export type MatterBilling_DeleteInvoiceMutation = { deleteInvoice: { deleted: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterBilling_RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type MatterBilling_RecordPaymentMutation = { recordPayment: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invoice: { id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, note: string | null, billedPortalId: string | null, billedTo: string | null, lines: Array<{ id: string, position: number, description: string, quantity: number, unitPriceMinor: number, taxRateBasisPoints: number, amountMinor: number, taxMinor: number }>, payments: Array<{ id: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }>, totals: { subtotal: number, tax: number, total: number, paid: number, balance: number } } | null } };

export type ContactDetailPage_ContactFragment = { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> };

export type ContactDetailPage_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type ContactDetailPage_ContactQuery = { contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, linkedContacts: Array<{ linkId: string, relationship: ContactRelationship, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, archivedAt: string | null } }>, participations: Array<{ id: string, role: ParticipantRole, matter: { id: string, number: string, name: string, status: MatterStatus, archivedAt: string | null } }>, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> } | null };

export type EditContactPage_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type EditContactPage_ContactQuery = { contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }>, memberships: Array<{ id: string, name: string, email: string, status: MemberStatus, portal: { id: string, contact: { id: string, displayName: string } } }> } | null };

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


export type EditContactPage_UpdateContactMutation = { updateContact: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, contact: { id: string, displayName: string, type: ContactType, kind: ContactKind, firstName: string | null, lastName: string | null, organizationName: string | null, notes: string | null, primaryEmail: string | null, archivedAt: string | null, createdAt: string, updatedAt: string, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, phones: Array<{ id: string, number: string, label: string | null, isPrimary: boolean }> } | null } };

export type MatterDocuments_MatterQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterDocuments_MatterQuery = { portalSettings: { uploadMaxMegabytes: number, allowedFileTypes: Array<string> }, matter: { id: string, name: string, portalMembers: Array<{ id: string, name: string, email: string, status: MemberStatus }>, folders: Array<{ id: string, name: string, parentId: string | null, sharedAt: string | null, deniedTo: Array<{ id: string, name: string }> }>, documents: Array<{ id: string, name: string, folderId: string | null, size: number, contentType: string, downloadUrl: string, sharedAt: string | null, updatedAt: string, currentVersion: number, uploadedByClient: boolean, sharedBy: { id: string, name: string } | null, deniedTo: Array<{ id: string, name: string }>, versions: Array<{ id: string, number: number, size: number, fileName: string, createdAt: string, uploadedByName: string, downloadUrl: string }> }> } | null };

export type MatterDocuments_CreateFolderMutationVariables = Exact<{
  input: CreateFolderInput;
}>;


export type MatterDocuments_CreateFolderMutation = { createFolder: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, folder: { id: string } | null } };

export type MatterDocuments_RenameFolderMutationVariables = Exact<{
  input: RenameFolderInput;
}>;


export type MatterDocuments_RenameFolderMutation = { renameFolder: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, folder: { id: string, name: string } | null } };

export type MatterDocuments_RenameDocumentMutationVariables = Exact<{
  input: RenameDocumentInput;
}>;


export type MatterDocuments_RenameDocumentMutation = { renameDocument: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string, name: string } | null } };

export type MatterDocuments_MoveDocumentMutationVariables = Exact<{
  input: MoveDocumentInput;
}>;


export type MatterDocuments_MoveDocumentMutation = { moveDocument: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string, folderId: string | null } | null } };

export type MatterDocuments_MoveFolderMutationVariables = Exact<{
  input: MoveFolderInput;
}>;


export type MatterDocuments_MoveFolderMutation = { moveFolder: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, folder: { id: string, parentId: string | null } | null } };

export type MatterDocuments_DeleteDocumentMutationVariables = Exact<{
  input: DocumentIdInput;
}>;


export type MatterDocuments_DeleteDocumentMutation = { deleteDocument: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string } | null } };

export type MatterDocuments_DeleteFolderMutationVariables = Exact<{
  input: FolderIdInput;
}>;


export type MatterDocuments_DeleteFolderMutation = { deleteFolder: { deletedFolderId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterDocuments_ShareDocumentMutationVariables = Exact<{
  input: DocumentIdInput;
}>;


export type MatterDocuments_ShareDocumentMutation = { shareDocument: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string, sharedAt: string | null } | null, portalsWithoutAccess: Array<{ id: string, displayName: string }> } };

export type MatterDocuments_UnshareDocumentMutationVariables = Exact<{
  input: DocumentIdInput;
}>;


export type MatterDocuments_UnshareDocumentMutation = { unshareDocument: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string, sharedAt: string | null } | null } };

export type MatterDocuments_ShareFolderMutationVariables = Exact<{
  input: FolderIdInput;
}>;


export type MatterDocuments_ShareFolderMutation = { shareFolder: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, folder: { id: string, sharedAt: string | null } | null, portalsWithoutAccess: Array<{ id: string, displayName: string }> } };

export type MatterDocuments_UnshareFolderMutationVariables = Exact<{
  input: FolderIdInput;
}>;


export type MatterDocuments_UnshareFolderMutation = { unshareFolder: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, folder: { id: string, sharedAt: string | null } | null } };

export type MatterDocuments_DenyToMemberMutationVariables = Exact<{
  input: MemberDenialInput;
}>;


export type MatterDocuments_DenyToMemberMutation = { denyToMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string } | null, folder: { id: string } | null } };

export type MatterDocuments_AllowToMemberMutationVariables = Exact<{
  input: MemberDenialInput;
}>;


export type MatterDocuments_AllowToMemberMutation = { allowToMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, document: { id: string } | null, folder: { id: string } | null } };

export type FirmSettingsPage_FirmQueryVariables = Exact<{ [key: string]: never; }>;


export type FirmSettingsPage_FirmQuery = { firm: { id: string, name: string, slug: string, accentColor: string, logoUrl: string | null, updatedAt: string } };

export type FirmSettingsPage_UpdateFirmMutationVariables = Exact<{
  input: UpdateFirmInput;
}>;


export type FirmSettingsPage_UpdateFirmMutation = { updateFirm: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, firm: { id: string, name: string, slug: string, accentColor: string, logoUrl: string | null, updatedAt: string } | null } };

export type SentMailPage_EmailsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SentEmailFilterInput | null | undefined;
}>;


export type SentMailPage_EmailsQuery = { sentEmails: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: EmailKind, status: EmailStatus, toAddress: string, toName: string | null, subject: string, text: string | null, html: string | null, attempts: number, lastError: string | null, createdAt: string, sentAt: string | null } }> }, kept: { totalCount: number } };

export type SentMailPage_RetryEmailMutationVariables = Exact<{
  input: RetryEmailInput;
}>;


export type SentMailPage_RetryEmailMutation = { retryEmail: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, email: { id: string, status: EmailStatus, attempts: number, lastError: string | null, sentAt: string | null, updatedAt: string } | null } };

export type MatterDetailPage_MatterFragment = { id: string, number: string, name: string, status: MatterStatus, description: string | null, archivedAt: string | null, closedAt: string | null, createdAt: string, updatedAt: string, responsibleStaff: { id: string, name: string, email: string, active: boolean }, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, primaryEmail: string | null, type: ContactType, archivedAt: string | null } }> };

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

export type MessagesPage_ThreadFragment = { id: string, subject: string, portalId: string, portalName: string, unreadCount: number, lastMessageAt: string, startedByName: string, matter: { id: string, number: string, name: string } | null };

export type MessagesPage_ThreadsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: MessageThreadFilterInput | null | undefined;
}>;


export type MessagesPage_ThreadsQuery = { messageThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, subject: string, portalId: string, portalName: string, unreadCount: number, lastMessageAt: string, startedByName: string, matter: { id: string, number: string, name: string } | null } }> } };

export type MessagesPage_ThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type MessagesPage_ThreadQuery = { messageThread: { id: string, subject: string, portalId: string, portalName: string, unreadCount: number, lastMessageAt: string, startedByName: string, messages: Array<{ id: string, body: string, createdAt: string, authorName: string, fromFirm: boolean, mine: boolean, attachments: Array<{ id: string, fileName: string, size: number }> }>, matter: { id: string, number: string, name: string } | null } | null };

export type MessagesPage_SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type MessagesPage_SendMessageMutation = { sendMessage: { messageId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string, subject: string, portalId: string, portalName: string, unreadCount: number, lastMessageAt: string, startedByName: string, messages: Array<{ id: string, body: string, createdAt: string, authorName: string, fromFirm: boolean, mine: boolean, attachments: Array<{ id: string, fileName: string, size: number }> }>, matter: { id: string, number: string, name: string } | null } | null } };

export type MessagesPage_StartThreadMutationVariables = Exact<{
  input: StartMessageThreadInput;
}>;


export type MessagesPage_StartThreadMutation = { startMessageThread: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string, subject: string, portalId: string, portalName: string, unreadCount: number, lastMessageAt: string, startedByName: string, matter: { id: string, number: string, name: string } | null } | null } };

export type MessagesPage_MarkReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type MessagesPage_MarkReadMutation = { markThreadRead: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string, unreadCount: number } | null } };

export type MessagesPage_PortalsQueryVariables = Exact<{
  filter?: ContactFilterInput | null | undefined;
}>;


export type MessagesPage_PortalsQuery = { contacts: { edges: Array<{ node: { id: string, displayName: string, portal: { id: string, sharedMatters: Array<{ id: string, number: string, name: string }> } | null } }> } };

export type MatterNotes_ItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterNotes_ItemsQuery = { matter: { id: string, notes: Array<{ id: string, title: string, body: string, shared: boolean, sharedByName: string | null, createdByName: string | null, updatedAt: string }>, customFields: Array<{ id: string, label: string, value: string, shared: boolean, sharedByName: string | null }> } | null };

export type MatterNotes_NoteFragment = { id: string, title: string, body: string, shared: boolean, sharedByName: string | null, createdByName: string | null, updatedAt: string };

export type MatterNotes_CustomFieldFragment = { id: string, label: string, value: string, shared: boolean, sharedByName: string | null };

export type MatterNotes_CreateNoteMutationVariables = Exact<{
  input: CreateNoteInput;
}>;


export type MatterNotes_CreateNoteMutation = { createNote: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, note: { id: string, title: string, body: string, shared: boolean, sharedByName: string | null, createdByName: string | null, updatedAt: string } | null } };

export type MatterNotes_UpdateNoteMutationVariables = Exact<{
  input: UpdateNoteInput;
}>;


export type MatterNotes_UpdateNoteMutation = { updateNote: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, note: { id: string, title: string, body: string, shared: boolean, sharedByName: string | null, createdByName: string | null, updatedAt: string } | null } };

export type MatterNotes_DeleteNoteMutationVariables = Exact<{
  input: NoteIdInput;
}>;


export type MatterNotes_DeleteNoteMutation = { deleteNote: { deletedId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterNotes_SetNoteSharedMutationVariables = Exact<{
  input: SetNoteSharedInput;
}>;


export type MatterNotes_SetNoteSharedMutation = { setNoteShared: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, note: { id: string, title: string, body: string, shared: boolean, sharedByName: string | null, createdByName: string | null, updatedAt: string } | null } };

export type MatterNotes_CreateCustomFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type MatterNotes_CreateCustomFieldMutation = { createCustomField: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, customField: { id: string, label: string, value: string, shared: boolean, sharedByName: string | null } | null } };

export type MatterNotes_UpdateCustomFieldMutationVariables = Exact<{
  input: UpdateCustomFieldInput;
}>;


export type MatterNotes_UpdateCustomFieldMutation = { updateCustomField: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, customField: { id: string, label: string, value: string, shared: boolean, sharedByName: string | null } | null } };

export type MatterNotes_DeleteCustomFieldMutationVariables = Exact<{
  input: CustomFieldIdInput;
}>;


export type MatterNotes_DeleteCustomFieldMutation = { deleteCustomField: { deletedId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterNotes_SetCustomFieldSharedMutationVariables = Exact<{
  input: SetCustomFieldSharedInput;
}>;


export type MatterNotes_SetCustomFieldSharedMutation = { setCustomFieldShared: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, customField: { id: string, label: string, value: string, shared: boolean, sharedByName: string | null } | null } };

export type PortalSettingsPage_SettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSettingsPage_SettingsQuery = { portalSettings: { enabled: boolean, membersMayInvite: boolean, membersMayEditDetails: boolean, notificationDelayMinutes: number, invitationValidityDays: number, invitationSubject: string, invitationBody: string, termsOfService: string, termsVersion: number, updatedAt: string, uploadMaxMegabytes: number, allowedFileTypes: Array<string>, defaultPermissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean } } };

export type PortalSettingsPage_UpdatePortalSettingsMutationVariables = Exact<{
  input: UpdatePortalSettingsInput;
}>;


export type PortalSettingsPage_UpdatePortalSettingsMutation = { updatePortalSettings: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, portalSettings: { enabled: boolean, membersMayInvite: boolean, membersMayEditDetails: boolean, notificationDelayMinutes: number, invitationValidityDays: number, invitationSubject: string, invitationBody: string, termsOfService: string, termsVersion: number, updatedAt: string, uploadMaxMegabytes: number, allowedFileTypes: Array<string>, defaultPermissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean } } | null } };

export type BulkInviteDialog_RunFragment = { id: string, status: BulkInvitationStatus, total: number, processed: number, invited: number, finishedAt: string | null, skipped: Array<{ contactId: string, name: string, reason: string }> };

export type BulkInviteDialog_RunQueryVariables = Exact<{
  id: string | number;
}>;


export type BulkInviteDialog_RunQuery = { bulkInvitationRun: { id: string, status: BulkInvitationStatus, total: number, processed: number, invited: number, finishedAt: string | null, skipped: Array<{ contactId: string, name: string, reason: string }> } | null };

export type ClientPortalsPage_ContactsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ContactFilterInput | null | undefined;
}>;


export type ClientPortalsPage_ContactsQuery = { contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, displayName: string, kind: ContactKind, primaryEmail: string | null, portalStatus: PortalStatus, portalEligible: boolean } }> } };

export type InviteDialog_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type InviteDialog_ContactQuery = { contact: { id: string, displayName: string, portalEligible: boolean, archivedAt: string | null, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }>, linkedContacts: Array<{ linkId: string, relationship: ContactRelationship, contact: { id: string, displayName: string, archivedAt: string | null, emails: Array<{ id: string, address: string, label: string | null, isPrimary: boolean }> } }>, participations: Array<{ id: string, role: ParticipantRole, matter: { id: string, number: string, name: string, archivedAt: string | null } }>, portal: { id: string, members: Array<{ id: string, email: string, status: MemberStatus }>, sharedMatters: Array<{ id: string }> } | null } | null, portalSettings: { enabled: boolean, membersMayInvite: boolean, invitationSubject: string, invitationBody: string, invitationValidityDays: number, defaultPermissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean } } };

export type MatterPortalSection_MatterQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterPortalSection_MatterQuery = { matter: { id: string, number: string, name: string, sharedWithPortals: Array<{ id: string, contact: { id: string, displayName: string } }>, participants: Array<{ id: string, role: ParticipantRole, contact: { id: string, displayName: string, portalEligible: boolean, portalStatus: PortalStatus, portal: { id: string, members: Array<{ id: string, name: string, email: string, accessState: MemberAccessState }>, sharedMatters: Array<{ id: string }> } | null } }> } | null };

export type PortalPanel_MemberFragment = { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null };

export type PortalPanel_ContactQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalPanel_ContactQuery = { contact: { id: string, displayName: string, portalEligible: boolean, portalStatus: PortalStatus, archivedAt: string | null, portal: { id: string, createdAt: string, members: Array<{ id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null }>, sharedMatters: Array<{ id: string, number: string, name: string, archivedAt: string | null }> } | null } | null, portalSettings: { enabled: boolean, membersMayInvite: boolean } };

export type ShareMatterDialog_PortalsQueryVariables = Exact<{
  matterId: string | number;
  search?: string | null | undefined;
}>;


export type ShareMatterDialog_PortalsQuery = { portalsForSharing: Array<{ id: string, contact: { id: string, displayName: string }, members: Array<{ id: string }>, sharedMatters: Array<{ id: string }> }> };

export type BulkInviteDialog_BulkInviteToPortalMutationVariables = Exact<{
  input: BulkInviteToPortalInput;
}>;


export type BulkInviteDialog_BulkInviteToPortalMutation = { bulkInviteToPortal: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, run: { id: string, status: BulkInvitationStatus, total: number, processed: number, invited: number, finishedAt: string | null, skipped: Array<{ contactId: string, name: string, reason: string }> } | null } };

export type ChangeEmailDialog_ChangeMemberEmailMutationVariables = Exact<{
  input: ChangeMemberEmailInput;
}>;


export type ChangeEmailDialog_ChangeMemberEmailMutation = { changeMemberEmail: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invitation: { id: string, email: string, expiresAt: string } | null, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null } };

export type MemberActions_DisablePortalMemberMutationVariables = Exact<{
  input: PortalMemberIdInput;
}>;


export type MemberActions_DisablePortalMemberMutation = { disablePortalMember: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null } };

export type GenerateLinkDialog_GenerateInviteLinkMutationVariables = Exact<{
  input: PortalMemberIdInput;
}>;


export type GenerateLinkDialog_GenerateInviteLinkMutation = { generateInviteLink: { link: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invitation: { id: string, expiresAt: string } | null } };

export type InviteDialog_InviteToPortalMutationVariables = Exact<{
  input: InviteToPortalInput;
}>;


export type InviteDialog_InviteToPortalMutation = { inviteToPortal: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invitation: { id: string, email: string, expiresAt: string } | null, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null, portal: { id: string } | null } };

export type InviteDialog_PreviewInvitationEmailMutationVariables = Exact<{
  input: PreviewInvitationEmailInput;
}>;


export type InviteDialog_PreviewInvitationEmailMutation = { previewInvitationEmail: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, preview: { subject: string, html: string, text: string } | null } };

export type MemberActions_RemovePortalMemberMutationVariables = Exact<{
  input: PortalMemberIdInput;
}>;


export type MemberActions_RemovePortalMemberMutation = { removePortalMember: { removed: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MemberActions_ResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type MemberActions_ResendInvitationMutation = { resendInvitation: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, invitation: { id: string, email: string, expiresAt: string } | null, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null } };

export type MemberActions_SendPasswordResetMutationVariables = Exact<{
  input: PortalMemberIdInput;
}>;


export type MemberActions_SendPasswordResetMutation = { sendPasswordReset: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null } };

export type MatterPortalSection_ShareMatterMutationVariables = Exact<{
  input: ShareMatterWithPortalInput;
}>;


export type MatterPortalSection_ShareMatterMutation = { shareMatterWithPortal: { changed: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, sharedWithPortals: Array<{ id: string, contact: { id: string, displayName: string } }> } | null, portal: { id: string, sharedMatters: Array<{ id: string }> } | null } };

export type MatterPortalSection_UnshareMatterMutationVariables = Exact<{
  input: UnshareMatterFromPortalInput;
}>;


export type MatterPortalSection_UnshareMatterMutation = { unshareMatterFromPortal: { changed: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, matter: { id: string, sharedWithPortals: Array<{ id: string, contact: { id: string, displayName: string } }> } | null, portal: { id: string, sharedMatters: Array<{ id: string }> } | null } };

export type MemberActions_StartPortalViewMutationVariables = Exact<{
  input: PortalMemberIdInput;
}>;


export type MemberActions_StartPortalViewMutation = { startPortalView: { url: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PermissionsDialog_UpdateMemberPermissionsMutationVariables = Exact<{
  input: UpdateMemberPermissionsInput;
}>;


export type PermissionsDialog_UpdateMemberPermissionsMutation = { updateMemberPermissions: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, member: { id: string, name: string, email: string, status: MemberStatus, accessState: MemberAccessState, activatedAt: string | null, disabledAt: string | null, lastSignInAt: string | null, createdAt: string, invitedBy: { name: string, isMember: boolean } | null, permissions: { myDocuments: boolean, myDetails: boolean, secureMessaging: boolean, appointmentRequests: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean }, latestInvitation: { id: string, createdAt: string, expiresAt: string, emailStatus: EmailStatus | null, status: InvitationStatus, linkOnly: boolean, openedAt: string | null } | null } | null } };

export type MatterSharedItems_SharedQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterSharedItems_SharedQuery = { matter: { id: string, number: string, name: string, sharedWithPortals: Array<{ id: string, contact: { id: string, displayName: string } }>, sharedItems: Array<{ kind: SharedItemKind, id: string, title: string, sharedAt: string, sharedByName: string | null }> } | null };

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

export type MatterTasks_TasksQueryVariables = Exact<{
  id: string | number;
}>;


export type MatterTasks_TasksQuery = { matter: { id: string, taskPortals: Array<{ id: string, name: string }>, tasks: Array<{ id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null }> } | null };

export type MatterTasks_TaskFragment = { id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null };

export type MatterTasks_CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type MatterTasks_CreateTaskMutation = { createTask: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, task: { id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null } | null } };

export type MatterTasks_UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type MatterTasks_UpdateTaskMutation = { updateTask: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, task: { id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null } | null } };

export type MatterTasks_DeleteTaskMutationVariables = Exact<{
  input: TaskIdInput;
}>;


export type MatterTasks_DeleteTaskMutation = { deleteTask: { deletedId: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MatterTasks_SetTaskSharedMutationVariables = Exact<{
  input: SetTaskSharedInput;
}>;


export type MatterTasks_SetTaskSharedMutation = { setTaskShared: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, task: { id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null } | null } };

export type MatterTasks_SetTaskDoneMutationVariables = Exact<{
  input: SetTaskDoneInput;
}>;


export type MatterTasks_SetTaskDoneMutation = { setTaskDone: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, task: { id: string, title: string, description: string | null, dueDate: string | null, done: boolean, overdue: boolean, shared: boolean, sharedAt: string | null, sharedByName: string | null, completedAt: string | null, completedByName: string | null, completedByClient: boolean, portalId: string | null, portalName: string | null, createdByName: string | null } | null } };

export const MatterAppointments_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_AppointmentFragment, unknown>;
export const MatterBilling_InvoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_InvoiceFragment, unknown>;
export const ContactDetailPage_ContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailPage_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_ContactFragment, unknown>;
export const MatterDetailPage_MatterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetailPage_matter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_MatterFragment, unknown>;
export const MessagesPage_ThreadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagesPage_thread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesPage_ThreadFragment, unknown>;
export const MatterNotes_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MatterNotes_NoteFragment, unknown>;
export const MatterNotes_CustomFieldFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_customField"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]} as unknown as DocumentNode<MatterNotes_CustomFieldFragment, unknown>;
export const BulkInviteDialog_RunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteDialog_run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BulkInviteDialog_RunFragment, unknown>;
export const PortalPanel_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PortalPanel_MemberFragment, unknown>;
export const MatterTasks_TaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_TaskFragment, unknown>;
export const ActivityPage_ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityPage_Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"byClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityPage_ActivityQuery, ActivityPage_ActivityQueryVariables>;
export const ContactActivity_ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactActivity_Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contactId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactActivity_ActivityQuery, ContactActivity_ActivityQueryVariables>;
export const MatterActivity_ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterActivity_Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientActionsOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"clientActionsOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientActionsOnly"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"byClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterActivity_ActivityQuery, MatterActivity_ActivityQueryVariables>;
export const AppointmentRequestsPage_RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentRequestsPage_Requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentRequestsPage_RequestsQuery, AppointmentRequestsPage_RequestsQueryVariables>;
export const MatterAppointments_AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterAppointments_Appointments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_AppointmentsQuery, MatterAppointments_AppointmentsQueryVariables>;
export const MatterAppointments_CreateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterAppointments_CreateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_CreateAppointmentMutation, MatterAppointments_CreateAppointmentMutationVariables>;
export const MatterAppointments_UpdateAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterAppointments_UpdateAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_UpdateAppointmentMutation, MatterAppointments_UpdateAppointmentMutationVariables>;
export const MatterAppointments_DeleteAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterAppointments_DeleteAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_DeleteAppointmentMutation, MatterAppointments_DeleteAppointmentMutationVariables>;
export const MatterAppointments_SetAppointmentSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterAppointments_SetAppointmentShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAppointmentSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAppointmentShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatterAppointments_SetAppointmentSharedMutation, MatterAppointments_SetAppointmentSharedMutationVariables>;
export const AppointmentRequests_AcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentRequests_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptAppointmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAppointmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentRequests_AcceptMutation, AppointmentRequests_AcceptMutationVariables>;
export const AppointmentRequests_DeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentRequests_Decline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineAppointmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAppointmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterAppointments_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterAppointments_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"canDecide"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentRequests_DeclineMutation, AppointmentRequests_DeclineMutationVariables>;
export const AuthGate_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthGate_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<AuthGate_ViewerQuery, AuthGate_ViewerQueryVariables>;
export const SignInPage_ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPage_Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInPage_ViewerQuery, SignInPage_ViewerQueryVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const AppLayout_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedOut"}}]}}]}}]} as unknown as DocumentNode<AppLayout_SignOutMutation, AppLayout_SignOutMutationVariables>;
export const MatterBilling_InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterBilling_Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_InvoicesQuery, MatterBilling_InvoicesQueryVariables>;
export const MatterBilling_CreateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_CreateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_CreateInvoiceMutation, MatterBilling_CreateInvoiceMutationVariables>;
export const MatterBilling_UpdateInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_UpdateInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_UpdateInvoiceMutation, MatterBilling_UpdateInvoiceMutationVariables>;
export const MatterBilling_IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_IssueInvoiceMutation, MatterBilling_IssueInvoiceMutationVariables>;
export const MatterBilling_VoidInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_VoidInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_VoidInvoiceMutation, MatterBilling_VoidInvoiceMutationVariables>;
export const MatterBilling_DeleteInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_DeleteInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_DeleteInvoiceMutation, MatterBilling_DeleteInvoiceMutationVariables>;
export const MatterBilling_RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterBilling_RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterBilling_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterBilling_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"billedPortalId"}},{"kind":"Field","name":{"kind":"Name","value":"billedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"taxMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]} as unknown as DocumentNode<MatterBilling_RecordPaymentMutation, MatterBilling_RecordPaymentMutationVariables>;
export const ContactDetailPage_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactDetailPage_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailPage_contact"}},{"kind":"Field","name":{"kind":"Name","value":"linkedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailPage_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_ContactQuery, ContactDetailPage_ContactQueryVariables>;
export const EditContactPage_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditContactPage_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditContactPage_ContactQuery, EditContactPage_ContactQueryVariables>;
export const ContactListPage_ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactListPage_Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactListPage_ContactsQuery, ContactListPage_ContactsQueryVariables>;
export const ContactPicker_ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactPicker_Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactPicker_ContactsQuery, ContactPicker_ContactsQueryVariables>;
export const ContactDetailPage_ArchiveContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_ArchiveContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_ArchiveContactMutation, ContactDetailPage_ArchiveContactMutationVariables>;
export const NewContactPage_CreateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewContactPage_CreateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailPage_contact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailPage_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<NewContactPage_CreateContactMutation, NewContactPage_CreateContactMutationVariables>;
export const LinkContactDialog_LinkContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkContactDialog_LinkContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"linkedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkContactDialog_LinkContactsMutation, LinkContactDialog_LinkContactsMutationVariables>;
export const ContactDetailPage_RestoreContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_RestoreContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_RestoreContactMutation, ContactDetailPage_RestoreContactMutationVariables>;
export const ContactDetailPage_UnlinkContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContactDetailPage_UnlinkContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unlinked"}}]}}]}}]} as unknown as DocumentNode<ContactDetailPage_UnlinkContactsMutation, ContactDetailPage_UnlinkContactsMutationVariables>;
export const EditContactPage_UpdateContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditContactPage_UpdateContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactDetailPage_contact"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactDetailPage_contact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<EditContactPage_UpdateContactMutation, EditContactPage_UpdateContactMutationVariables>;
export const MatterDocuments_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterDocuments_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadMaxMegabytes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedFileTypes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"portalMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deniedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"sharedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deniedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_MatterQuery, MatterDocuments_MatterQueryVariables>;
export const MatterDocuments_CreateFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_CreateFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_CreateFolderMutation, MatterDocuments_CreateFolderMutationVariables>;
export const MatterDocuments_RenameFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_RenameFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_RenameFolderMutation, MatterDocuments_RenameFolderMutationVariables>;
export const MatterDocuments_RenameDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_RenameDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_RenameDocumentMutation, MatterDocuments_RenameDocumentMutationVariables>;
export const MatterDocuments_MoveDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_MoveDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_MoveDocumentMutation, MatterDocuments_MoveDocumentMutationVariables>;
export const MatterDocuments_MoveFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_MoveFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_MoveFolderMutation, MatterDocuments_MoveFolderMutationVariables>;
export const MatterDocuments_DeleteDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_DeleteDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_DeleteDocumentMutation, MatterDocuments_DeleteDocumentMutationVariables>;
export const MatterDocuments_DeleteFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_DeleteFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FolderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedFolderId"}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_DeleteFolderMutation, MatterDocuments_DeleteFolderMutationVariables>;
export const MatterDocuments_ShareDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_ShareDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalsWithoutAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_ShareDocumentMutation, MatterDocuments_ShareDocumentMutationVariables>;
export const MatterDocuments_UnshareDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_UnshareDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_UnshareDocumentMutation, MatterDocuments_UnshareDocumentMutationVariables>;
export const MatterDocuments_ShareFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_ShareFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FolderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalsWithoutAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_ShareFolderMutation, MatterDocuments_ShareFolderMutationVariables>;
export const MatterDocuments_UnshareFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_UnshareFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FolderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_UnshareFolderMutation, MatterDocuments_UnshareFolderMutationVariables>;
export const MatterDocuments_DenyToMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_DenyToMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberDenialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denyToMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_DenyToMemberMutation, MatterDocuments_DenyToMemberMutationVariables>;
export const MatterDocuments_AllowToMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDocuments_AllowToMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberDenialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowToMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDocuments_AllowToMemberMutation, MatterDocuments_AllowToMemberMutationVariables>;
export const FirmSettingsPage_FirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmSettingsPage_Firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FirmSettingsPage_FirmQuery, FirmSettingsPage_FirmQueryVariables>;
export const FirmSettingsPage_UpdateFirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FirmSettingsPage_UpdateFirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFirmInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<FirmSettingsPage_UpdateFirmMutation, FirmSettingsPage_UpdateFirmMutationVariables>;
export const SentMailPage_EmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentMailPage_Emails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SentEmailFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"toName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kept"},"name":{"kind":"Name","value":"sentEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"KEPT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SentMailPage_EmailsQuery, SentMailPage_EmailsQueryVariables>;
export const SentMailPage_RetryEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SentMailPage_RetryEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SentMailPage_RetryEmailMutation, SentMailPage_RetryEmailMutationVariables>;
export const MatterDetailPage_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterDetailPage_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetailPage_matter"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetailPage_matter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_MatterQuery, MatterDetailPage_MatterQueryVariables>;
export const NewMatterPage_StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewMatterPage_StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewMatterPage_StaffMembersQuery, NewMatterPage_StaffMembersQueryVariables>;
export const EditMatterPage_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditMatterPage_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditMatterPage_MatterQuery, EditMatterPage_MatterQueryVariables>;
export const MatterListPage_MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterListPage_Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterListPage_MattersQuery, MatterListPage_MattersQueryVariables>;
export const AddParticipantDialog_AddParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddParticipantDialog_AddParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddParticipantDialog_AddParticipantMutation, AddParticipantDialog_AddParticipantMutationVariables>;
export const MatterDetailPage_ArchiveMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_ArchiveMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_ArchiveMatterMutation, MatterDetailPage_ArchiveMatterMutationVariables>;
export const NewMatterPage_CreateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewMatterPage_CreateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetailPage_matter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetailPage_matter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<NewMatterPage_CreateMatterMutation, NewMatterPage_CreateMatterMutationVariables>;
export const MatterDetailPage_RemoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_RemoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_RemoveParticipantMutation, MatterDetailPage_RemoveParticipantMutationVariables>;
export const MatterDetailPage_RestoreMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_RestoreMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_RestoreMatterMutation, MatterDetailPage_RestoreMatterMutationVariables>;
export const MatterDetailPage_UpdateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_UpdateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetailPage_matter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetailPage_matter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Matter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_UpdateMatterMutation, MatterDetailPage_UpdateMatterMutationVariables>;
export const MatterDetailPage_UpdateParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterDetailPage_UpdateParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatterParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatterParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterDetailPage_UpdateParticipantMutation, MatterDetailPage_UpdateParticipantMutationVariables>;
export const MessagesPage_ThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesPage_Threads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThreadFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageThreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagesPage_thread"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagesPage_thread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesPage_ThreadsQuery, MessagesPage_ThreadsQueryVariables>;
export const MessagesPage_ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesPage_Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagesPage_thread"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirm"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagesPage_thread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesPage_ThreadQuery, MessagesPage_ThreadQueryVariables>;
export const MessagesPage_SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagesPage_thread"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirm"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagesPage_thread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesPage_SendMessageMutation, MessagesPage_SendMessageMutationVariables>;
export const MessagesPage_StartThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_StartThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMessageThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMessageThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessagesPage_thread"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessagesPage_thread"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MessagesPage_StartThreadMutation, MessagesPage_StartThreadMutationVariables>;
export const MessagesPage_MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkThreadReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_MarkReadMutation, MessagesPage_MarkReadMutationVariables>;
export const MessagesPage_PortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesPage_Portals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_PortalsQuery, MessagesPage_PortalsQueryVariables>;
export const MatterNotes_ItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterNotes_Items"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_customField"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_customField"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]} as unknown as DocumentNode<MatterNotes_ItemsQuery, MatterNotes_ItemsQueryVariables>;
export const MatterNotes_CreateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_CreateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MatterNotes_CreateNoteMutation, MatterNotes_CreateNoteMutationVariables>;
export const MatterNotes_UpdateNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_UpdateNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MatterNotes_UpdateNoteMutation, MatterNotes_UpdateNoteMutationVariables>;
export const MatterNotes_DeleteNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_DeleteNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoteIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<MatterNotes_DeleteNoteMutation, MatterNotes_DeleteNoteMutationVariables>;
export const MatterNotes_SetNoteSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_SetNoteShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNoteSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNoteShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Note"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MatterNotes_SetNoteSharedMutation, MatterNotes_SetNoteSharedMutationVariables>;
export const MatterNotes_CreateCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_CreateCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_customField"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_customField"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]} as unknown as DocumentNode<MatterNotes_CreateCustomFieldMutation, MatterNotes_CreateCustomFieldMutationVariables>;
export const MatterNotes_UpdateCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_UpdateCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_customField"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_customField"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]} as unknown as DocumentNode<MatterNotes_UpdateCustomFieldMutation, MatterNotes_UpdateCustomFieldMutationVariables>;
export const MatterNotes_DeleteCustomFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_DeleteCustomField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<MatterNotes_DeleteCustomFieldMutation, MatterNotes_DeleteCustomFieldMutationVariables>;
export const MatterNotes_SetCustomFieldSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterNotes_SetCustomFieldShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCustomFieldSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCustomFieldShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterNotes_customField"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterNotes_customField"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]} as unknown as DocumentNode<MatterNotes_SetCustomFieldSharedMutation, MatterNotes_SetCustomFieldSharedMutationVariables>;
export const PortalSettingsPage_SettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSettingsPage_Settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayInvite"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayEditDetails"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDelayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"invitationValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSubject"}},{"kind":"Field","name":{"kind":"Name","value":"invitationBody"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfService"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMaxMegabytes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedFileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}}]}}]}}]} as unknown as DocumentNode<PortalSettingsPage_SettingsQuery, PortalSettingsPage_SettingsQueryVariables>;
export const PortalSettingsPage_UpdatePortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSettingsPage_UpdatePortalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayInvite"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayEditDetails"}},{"kind":"Field","name":{"kind":"Name","value":"notificationDelayMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"invitationValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSubject"}},{"kind":"Field","name":{"kind":"Name","value":"invitationBody"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfService"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadMaxMegabytes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedFileTypes"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalSettingsPage_UpdatePortalSettingsMutation, PortalSettingsPage_UpdatePortalSettingsMutationVariables>;
export const BulkInviteDialog_RunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkInviteDialog_Run"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInvitationRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteDialog_run"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteDialog_run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BulkInviteDialog_RunQuery, BulkInviteDialog_RunQueryVariables>;
export const ClientPortalsPage_ContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientPortalsPage_Contacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"portalEligible"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientPortalsPage_ContactsQuery, ClientPortalsPage_ContactsQueryVariables>;
export const InviteDialog_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InviteDialog_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"portalEligible"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayInvite"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSubject"}},{"kind":"Field","name":{"kind":"Name","value":"invitationBody"}},{"kind":"Field","name":{"kind":"Name","value":"invitationValidityDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}}]}}]}}]} as unknown as DocumentNode<InviteDialog_ContactQuery, InviteDialog_ContactQueryVariables>;
export const MatterPortalSection_MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterPortalSection_Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"portalEligible"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterPortalSection_MatterQuery, MatterPortalSection_MatterQueryVariables>;
export const PortalPanel_ContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPanel_Contact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"portalEligible"}},{"kind":"Field","name":{"kind":"Name","value":"portalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"membersMayInvite"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PortalPanel_ContactQuery, PortalPanel_ContactQueryVariables>;
export const ShareMatterDialog_PortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareMatterDialog_Portals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalsForSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ShareMatterDialog_PortalsQuery, ShareMatterDialog_PortalsQueryVariables>;
export const BulkInviteDialog_BulkInviteToPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkInviteDialog_BulkInviteToPortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInviteToPortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkInviteToPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkInviteDialog_run"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkInviteDialog_run"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkInvitationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BulkInviteDialog_BulkInviteToPortalMutation, BulkInviteDialog_BulkInviteToPortalMutationVariables>;
export const ChangeEmailDialog_ChangeMemberEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEmailDialog_ChangeMemberEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeEmailDialog_ChangeMemberEmailMutation, ChangeEmailDialog_ChangeMemberEmailMutationVariables>;
export const MemberActions_DisablePortalMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberActions_DisablePortalMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disablePortalMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<MemberActions_DisablePortalMemberMutation, MemberActions_DisablePortalMemberMutationVariables>;
export const GenerateLinkDialog_GenerateInviteLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateLinkDialog_GenerateInviteLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateInviteLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateLinkDialog_GenerateInviteLinkMutation, GenerateLinkDialog_GenerateInviteLinkMutationVariables>;
export const InviteDialog_InviteToPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteDialog_InviteToPortal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToPortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<InviteDialog_InviteToPortalMutation, InviteDialog_InviteToPortalMutationVariables>;
export const InviteDialog_PreviewInvitationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteDialog_PreviewInvitationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewInvitationEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewInvitationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<InviteDialog_PreviewInvitationEmailMutation, InviteDialog_PreviewInvitationEmailMutationVariables>;
export const MemberActions_RemovePortalMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberActions_RemovePortalMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePortalMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]} as unknown as DocumentNode<MemberActions_RemovePortalMemberMutation, MemberActions_RemovePortalMemberMutationVariables>;
export const MemberActions_ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberActions_ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResendInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<MemberActions_ResendInvitationMutation, MemberActions_ResendInvitationMutationVariables>;
export const MemberActions_SendPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberActions_SendPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<MemberActions_SendPasswordResetMutation, MemberActions_SendPasswordResetMutationVariables>;
export const MatterPortalSection_ShareMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterPortalSection_ShareMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareMatterWithPortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareMatterWithPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterPortalSection_ShareMatterMutation, MatterPortalSection_ShareMatterMutationVariables>;
export const MatterPortalSection_UnshareMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterPortalSection_UnshareMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnshareMatterFromPortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unshareMatterFromPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedMatters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatterPortalSection_UnshareMatterMutation, MatterPortalSection_UnshareMatterMutationVariables>;
export const MemberActions_StartPortalViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberActions_StartPortalView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPortalView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MemberActions_StartPortalViewMutation, MemberActions_StartPortalViewMutationVariables>;
export const PermissionsDialog_UpdateMemberPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PermissionsDialog_UpdateMemberPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberPermissionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberPermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPanel_member"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPanel_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"accessState"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestInvitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"linkOnly"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<PermissionsDialog_UpdateMemberPermissionsMutation, PermissionsDialog_UpdateMemberPermissionsMutationVariables>;
export const MatterSharedItems_SharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterSharedItems_Shared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}}]}}]}}]}}]} as unknown as DocumentNode<MatterSharedItems_SharedQuery, MatterSharedItems_SharedQueryVariables>;
export const StaffPage_StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffPage_StaffMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]} as unknown as DocumentNode<StaffPage_StaffMembersQuery, StaffPage_StaffMembersQueryVariables>;
export const AddStaffMemberDialog_CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddStaffMemberDialog_CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<AddStaffMemberDialog_CreateStaffMemberMutation, AddStaffMemberDialog_CreateStaffMemberMutationVariables>;
export const StaffPage_DeactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPage_DeactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPage_DeactivateStaffMemberMutation, StaffPage_DeactivateStaffMemberMutationVariables>;
export const StaffPage_ReactivateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffPage_ReactivateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StaffPage_ReactivateStaffMemberMutation, StaffPage_ReactivateStaffMemberMutationVariables>;
export const EditStaffMemberDialog_UpdateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditStaffMemberDialog_UpdateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteClients"}},{"kind":"Field","name":{"kind":"Name","value":"canShareItems"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]} as unknown as DocumentNode<EditStaffMemberDialog_UpdateStaffMemberMutation, EditStaffMemberDialog_UpdateStaffMemberMutationVariables>;
export const MatterTasks_TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterTasks_Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterTasks_task"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_TasksQuery, MatterTasks_TasksQueryVariables>;
export const MatterTasks_CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterTasks_CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterTasks_task"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_CreateTaskMutation, MatterTasks_CreateTaskMutationVariables>;
export const MatterTasks_UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterTasks_UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterTasks_task"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_UpdateTaskMutation, MatterTasks_UpdateTaskMutationVariables>;
export const MatterTasks_DeleteTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterTasks_DeleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<MatterTasks_DeleteTaskMutation, MatterTasks_DeleteTaskMutationVariables>;
export const MatterTasks_SetTaskSharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterTasks_SetTaskShared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaskSharedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaskShared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterTasks_task"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_SetTaskSharedMutation, MatterTasks_SetTaskSharedMutationVariables>;
export const MatterTasks_SetTaskDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatterTasks_SetTaskDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTaskDoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaskDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterTasks_task"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterTasks_task"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedByClient"}},{"kind":"Field","name":{"kind":"Name","value":"portalId"}},{"kind":"Field","name":{"kind":"Name","value":"portalName"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}}]}}]} as unknown as DocumentNode<MatterTasks_SetTaskDoneMutation, MatterTasks_SetTaskDoneMutationVariables>;