import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ClientUserResolver } from '../modules/clients/client-user.resolver.js';
import { ContactResolver } from '../modules/contacts/contact.resolver.js';
import { FirmResolver } from '../modules/firms/firm.resolver.js';
import { MatterParticipantResolver, MatterResolver } from '../modules/matters/matter.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { InvitationFieldsResolver, InvitationResolver } from '../modules/invitations/invitation.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { PortalSettingsResolver } from '../modules/portal-settings/portal-settings.resolver.js';
import { ClientPortalResolver } from '../modules/portals/client-portal.resolver.js';
import { PortalMemberMutations, PortalMemberResolver, PortalResolver } from '../modules/portals/portal.resolver.js';
import { MyDetailsResolver } from '../modules/details/my-details.resolver.js';
import { MatterSharingResolver } from '../modules/sharing/matter-sharing.resolver.js';

export const resolvers = [
  AuthResolver,
  FirmResolver,
  StaffResolver,
  ClientUserResolver,
  ContactResolver,
  MatterResolver,
  MatterParticipantResolver,
  PortalSettingsResolver,
  PortalResolver,
  PortalMemberResolver,
  PortalMemberMutations,
  InvitationResolver,
  InvitationFieldsResolver,
  ClientPortalResolver,
  MailResolver,
  ActivityResolver,
  MatterSharingResolver,
  MyDetailsResolver,
] as const;

export function buildAtriumSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}
