/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Portal_Session($slug: String!) {\n    firmBranding(slug: $slug) {\n      slug\n      name\n      logoUrl\n      accentColor\n    }\n    clientViewer {\n      id\n      name\n      email\n    }\n    portalViewing {\n      staffName\n      memberName\n    }\n  }\n": typeof types.Portal_SessionDocument,
    "\n  fragment AppointmentsPage_appointment on PortalAppointment {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    upcoming\n    location\n    details\n    isRequest\n    preferredTimes\n    requestedByName\n    createdAt\n    decisionNote\n    matter {\n      id\n      name\n      number\n    }\n  }\n": typeof types.AppointmentsPage_AppointmentFragmentDoc,
    "\n  query AppointmentsPage_Appointments {\n    myPortals {\n      id\n      appointments {\n        ...AppointmentsPage_appointment\n      }\n    }\n  }\n": typeof types.AppointmentsPage_AppointmentsDocument,
    "\n  mutation AppointmentsPage_Request($input: RequestAppointmentInput!) {\n    requestAppointment(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AppointmentsPage_RequestDocument,
    "\n  mutation AppointmentsPage_Cancel($input: CancelAppointmentRequestInput!) {\n    cancelAppointmentRequest(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AppointmentsPage_CancelDocument,
    "\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.UserMenu_SignOutDocument,
    "\n  query BillingPage_Billing {\n    myPortals {\n      id\n      billing {\n        balance {\n          currency\n          amountMinor\n        }\n        invoices {\n          id\n          number\n          status\n          issuedOn\n          dueOn\n          overdue\n          currency\n          matterNumber\n          matterName\n          totals {\n            total\n            paid\n            balance\n          }\n        }\n        payments {\n          id\n          invoiceNumber\n          currency\n          amountMinor\n          receivedOn\n          method\n          reference\n        }\n      }\n    }\n  }\n": typeof types.BillingPage_BillingDocument,
    "\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.MyDetailsForm_UpdateDocument,
    "\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n": typeof types.MyDetailsPage_DetailsDocument,
    "\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n": typeof types.MyDetailsPage_DetailsFragmentDoc,
    "\n  query FilesPage_Files {\n    myPortals {\n      id\n      folders {\n        id\n        name\n        parentId\n        matterId\n      }\n      documents {\n        id\n        name\n        size\n        version\n        updatedAt\n        folderId\n        matterId\n        matterName\n        uploadedByMe\n        downloadUrl\n      }\n    }\n  }\n": typeof types.FilesPage_FilesDocument,
    "\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.InviteForm_InviteDocument,
    "\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n": typeof types.HomePage_PortalsDocument,
    "\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationPage_InvitationDocument,
    "\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AcceptInvitationPage_AcceptDocument,
    "\n  query MessagesPage_Threads {\n    myPortals {\n      id\n      unreadMessageCount\n      messageThreads {\n        id\n        subject\n        unreadCount\n        lastMessageAt\n        startedByName\n        matter {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": typeof types.MessagesPage_ThreadsDocument,
    "\n  query MessagesPage_Thread($portalId: ID!, $id: ID!) {\n    portalMessageThread(portalId: $portalId, id: $id) {\n      id\n      subject\n      unreadCount\n      matter {\n        id\n        number\n        name\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorName\n        fromFirm\n        mine\n        attachments {\n          id\n          fileName\n          size\n        }\n      }\n    }\n  }\n": typeof types.MessagesPage_ThreadDocument,
    "\n  mutation MessagesPage_Start($input: StartMessageThreadInput!) {\n    startMessageThread(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n      }\n    }\n  }\n": typeof types.MessagesPage_StartDocument,
    "\n  mutation MessagesPage_Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n        messages {\n          id\n          body\n          createdAt\n          authorName\n          fromFirm\n          mine\n          attachments {\n            id\n            fileName\n            size\n          }\n        }\n      }\n    }\n  }\n": typeof types.MessagesPage_SendDocument,
    "\n  mutation MessagesPage_MarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n      }\n    }\n  }\n": typeof types.MessagesPage_MarkReadDocument,
    "\n  query SharedNotes_Items {\n    myPortals {\n      id\n      notes {\n        id\n        title\n        body\n        updatedAt\n        matter {\n          id\n          name\n          number\n        }\n      }\n      customFields {\n        id\n        label\n        value\n        matter {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": typeof types.SharedNotes_ItemsDocument,
    "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ChangePasswordForm_ChangeDocument,
    "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.NameForm_UpdateDocument,
    "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SignOutEverywhere_SignOutDocument,
    "\n  query TodosPage_Todos {\n    myPortals {\n      id\n      tasks {\n        ...TodosPage_todo\n      }\n    }\n  }\n": typeof types.TodosPage_TodosDocument,
    "\n  fragment TodosPage_todo on PortalTodo {\n    id\n    title\n    description\n    dueDate\n    overdue\n    done\n    completedAt\n    completedByName\n    matter {\n      id\n      name\n      number\n    }\n  }\n": typeof types.TodosPage_TodoFragmentDoc,
    "\n  mutation TodosPage_Complete($input: PortalTaskInput!) {\n    completeTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TodosPage_CompleteDocument,
    "\n  mutation TodosPage_Reopen($input: PortalTaskInput!) {\n    reopenTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TodosPage_ReopenDocument,
};
const documents: Documents = {
    "\n  query Portal_Session($slug: String!) {\n    firmBranding(slug: $slug) {\n      slug\n      name\n      logoUrl\n      accentColor\n    }\n    clientViewer {\n      id\n      name\n      email\n    }\n    portalViewing {\n      staffName\n      memberName\n    }\n  }\n": types.Portal_SessionDocument,
    "\n  fragment AppointmentsPage_appointment on PortalAppointment {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    upcoming\n    location\n    details\n    isRequest\n    preferredTimes\n    requestedByName\n    createdAt\n    decisionNote\n    matter {\n      id\n      name\n      number\n    }\n  }\n": types.AppointmentsPage_AppointmentFragmentDoc,
    "\n  query AppointmentsPage_Appointments {\n    myPortals {\n      id\n      appointments {\n        ...AppointmentsPage_appointment\n      }\n    }\n  }\n": types.AppointmentsPage_AppointmentsDocument,
    "\n  mutation AppointmentsPage_Request($input: RequestAppointmentInput!) {\n    requestAppointment(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AppointmentsPage_RequestDocument,
    "\n  mutation AppointmentsPage_Cancel($input: CancelAppointmentRequestInput!) {\n    cancelAppointmentRequest(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AppointmentsPage_CancelDocument,
    "\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.UserMenu_SignOutDocument,
    "\n  query BillingPage_Billing {\n    myPortals {\n      id\n      billing {\n        balance {\n          currency\n          amountMinor\n        }\n        invoices {\n          id\n          number\n          status\n          issuedOn\n          dueOn\n          overdue\n          currency\n          matterNumber\n          matterName\n          totals {\n            total\n            paid\n            balance\n          }\n        }\n        payments {\n          id\n          invoiceNumber\n          currency\n          amountMinor\n          receivedOn\n          method\n          reference\n        }\n      }\n    }\n  }\n": types.BillingPage_BillingDocument,
    "\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.MyDetailsForm_UpdateDocument,
    "\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n": types.MyDetailsPage_DetailsDocument,
    "\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n": types.MyDetailsPage_DetailsFragmentDoc,
    "\n  query FilesPage_Files {\n    myPortals {\n      id\n      folders {\n        id\n        name\n        parentId\n        matterId\n      }\n      documents {\n        id\n        name\n        size\n        version\n        updatedAt\n        folderId\n        matterId\n        matterName\n        uploadedByMe\n        downloadUrl\n      }\n    }\n  }\n": types.FilesPage_FilesDocument,
    "\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.InviteForm_InviteDocument,
    "\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n": types.HomePage_PortalsDocument,
    "\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n": types.AcceptInvitationPage_InvitationDocument,
    "\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AcceptInvitationPage_AcceptDocument,
    "\n  query MessagesPage_Threads {\n    myPortals {\n      id\n      unreadMessageCount\n      messageThreads {\n        id\n        subject\n        unreadCount\n        lastMessageAt\n        startedByName\n        matter {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n": types.MessagesPage_ThreadsDocument,
    "\n  query MessagesPage_Thread($portalId: ID!, $id: ID!) {\n    portalMessageThread(portalId: $portalId, id: $id) {\n      id\n      subject\n      unreadCount\n      matter {\n        id\n        number\n        name\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorName\n        fromFirm\n        mine\n        attachments {\n          id\n          fileName\n          size\n        }\n      }\n    }\n  }\n": types.MessagesPage_ThreadDocument,
    "\n  mutation MessagesPage_Start($input: StartMessageThreadInput!) {\n    startMessageThread(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n      }\n    }\n  }\n": types.MessagesPage_StartDocument,
    "\n  mutation MessagesPage_Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n        messages {\n          id\n          body\n          createdAt\n          authorName\n          fromFirm\n          mine\n          attachments {\n            id\n            fileName\n            size\n          }\n        }\n      }\n    }\n  }\n": types.MessagesPage_SendDocument,
    "\n  mutation MessagesPage_MarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n      }\n    }\n  }\n": types.MessagesPage_MarkReadDocument,
    "\n  query SharedNotes_Items {\n    myPortals {\n      id\n      notes {\n        id\n        title\n        body\n        updatedAt\n        matter {\n          id\n          name\n          number\n        }\n      }\n      customFields {\n        id\n        label\n        value\n        matter {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n": types.SharedNotes_ItemsDocument,
    "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ChangePasswordForm_ChangeDocument,
    "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.NameForm_UpdateDocument,
    "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SignOutEverywhere_SignOutDocument,
    "\n  query TodosPage_Todos {\n    myPortals {\n      id\n      tasks {\n        ...TodosPage_todo\n      }\n    }\n  }\n": types.TodosPage_TodosDocument,
    "\n  fragment TodosPage_todo on PortalTodo {\n    id\n    title\n    description\n    dueDate\n    overdue\n    done\n    completedAt\n    completedByName\n    matter {\n      id\n      name\n      number\n    }\n  }\n": types.TodosPage_TodoFragmentDoc,
    "\n  mutation TodosPage_Complete($input: PortalTaskInput!) {\n    completeTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TodosPage_CompleteDocument,
    "\n  mutation TodosPage_Reopen($input: PortalTaskInput!) {\n    reopenTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TodosPage_ReopenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portal_Session($slug: String!) {\n    firmBranding(slug: $slug) {\n      slug\n      name\n      logoUrl\n      accentColor\n    }\n    clientViewer {\n      id\n      name\n      email\n    }\n    portalViewing {\n      staffName\n      memberName\n    }\n  }\n"): (typeof documents)["\n  query Portal_Session($slug: String!) {\n    firmBranding(slug: $slug) {\n      slug\n      name\n      logoUrl\n      accentColor\n    }\n    clientViewer {\n      id\n      name\n      email\n    }\n    portalViewing {\n      staffName\n      memberName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentsPage_appointment on PortalAppointment {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    upcoming\n    location\n    details\n    isRequest\n    preferredTimes\n    requestedByName\n    createdAt\n    decisionNote\n    matter {\n      id\n      name\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentsPage_appointment on PortalAppointment {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    upcoming\n    location\n    details\n    isRequest\n    preferredTimes\n    requestedByName\n    createdAt\n    decisionNote\n    matter {\n      id\n      name\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppointmentsPage_Appointments {\n    myPortals {\n      id\n      appointments {\n        ...AppointmentsPage_appointment\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppointmentsPage_Appointments {\n    myPortals {\n      id\n      appointments {\n        ...AppointmentsPage_appointment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsPage_Request($input: RequestAppointmentInput!) {\n    requestAppointment(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointmentsPage_Request($input: RequestAppointmentInput!) {\n    requestAppointment(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppointmentsPage_Cancel($input: CancelAppointmentRequestInput!) {\n    cancelAppointmentRequest(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppointmentsPage_Cancel($input: CancelAppointmentRequestInput!) {\n    cancelAppointmentRequest(input: $input) {\n      appointment {\n        ...AppointmentsPage_appointment\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPage_Billing {\n    myPortals {\n      id\n      billing {\n        balance {\n          currency\n          amountMinor\n        }\n        invoices {\n          id\n          number\n          status\n          issuedOn\n          dueOn\n          overdue\n          currency\n          matterNumber\n          matterName\n          totals {\n            total\n            paid\n            balance\n          }\n        }\n        payments {\n          id\n          invoiceNumber\n          currency\n          amountMinor\n          receivedOn\n          method\n          reference\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingPage_Billing {\n    myPortals {\n      id\n      billing {\n        balance {\n          currency\n          amountMinor\n        }\n        invoices {\n          id\n          number\n          status\n          issuedOn\n          dueOn\n          overdue\n          currency\n          matterNumber\n          matterName\n          totals {\n            total\n            paid\n            balance\n          }\n        }\n        payments {\n          id\n          invoiceNumber\n          currency\n          amountMinor\n          receivedOn\n          method\n          reference\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilesPage_Files {\n    myPortals {\n      id\n      folders {\n        id\n        name\n        parentId\n        matterId\n      }\n      documents {\n        id\n        name\n        size\n        version\n        updatedAt\n        folderId\n        matterId\n        matterName\n        uploadedByMe\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query FilesPage_Files {\n    myPortals {\n      id\n      folders {\n        id\n        name\n        parentId\n        matterId\n      }\n      documents {\n        id\n        name\n        size\n        version\n        updatedAt\n        folderId\n        matterId\n        matterName\n        uploadedByMe\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesPage_Threads {\n    myPortals {\n      id\n      unreadMessageCount\n      messageThreads {\n        id\n        subject\n        unreadCount\n        lastMessageAt\n        startedByName\n        matter {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesPage_Threads {\n    myPortals {\n      id\n      unreadMessageCount\n      messageThreads {\n        id\n        subject\n        unreadCount\n        lastMessageAt\n        startedByName\n        matter {\n          id\n          number\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesPage_Thread($portalId: ID!, $id: ID!) {\n    portalMessageThread(portalId: $portalId, id: $id) {\n      id\n      subject\n      unreadCount\n      matter {\n        id\n        number\n        name\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorName\n        fromFirm\n        mine\n        attachments {\n          id\n          fileName\n          size\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MessagesPage_Thread($portalId: ID!, $id: ID!) {\n    portalMessageThread(portalId: $portalId, id: $id) {\n      id\n      subject\n      unreadCount\n      matter {\n        id\n        number\n        name\n      }\n      messages {\n        id\n        body\n        createdAt\n        authorName\n        fromFirm\n        mine\n        attachments {\n          id\n          fileName\n          size\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesPage_Start($input: StartMessageThreadInput!) {\n    startMessageThread(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesPage_Start($input: StartMessageThreadInput!) {\n    startMessageThread(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesPage_Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n        messages {\n          id\n          body\n          createdAt\n          authorName\n          fromFirm\n          mine\n          attachments {\n            id\n            fileName\n            size\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesPage_Send($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n        messages {\n          id\n          body\n          createdAt\n          authorName\n          fromFirm\n          mine\n          attachments {\n            id\n            fileName\n            size\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MessagesPage_MarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MessagesPage_MarkRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      thread {\n        id\n        unreadCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedNotes_Items {\n    myPortals {\n      id\n      notes {\n        id\n        title\n        body\n        updatedAt\n        matter {\n          id\n          name\n          number\n        }\n      }\n      customFields {\n        id\n        label\n        value\n        matter {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedNotes_Items {\n    myPortals {\n      id\n      notes {\n        id\n        title\n        body\n        updatedAt\n        matter {\n          id\n          name\n          number\n        }\n      }\n      customFields {\n        id\n        label\n        value\n        matter {\n          id\n          name\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TodosPage_Todos {\n    myPortals {\n      id\n      tasks {\n        ...TodosPage_todo\n      }\n    }\n  }\n"): (typeof documents)["\n  query TodosPage_Todos {\n    myPortals {\n      id\n      tasks {\n        ...TodosPage_todo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TodosPage_todo on PortalTodo {\n    id\n    title\n    description\n    dueDate\n    overdue\n    done\n    completedAt\n    completedByName\n    matter {\n      id\n      name\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment TodosPage_todo on PortalTodo {\n    id\n    title\n    description\n    dueDate\n    overdue\n    done\n    completedAt\n    completedByName\n    matter {\n      id\n      name\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TodosPage_Complete($input: PortalTaskInput!) {\n    completeTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TodosPage_Complete($input: PortalTaskInput!) {\n    completeTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TodosPage_Reopen($input: PortalTaskInput!) {\n    reopenTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TodosPage_Reopen($input: PortalTaskInput!) {\n    reopenTask(input: $input) {\n      todo {\n        ...TodosPage_todo\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;