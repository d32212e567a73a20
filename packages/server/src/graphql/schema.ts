import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ClientUserResolver } from '../modules/clients/client-user.resolver.js';
import { ContactResolver } from '../modules/contacts/contact.resolver.js';
import { FirmResolver } from '../modules/firms/firm.resolver.js';
import { MatterParticipantResolver, MatterResolver } from '../modules/matters/matter.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';

export const resolvers = [
  AuthResolver,
  FirmResolver,
  StaffResolver,
  ClientUserResolver,
  ContactResolver,
  MatterResolver,
  MatterParticipantResolver,
] as const;

export function buildAtriumSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}
