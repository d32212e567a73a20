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
    "\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ForgotPasswordPage_RequestDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.SignInPage_SignInDocument,
    "\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.UserMenu_SignOutDocument,
    "\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.MyDetailsForm_UpdateDocument,
    "\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n": typeof types.MyDetailsPage_DetailsDocument,
    "\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n": typeof types.MyDetailsPage_DetailsFragmentDoc,
    "\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.InviteForm_InviteDocument,
    "\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n": typeof types.HomePage_PortalsDocument,
    "\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n": typeof types.AcceptInvitationPage_InvitationDocument,
    "\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AcceptInvitationPage_AcceptDocument,
    "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ChangePasswordForm_ChangeDocument,
    "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.NameForm_UpdateDocument,
    "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SignOutEverywhere_SignOutDocument,
};
const documents: Documents = {
    "\n  query Portal_Session($slug: String!) {\n    firmBranding(slug: $slug) {\n      slug\n      name\n      logoUrl\n      accentColor\n    }\n    clientViewer {\n      id\n      name\n      email\n    }\n    portalViewing {\n      staffName\n      memberName\n    }\n  }\n": types.Portal_SessionDocument,
    "\n  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ForgotPasswordPage_RequestDocument,
    "\n  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ResetPasswordPage_ResetDocument,
    "\n  mutation SignInPage_SignIn($input: SignInClientInput!) {\n    signInClient(input: $input) {\n      errors {\n        code\n        message\n        field\n      }\n      client {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.SignInPage_SignInDocument,
    "\n  mutation UserMenu_SignOut {\n    signOutClient {\n      signedOut\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.UserMenu_SignOutDocument,
    "\n  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {\n    updateMyDetails(input: $input) {\n      changed\n      myDetails {\n        ...MyDetailsPage_details\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.MyDetailsForm_UpdateDocument,
    "\n  query MyDetailsPage_Details {\n    myPortals {\n      id\n      myDetails {\n        ...MyDetailsPage_details\n      }\n    }\n  }\n": types.MyDetailsPage_DetailsDocument,
    "\n  fragment MyDetailsPage_details on MyDetails {\n    id\n    name\n    loginEmail\n    hasContact\n    editable\n    emails {\n      address\n      label\n      isPrimary\n      isLoginEmail\n    }\n    phones {\n      number\n      label\n      isPrimary\n    }\n  }\n": types.MyDetailsPage_DetailsFragmentDoc,
    "\n  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {\n    inviteToMyPortal(input: $input) {\n      invitedEmail\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.InviteForm_InviteDocument,
    "\n  query HomePage_Portals {\n    myPortals {\n      id\n      name\n      memberId\n      readOnly\n      canInviteOthers\n      permissions {\n        appointmentRequests\n        secureMessaging\n        billingDocuments\n        payBalance\n        inviteOthers\n        myDetails\n        myDocuments\n      }\n      matters {\n        id\n        number\n        name\n        status\n        responsibleStaffName\n      }\n      members {\n        name\n        email\n        status\n      }\n    }\n  }\n": types.HomePage_PortalsDocument,
    "\n  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {\n    portalInvitation(firmSlug: $firmSlug, token: $token) {\n      state\n      problem\n      email\n      name\n      hasAccount\n      termsOfService\n      termsVersion\n      expiresAt\n    }\n  }\n": types.AcceptInvitationPage_InvitationDocument,
    "\n  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      loginEmail\n      existingAccount\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AcceptInvitationPage_AcceptDocument,
    "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ChangePasswordForm_ChangeDocument,
    "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.NameForm_UpdateDocument,
    "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SignOutEverywhere_SignOutDocument,
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
export function graphql(source: "\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NameForm_Update($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      client {\n        id\n        name\n        email\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere_SignOut {\n    signOutEverywhere {\n      ok\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;