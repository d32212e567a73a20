import { Field, ID, ObjectType } from 'type-graphql';
import { MatterStatus } from '../matters/matter.entity.js';
import { MemberPermissions } from './member-permissions.js';
import { MemberStatus, PortalMember } from './portal.entity.js';

@ObjectType({ description: 'A matter as its client sees it.', simpleResolvers: true })
export class SharedMatter {
  @Field(() => ID, { description: 'The matter.' })
  id!: string;

  @Field(() => String, { description: "The firm's reference." })
  number!: string;

  @Field(() => String, { description: 'Name of the matter.' })
  name!: string;

  @Field(() => MatterStatus, { description: 'Open or closed.' })
  status!: MatterStatus;

  @Field(() => String, { description: 'The responsible staff member.' })
  responsibleStaffName!: string;
}

@ObjectType({ description: 'Another person with access to the same portal, as a member sees them.', simpleResolvers: true })
export class FellowMember {
  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Email address.' })
  email!: string;

  @Field(() => MemberStatus, { description: 'Pending, active or disabled.' })
  status!: MemberStatus;
}

@ObjectType({ description: 'A portal the signed-in client is a member of, with what the firm shares in it.' })
export class ClientPortal {
  @Field(() => ID, { description: 'The portal.' })
  id!: string;

  @Field(() => String, { description: 'Whose portal it is (a person, household or organization).' })
  name!: string;

  /** The signed-in member's membership here (or the viewed member's): what field resolvers check. */
  membership!: PortalMember;

  @Field(() => ID, { description: "The signed-in client's membership of this portal." })
  memberId!: string;

  @Field(() => Boolean, { description: 'True while a staff member views the portal as this member: nothing can be changed.' })
  readOnly!: boolean;

  @Field(() => MemberPermissions, { description: "The signed-in member's permissions here." })
  permissions!: MemberPermissions;


  /**
   * Shared by the portals of one `myPortals` answer: what their list fields load is loaded once
   * for all of them, and only when a field asks for it.
   */
  batch!: ClientPortalBatch;
}

/** The portals of one answer, and the lists loaded for all of them at once. */
export interface ClientPortalBatch {
  portalIds: string[];
  firmId: string;
  membersMayInvite?: Promise<boolean>;
  matters?: Promise<Map<string, SharedMatter[]>>;
  fellows?: Promise<Map<string, FellowMember[]>>;
}
