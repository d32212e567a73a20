import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { queryPrepared } from '../../db/prepared.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { ClientPortal } from './client-portal.types.js';

@ObjectType({ description: "Which sections of the client's portal to show (S4): each only when something is shared there and the member may use it.", simpleResolvers: true })
export class PortalSections {
  @Field(() => Boolean, { description: 'To-dos: a to-do is shared with the portal.' })
  todos!: boolean;

  @Field(() => Boolean, { description: 'Files: the member may see documents (and upload) and a matter is shared with the portal.' })
  files!: boolean;

  @Field(() => Boolean, { description: 'Billing: the member may see billing documents and an invoice has been issued to the portal.' })
  billing!: boolean;

  @Field(() => Boolean, { description: 'Messages: the member may use secure messages.' })
  messages!: boolean;

  @Field(() => Boolean, { description: 'Appointments: one is shared with or requested by the portal, or the member may request one.' })
  appointments!: boolean;

  @Field(() => Boolean, { description: 'My Details: the member may see their own details.' })
  myDetails!: boolean;
}

interface SectionRow {
  todos: boolean;
  matters: boolean;
  invoices: boolean;
  appointments: boolean;
}

// One statement for every section, with the same rules as the lists themselves: only matters
// shared with the portal and not archived, only shared items, never a draft invoice.
const SECTIONS_SQL = `
with shared as (
  select pm.matter_id from portal_matter pm join matter m on m.id = pm.matter_id
   where pm.portal_id = ? and m.archived_at is null
)
select
  exists (select 1 from task t where t.matter_id in (select matter_id from shared) and t.shared_at is not null
            and t.deleted_at is null and (t.portal_id is null or t.portal_id = ?)) as todos,
  exists (select 1 from shared) as matters,
  exists (select 1 from invoice i where i.firm_id = ? and i.shared_at is not null and i.status <> 'DRAFT'
            and (i.portal_id = ? or (i.portal_id is null and i.matter_id in (select matter_id from shared)))) as invoices,
  exists (select 1 from appointment a where (a.portal_id = ?)
            or (a.status = 'SCHEDULED' and a.shared_at is not null and a.matter_id in (select matter_id from shared))) as appointments`;

@Resolver(() => ClientPortal)
export class ClientPortalSectionsResolver {
  @FieldResolver(() => PortalSections, { description: "Which sections of the portal to show the member (S4): shared and permitted." })
  async sections(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalSections> {
    const member = portal.membership;
    const permissions = member.permissions;
    const portalId = member.portal.id;
    const [row] = await queryPrepared<SectionRow>(ctx.em, SECTIONS_SQL, [portalId, portalId, member.firm.id, portalId, portalId]);
    return {
      todos: Boolean(row?.todos),
      files: permissions.myDocuments && Boolean(row?.matters),
      billing: permissions.billingDocuments && Boolean(row?.invoices),
      messages: permissions.secureMessaging,
      appointments: permissions.appointmentRequests || Boolean(row?.appointments),
      myDetails: permissions.myDetails,
    };
  }
}
