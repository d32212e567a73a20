import { buildSchema } from 'type-graphql';
import { BillingResolver, ClientBillingResolver, MatterBillingResolver } from '../modules/billing/billing.resolver.js';
import { ClientMessagesResolver, MessageResolver, MessageThreadResolver } from '../modules/messages/message.resolver.js';
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
import { DocumentMutations, DocumentResolver, DocumentVersionResolver, FolderResolver, MatterDocumentsResolver } from '../modules/documents/document.resolver.js';
import { PortalDocumentsResolver } from '../modules/documents/portal-documents.resolver.js';
import { PortalSettingsResolver } from '../modules/portal-settings/portal-settings.resolver.js';
import { ClientPortalListsResolver, ClientPortalResolver } from '../modules/portals/client-portal.resolver.js';
import { PortalMemberMutations, PortalMemberResolver, PortalResolver } from '../modules/portals/portal.resolver.js';
import { MyDetailsResolver } from '../modules/details/my-details.resolver.js';
import { MatterSharingResolver } from '../modules/sharing/matter-sharing.resolver.js';

import { AppointmentResolver, MatterAppointmentsResolver } from '../modules/appointments/appointment.resolver.js';
import { ClientPortalAppointmentsResolver } from '../modules/appointments/client-appointment.resolver.js';
import { ClientPortalNotesResolver } from '../modules/notes/client-note.resolver.js';
import { CustomFieldResolver, MatterNotesResolver, NoteResolver } from '../modules/notes/note.resolver.js';
import { ClientPortalTasksResolver } from '../modules/tasks/client-task.resolver.js';
import { MatterTasksResolver, TaskResolver } from '../modules/tasks/task.resolver.js';

import { ClientPortalSectionsResolver } from '../modules/portals/portal-sections.js';
import { MatterSharedItemsResolver } from '../modules/sharing/shared-items.resolver.js';

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
  ClientPortalListsResolver,
  MailResolver,
  ActivityResolver,
  DocumentResolver,
  DocumentVersionResolver,
  FolderResolver,
  MatterDocumentsResolver,
  DocumentMutations,
  PortalDocumentsResolver,
  MatterTasksResolver,
  TaskResolver,
  ClientPortalTasksResolver,
  MatterNotesResolver,
  NoteResolver,
  CustomFieldResolver,
  ClientPortalNotesResolver,
  MatterAppointmentsResolver,
  AppointmentResolver,
  ClientPortalAppointmentsResolver,
  BillingResolver,
  MatterBillingResolver,
  ClientBillingResolver,
  MessageResolver,
  MessageThreadResolver,
  ClientMessagesResolver,
  MatterSharingResolver,
  MyDetailsResolver,
  ClientPortalSectionsResolver,
  MatterSharedItemsResolver,
] as const;

export function buildAtriumSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}
