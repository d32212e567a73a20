import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Matter } from '../matters/matter.entity.js';

export enum SharedItemKind {
  FOLDER = 'FOLDER',
  DOCUMENT = 'DOCUMENT',
  TASK = 'TASK',
  NOTE = 'NOTE',
  CUSTOM_FIELD = 'CUSTOM_FIELD',
  APPOINTMENT = 'APPOINTMENT',
  INVOICE = 'INVOICE',
}

registerEnumType(SharedItemKind, {
  name: 'SharedItemKind',
  description: 'What kind of item on a matter is shared with the client.',
  valuesConfig: {
    FOLDER: { description: 'A folder of documents.' },
    DOCUMENT: { description: 'A document.' },
    TASK: { description: 'A to-do.' },
    NOTE: { description: 'A note.' },
    CUSTOM_FIELD: { description: 'A custom field.' },
    APPOINTMENT: { description: 'An appointment.' },
    INVOICE: { description: 'An issued invoice.' },
  },
})

@ObjectType({ description: "An item of a matter that the client's portal can see, with who shared it and when.", simpleResolvers: true })
export class SharedItem {
  @Field(() => SharedItemKind, { description: 'What kind of item it is.' })
  kind!: SharedItemKind;

  @Field(() => ID, { description: 'The item (a folder, document, task… of that kind).' })
  id!: string;

  @Field(() => String, { description: "The item's name or title (an invoice's number)." })
  title!: string;

  @Field(() => Date, { description: 'When it was shared.' })
  sharedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The staff member who shared it; null when that account is gone.' })
  sharedByName!: string | null;
}

// Every shareable table in one statement; deleted items and drafts are not shared.
const SHARED_ITEMS_SQL = `
select i.kind, i.id, i.title, i.shared_at, s.name as shared_by_name from (
  select 'FOLDER' as kind, id, name as title, shared_at, shared_by_id from folder where matter_id = ? and shared_at is not null
  union all select 'DOCUMENT', id, name, shared_at, shared_by_id from document where matter_id = ? and shared_at is not null and deleted_at is null
  union all select 'TASK', id, title, shared_at, shared_by_id from task where matter_id = ? and shared_at is not null and deleted_at is null
  union all select 'NOTE', id, title, shared_at, shared_by_id from note where matter_id = ? and shared_at is not null
  union all select 'CUSTOM_FIELD', id, label, shared_at, shared_by_id from custom_field where matter_id = ? and shared_at is not null
  union all select 'APPOINTMENT', id, title, shared_at, shared_by_id from appointment where matter_id = ? and shared_at is not null
  union all select 'INVOICE', id, number, shared_at, shared_by_id from invoice where matter_id = ? and shared_at is not null and status <> 'DRAFT'
) i left join staff_user s on s.id = i.shared_by_id
order by i.shared_at desc, i.id`;

interface SharedItemRow {
  kind: SharedItemKind;
  id: string;
  title: string;
  shared_at: Date | string;
  shared_by_name: string | null;
}

@Resolver(() => Matter)
export class MatterSharedItemsResolver {
  @FieldResolver(() => [SharedItem], { description: "Everything on this matter shared with the client, newest share first: the matter's Shared with client tab (S2)." })
  async sharedItems(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<SharedItem[]> {
    const rows = await ctx.em.execute<SharedItemRow[]>(SHARED_ITEMS_SQL, Array.from({ length: 7 }, () => matter.id));
    return rows.map((row) => ({ kind: row.kind, id: row.id, title: row.title, sharedAt: new Date(row.shared_at), sharedByName: row.shared_by_name }));
  }
}
