/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Registers with an invitation link. */
export type AcceptInvitationInput = {
  /** True when the person agrees to the Terms of Service shown. */
  acceptTerms: boolean;
  /** The firm's slug from its address. */
  firmSlug: string;
  /** The password to sign in with (at least 12 characters). */
  password: string;
  /** The version of the terms shown (from portalInvitation). */
  termsVersion: number;
  /** The token from the link (the part after #). */
  token: string;
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

/** Names one appointment request of a portal. */
export type CancelAppointmentRequestInput = {
  /** The request. */
  appointmentId: string | number;
  /** The portal. */
  portalId: string | number;
};

/** Changes the signed-in client's password. */
export type ChangeMyPasswordInput = {
  /** The current password. */
  currentPassword: string;
  /** The new password (at least 12 characters). */
  newPassword: string;
};

/** Whether an invitation link can still be used. */
export type InvitationLinkState =
  /** It was not used in time. */
  | 'EXPIRED'
  /** A newer link was sent. */
  | 'REPLACED'
  /** Access was withdrawn. */
  | 'REVOKED'
  /** No such link. */
  | 'UNKNOWN'
  /** Someone registered with it already. */
  | 'USED'
  /** The link works: the person may register. */
  | 'VALID';

/** A member invites someone to their own portal (I14). */
export type InviteToMyPortalInput = {
  /** Their email address. */
  email: string;
  /** Name of the person. */
  name: string;
  /** The portal. */
  portalId: string | number;
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

/** Marks a conversation read up to its latest message. */
export type MarkThreadReadInput = {
  /** Clients: the portal the conversation is in. Staff leave it out. */
  portalId?: string | number | null | undefined;
  /** The conversation. */
  threadId: string | number;
};

/** Whether work on a matter goes on. */
export type MatterStatus =
  /** Work has ended. */
  | 'CLOSED'
  /** Work goes on. */
  | 'OPEN';

/** A person's access to a portal. */
export type MemberStatus =
  /** Registered and may sign in. */
  | 'ACTIVE'
  /** Access turned off by staff; a new invitation turns it on again. */
  | 'DISABLED'
  /** Invited; has not registered yet. */
  | 'PENDING';

/** One email address in My Details. */
export type MyEmailAddressInput = {
  /** The address. */
  address: string;
  /** The primary address. When none is marked, the first is primary. */
  isPrimary?: boolean;
  /** A label such as "work" or "home". */
  label?: string | null | undefined;
};

/** One phone number in My Details. */
export type MyPhoneNumberInput = {
  /** The primary number. When none is marked, the first is primary. */
  isPrimary?: boolean;
  /** A label such as "mobile" or "office". */
  label?: string | null | undefined;
  /** The number. */
  number: string;
};

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

/** Names one to-do in one of the signed-in client’s portals. */
export type PortalTaskInput = {
  /** The portal. */
  portalId: string | number;
  /** The to-do. */
  taskId: string | number;
};

/** A request for an appointment, from a member who may make one. */
export type RequestAppointmentInput = {
  /** Anything else the firm should know. */
  details?: string | null | undefined;
  /** The matter it is about (one shared with the portal), if any. */
  matterId?: string | number | null | undefined;
  /** The portal. */
  portalId: string | number;
  /** When the client could come, in their own words. */
  preferredTimes: string;
  /** What it is about. */
  title: string;
};

/** Asks for a password reset email. */
export type RequestPasswordResetInput = {
  /** The login email. */
  email: string;
  /** The firm's slug. */
  firmSlug: string;
};

/** Sets a new password with a reset link. */
export type ResetPasswordInput = {
  /** The firm's slug. */
  firmSlug: string;
  /** The new password (at least 12 characters). */
  password: string;
  /** The token from the link (after #). */
  token: string;
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

/** Email and password of a client user, at one firm's portal. */
export type SignInClientInput = {
  /** The client user’s email address. */
  email: string;
  /** The firm's slug from its login address /p/{slug}. */
  firmSlug: string;
  /** The password. */
  password: string;
};

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

/** Changes the signed-in member's own email addresses and phone numbers; the lists replace the stored ones. */
export type UpdateMyDetailsInput = {
  /** Every email address, the sign-in address included (it cannot be removed or changed here). */
  emails: Array<MyEmailAddressInput>;
  /** Every phone number. */
  phones: Array<MyPhoneNumberInput>;
  /** The portal the member is working in. */
  portalId: string | number;
};

/** Changes the signed-in client's name. */
export type UpdateMyProfileInput = {
  /** Full name. */
  name: string;
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

export type Portal_SessionQueryVariables = Exact<{
  slug: string;
}>;


export type Portal_SessionQuery = { firmBranding: { slug: string, name: string, logoUrl: string | null, accentColor: string } | null, clientViewer: { id: string, name: string, email: string } | null, portalViewing: { staffName: string, memberName: string } | null };

export type AppointmentsPage_AppointmentFragment = { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, upcoming: boolean, location: string | null, details: string | null, isRequest: boolean, preferredTimes: string | null, requestedByName: string | null, createdAt: string, decisionNote: string | null, matter: { id: string, name: string, number: string } | null };

export type AppointmentsPage_AppointmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AppointmentsPage_AppointmentsQuery = { myPortals: Array<{ id: string, appointments: Array<{ id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, upcoming: boolean, location: string | null, details: string | null, isRequest: boolean, preferredTimes: string | null, requestedByName: string | null, createdAt: string, decisionNote: string | null, matter: { id: string, name: string, number: string } | null }> }> };

export type AppointmentsPage_RequestMutationVariables = Exact<{
  input: RequestAppointmentInput;
}>;


export type AppointmentsPage_RequestMutation = { requestAppointment: { appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, upcoming: boolean, location: string | null, details: string | null, isRequest: boolean, preferredTimes: string | null, requestedByName: string | null, createdAt: string, decisionNote: string | null, matter: { id: string, name: string, number: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AppointmentsPage_CancelMutationVariables = Exact<{
  input: CancelAppointmentRequestInput;
}>;


export type AppointmentsPage_CancelMutation = { cancelAppointmentRequest: { appointment: { id: string, title: string, status: AppointmentStatus, startsAt: string | null, endsAt: string | null, upcoming: boolean, location: string | null, details: string | null, isRequest: boolean, preferredTimes: string | null, requestedByName: string | null, createdAt: string, decisionNote: string | null, matter: { id: string, name: string, number: string } | null } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ForgotPasswordPage_RequestMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type ForgotPasswordPage_RequestMutation = { requestPasswordReset: { ok: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ResetPasswordPage_ResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordPage_ResetMutation = { resetPassword: { ok: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SignInPage_SignInMutationVariables = Exact<{
  input: SignInClientInput;
}>;


export type SignInPage_SignInMutation = { signInClient: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, client: { id: string, name: string, email: string } | null } };

export type UserMenu_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type UserMenu_SignOutMutation = { signOutClient: { signedOut: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type BillingPage_BillingQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingPage_BillingQuery = { myPortals: Array<{ id: string, billing: { balance: Array<{ currency: string, amountMinor: number }>, invoices: Array<{ id: string, number: string, status: InvoiceStatus, issuedOn: string, dueOn: string, overdue: boolean, currency: string, matterNumber: string, matterName: string, totals: { total: number, paid: number, balance: number } }>, payments: Array<{ id: string, invoiceNumber: string, currency: string, amountMinor: number, receivedOn: string, method: PaymentMethod, reference: string | null }> } | null }> };

export type MyDetailsForm_UpdateMutationVariables = Exact<{
  input: UpdateMyDetailsInput;
}>;


export type MyDetailsForm_UpdateMutation = { updateMyDetails: { changed: boolean, myDetails: { id: string, name: string, loginEmail: string, hasContact: boolean, editable: boolean, emails: Array<{ address: string, label: string | null, isPrimary: boolean, isLoginEmail: boolean }>, phones: Array<{ number: string, label: string | null, isPrimary: boolean }> } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MyDetailsPage_DetailsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDetailsPage_DetailsQuery = { myPortals: Array<{ id: string, myDetails: { id: string, name: string, loginEmail: string, hasContact: boolean, editable: boolean, emails: Array<{ address: string, label: string | null, isPrimary: boolean, isLoginEmail: boolean }>, phones: Array<{ number: string, label: string | null, isPrimary: boolean }> } | null }> };

export type MyDetailsPage_DetailsFragment = { id: string, name: string, loginEmail: string, hasContact: boolean, editable: boolean, emails: Array<{ address: string, label: string | null, isPrimary: boolean, isLoginEmail: boolean }>, phones: Array<{ number: string, label: string | null, isPrimary: boolean }> };

export type FilesPage_FilesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilesPage_FilesQuery = { myPortals: Array<{ id: string, folders: Array<{ id: string, name: string, parentId: string | null, matterId: string }>, documents: Array<{ id: string, name: string, size: number, version: number, updatedAt: string, folderId: string | null, matterId: string, matterName: string, uploadedByMe: boolean, downloadUrl: string }> }> };

export type InviteForm_InviteMutationVariables = Exact<{
  input: InviteToMyPortalInput;
}>;


export type InviteForm_InviteMutation = { inviteToMyPortal: { invitedEmail: string | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PortalOverview_SummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalOverview_SummaryQuery = { myPortals: Array<{ id: string, unreadMessageCount: number, tasks: Array<{ id: string, done: boolean, overdue: boolean }>, documents: Array<{ id: string }>, billing: { balance: Array<{ amountMinor: number, currency: string }> } | null, appointments: Array<{ id: string, title: string, startsAt: string | null, upcoming: boolean, isRequest: boolean, status: AppointmentStatus }> }> };

export type HomePage_PortalsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePage_PortalsQuery = { myPortals: Array<{ id: string, name: string, memberId: string, readOnly: boolean, canInviteOthers: boolean, sections: { todos: boolean, files: boolean, billing: boolean, messages: boolean, appointments: boolean, myDetails: boolean }, permissions: { appointmentRequests: boolean, secureMessaging: boolean, billingDocuments: boolean, payBalance: boolean, inviteOthers: boolean, myDetails: boolean, myDocuments: boolean }, matters: Array<{ id: string, number: string, name: string, status: MatterStatus, responsibleStaffName: string }>, members: Array<{ name: string, email: string, status: MemberStatus }> }> };

export type AcceptInvitationPage_InvitationQueryVariables = Exact<{
  firmSlug: string;
  token: string;
}>;


export type AcceptInvitationPage_InvitationQuery = { portalInvitation: { state: InvitationLinkState, problem: string | null, email: string | null, name: string | null, hasAccount: boolean, termsOfService: string | null, termsVersion: number | null, expiresAt: string | null } };

export type AcceptInvitationPage_AcceptMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationPage_AcceptMutation = { acceptInvitation: { loginEmail: string | null, existingAccount: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MessagesPage_ThreadsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesPage_ThreadsQuery = { myPortals: Array<{ id: string, unreadMessageCount: number, messageThreads: Array<{ id: string, subject: string, unreadCount: number, lastMessageAt: string, startedByName: string, matter: { id: string, number: string, name: string } | null }> }> };

export type MessagesPage_ThreadQueryVariables = Exact<{
  portalId: string | number;
  id: string | number;
}>;


export type MessagesPage_ThreadQuery = { portalMessageThread: { id: string, subject: string, unreadCount: number, matter: { id: string, number: string, name: string } | null, messages: Array<{ id: string, body: string, createdAt: string, authorName: string, fromFirm: boolean, mine: boolean, attachments: Array<{ id: string, fileName: string, size: number }> }> } | null };

export type MessagesPage_StartMutationVariables = Exact<{
  input: StartMessageThreadInput;
}>;


export type MessagesPage_StartMutation = { startMessageThread: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string } | null } };

export type MessagesPage_SendMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type MessagesPage_SendMutation = { sendMessage: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string, unreadCount: number, messages: Array<{ id: string, body: string, createdAt: string, authorName: string, fromFirm: boolean, mine: boolean, attachments: Array<{ id: string, fileName: string, size: number }> }> } | null } };

export type MessagesPage_MarkReadMutationVariables = Exact<{
  input: MarkThreadReadInput;
}>;


export type MessagesPage_MarkReadMutation = { markThreadRead: { errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, thread: { id: string, unreadCount: number } | null } };

export type SharedNotes_ItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedNotes_ItemsQuery = { myPortals: Array<{ id: string, notes: Array<{ id: string, title: string, body: string, updatedAt: string, matter: { id: string, name: string, number: string } }>, customFields: Array<{ id: string, label: string, value: string, matter: { id: string, name: string, number: string } }> }> };

export type ChangePasswordForm_ChangeMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangePasswordForm_ChangeMutation = { changeMyPassword: { ok: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type NameForm_UpdateMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type NameForm_UpdateMutation = { updateMyProfile: { client: { id: string, name: string, email: string } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SignOutEverywhere_SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhere_SignOutMutation = { signOutEverywhere: { ok: boolean, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TodosPage_TodosQueryVariables = Exact<{ [key: string]: never; }>;


export type TodosPage_TodosQuery = { myPortals: Array<{ id: string, tasks: Array<{ id: string, title: string, description: string | null, dueDate: string | null, overdue: boolean, done: boolean, completedAt: string | null, completedByName: string | null, matter: { id: string, name: string, number: string } }> }> };

export type TodosPage_TodoFragment = { id: string, title: string, description: string | null, dueDate: string | null, overdue: boolean, done: boolean, completedAt: string | null, completedByName: string | null, matter: { id: string, name: string, number: string } };

export type TodosPage_CompleteMutationVariables = Exact<{
  input: PortalTaskInput;
}>;


export type TodosPage_CompleteMutation = { completeTask: { todo: { id: string, title: string, description: string | null, dueDate: string | null, overdue: boolean, done: boolean, completedAt: string | null, completedByName: string | null, matter: { id: string, name: string, number: string } } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TodosPage_ReopenMutationVariables = Exact<{
  input: PortalTaskInput;
}>;


export type TodosPage_ReopenMutation = { reopenTask: { todo: { id: string, title: string, description: string | null, dueDate: string | null, overdue: boolean, done: boolean, completedAt: string | null, completedByName: string | null, matter: { id: string, name: string, number: string } } | null, errors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export const AppointmentsPage_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentsPage_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AppointmentsPage_AppointmentFragment, unknown>;
export const MyDetailsPage_DetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDetailsPage_details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasContact"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isLoginEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<MyDetailsPage_DetailsFragment, unknown>;
export const TodosPage_TodoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodosPage_todo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTodo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<TodosPage_TodoFragment, unknown>;
export const Portal_SessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Portal_Session"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmBranding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalViewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}}]} as unknown as DocumentNode<Portal_SessionQuery, Portal_SessionQueryVariables>;
export const AppointmentsPage_AppointmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentsPage_Appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentsPage_appointment"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentsPage_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AppointmentsPage_AppointmentsQuery, AppointmentsPage_AppointmentsQueryVariables>;
export const AppointmentsPage_RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentsPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentsPage_appointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentsPage_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AppointmentsPage_RequestMutation, AppointmentsPage_RequestMutationVariables>;
export const AppointmentsPage_CancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointmentsPage_Cancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelAppointmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentsPage_appointment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentsPage_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAppointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"preferredTimes"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AppointmentsPage_CancelMutation, AppointmentsPage_CancelMutationVariables>;
export const ForgotPasswordPage_RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestMutation, ForgotPasswordPage_RequestMutationVariables>;
export const ResetPasswordPage_ResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_Reset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetMutation, ResetPasswordPage_ResetMutationVariables>;
export const SignInPage_SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPage_SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<SignInPage_SignInMutation, SignInPage_SignInMutationVariables>;
export const UserMenu_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserMenu_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedOut"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UserMenu_SignOutMutation, UserMenu_SignOutMutationVariables>;
export const BillingPage_BillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingPage_Billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"matterNumber"}},{"kind":"Field","name":{"kind":"Name","value":"matterName"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingPage_BillingQuery, BillingPage_BillingQueryVariables>;
export const MyDetailsForm_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyDetailsForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyDetailsPage_details"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDetailsPage_details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasContact"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isLoginEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<MyDetailsForm_UpdateMutation, MyDetailsForm_UpdateMutationVariables>;
export const MyDetailsPage_DetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDetailsPage_Details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyDetailsPage_details"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyDetailsPage_details"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MyDetails"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasContact"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"isLoginEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}}]}}]}}]} as unknown as DocumentNode<MyDetailsPage_DetailsQuery, MyDetailsPage_DetailsQueryVariables>;
export const FilesPage_FilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilesPage_Files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"folders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folderId"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"matterName"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<FilesPage_FilesQuery, FilesPage_FilesQueryVariables>;
export const InviteForm_InviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteForm_Invite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToMyPortalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToMyPortal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitedEmail"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<InviteForm_InviteMutation, InviteForm_InviteMutationVariables>;
export const PortalOverview_SummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOverview_Summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"billing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}},{"kind":"Field","name":{"kind":"Name","value":"isRequest"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOverview_SummaryQuery, PortalOverview_SummaryQueryVariables>;
export const HomePage_PortalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage_Portals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"canInviteOthers"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todos"}},{"kind":"Field","name":{"kind":"Name","value":"files"}},{"kind":"Field","name":{"kind":"Name","value":"billing"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"}},{"kind":"Field","name":{"kind":"Name","value":"secureMessaging"}},{"kind":"Field","name":{"kind":"Name","value":"billingDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"payBalance"}},{"kind":"Field","name":{"kind":"Name","value":"inviteOthers"}},{"kind":"Field","name":{"kind":"Name","value":"myDetails"}},{"kind":"Field","name":{"kind":"Name","value":"myDocuments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleStaffName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HomePage_PortalsQuery, HomePage_PortalsQueryVariables>;
export const AcceptInvitationPage_InvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcceptInvitationPage_Invitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"firmSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"firmSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"firmSlug"}}},{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"termsOfService"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationPage_InvitationQuery, AcceptInvitationPage_InvitationQueryVariables>;
export const AcceptInvitationPage_AcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitationPage_Accept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"existingAccount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationPage_AcceptMutation, AcceptInvitationPage_AcceptMutationVariables>;
export const MessagesPage_ThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesPage_Threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}},{"kind":"Field","name":{"kind":"Name","value":"messageThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_ThreadsQuery, MessagesPage_ThreadsQueryVariables>;
export const MessagesPage_ThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessagesPage_Thread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMessageThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"portalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"portalId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirm"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_ThreadQuery, MessagesPage_ThreadQueryVariables>;
export const MessagesPage_StartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_Start"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartMessageThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMessageThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_StartMutation, MessagesPage_StartMutationVariables>;
export const MessagesPage_SendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_Send"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"fromFirm"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_SendMutation, MessagesPage_SendMutationVariables>;
export const MessagesPage_MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessagesPage_MarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkThreadReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]} as unknown as DocumentNode<MessagesPage_MarkReadMutation, MessagesPage_MarkReadMutationVariables>;
export const SharedNotes_ItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedNotes_Items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedNotes_ItemsQuery, SharedNotes_ItemsQueryVariables>;
export const ChangePasswordForm_ChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePasswordForm_Change"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangePasswordForm_ChangeMutation, ChangePasswordForm_ChangeMutationVariables>;
export const NameForm_UpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NameForm_Update"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NameForm_UpdateMutation, NameForm_UpdateMutationVariables>;
export const SignOutEverywhere_SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere_SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignOutEverywhere_SignOutMutation, SignOutEverywhere_SignOutMutationVariables>;
export const TodosPage_TodosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodosPage_Todos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodosPage_todo"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodosPage_todo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTodo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<TodosPage_TodosQuery, TodosPage_TodosQueryVariables>;
export const TodosPage_CompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TodosPage_Complete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodosPage_todo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodosPage_todo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTodo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<TodosPage_CompleteMutation, TodosPage_CompleteMutationVariables>;
export const TodosPage_ReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TodosPage_Reopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"todo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TodosPage_todo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TodosPage_todo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalTodo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"matter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<TodosPage_ReopenMutation, TodosPage_ReopenMutationVariables>;