import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { ClientPortal } from '../portals/client-portal.types.js';
import { ClientItemMatter, clientItemMatter } from '../matters/matter-item.js';
import { accessOfPortal } from '../portals/portal-access.js';
import { portalCustomFields, portalNotes } from './note.service.js';

@ObjectType({ description: 'A note the firm shared with the client.' })
export class PortalNote {
  @Field(() => ID, { description: 'The note.' })
  id!: string;

  @Field(() => String, { description: 'Title of the note.' })
  title!: string;

  @Field(() => String, { description: 'The text of the note.' })
  body!: string;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;

  @Field(() => ClientItemMatter, { description: 'The matter it belongs to.' })
  matter!: ClientItemMatter;
}

@ObjectType({ description: 'A label and value the firm shared with the client, e.g. "Court date: 12 May".' })
export class PortalCustomField {
  @Field(() => ID, { description: 'The custom field.' })
  id!: string;

  @Field(() => String, { description: 'What the value is.' })
  label!: string;

  @Field(() => String, { description: 'The value.' })
  value!: string;

  @Field(() => ClientItemMatter, { description: 'The matter it belongs to.' })
  matter!: ClientItemMatter;
}

@Resolver(() => ClientPortal)
export class ClientPortalNotesResolver {
  @FieldResolver(() => [PortalNote], { description: 'Notes the firm shared on the matters shared with this portal, by matter, newest first.' })
  async notes(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalNote[]> {
    const access = accessOfPortal(ctx, portal);
    if (!access) return [];
    const notes = await portalNotes(ctx, access);
    return notes.map((note) => ({ id: note.id, title: note.title, body: note.body, updatedAt: note.updatedAt, matter: clientItemMatter(note.matter.getEntity()) }));
  }

  @FieldResolver(() => [PortalCustomField], { description: 'Custom fields the firm shared on the matters shared with this portal, grouped by matter, then by label.' })
  async customFields(@Root() portal: ClientPortal, @Ctx() ctx: GraphQLContext): Promise<PortalCustomField[]> {
    const access = accessOfPortal(ctx, portal);
    if (!access) return [];
    const fields = await portalCustomFields(ctx, access);
    return fields.map((field) => ({ id: field.id, label: field.label, value: field.value, matter: clientItemMatter(field.matter.getEntity()) }));
  }
}
