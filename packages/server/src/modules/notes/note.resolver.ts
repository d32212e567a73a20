import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { Matter } from '../matters/matter.entity.js';
import { DeleteMatterItemPayload } from '../matters/matter-item.js';
import { CustomField, Note } from './note.entity.js';
import {
  createCustomField,
  createNote,
  deleteCustomField,
  deleteNote,
  matterCustomFields,
  matterNotes,
  setCustomFieldShared,
  setNoteShared,
  updateCustomField,
  updateNote,
} from './note.service.js';

@InputType({ description: 'A new note on a matter. It is not shared with the client until it is shared on its own.' })
class CreateNoteInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'Title of the note.' })
  title!: string;

  @Field(() => String, { description: 'The text of the note.' })
  body!: string;
}

@InputType({ description: 'New values for a note. Changing a shared note needs the share-items right.' })
class UpdateNoteInput {
  @Field(() => ID, { description: 'The note.' })
  noteId!: string;

  @Field(() => String, { description: 'Title of the note.' })
  title!: string;

  @Field(() => String, { description: 'The text of the note.' })
  body!: string;
}

@InputType({ description: 'Names one note.' })
class NoteIdInput {
  @Field(() => ID, { description: 'The note.' })
  noteId!: string;
}

@InputType({ description: 'Shares a note with the client, or stops sharing it.' })
class SetNoteSharedInput {
  @Field(() => ID, { description: 'The note.' })
  noteId!: string;

  @Field(() => Boolean, { description: 'True to share it, false to stop sharing it.' })
  shared!: boolean;
}

@ObjectType({ description: 'Result of a change to a note.' })
class NotePayload extends Payload {
  @Field(() => Note, { nullable: true, description: 'The note as it is now.' })
  note: Note | null = null;
}

@InputType({ description: 'A new custom field on a matter. It is not shared with the client until it is shared on its own.' })
class CreateCustomFieldInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId!: string;

  @Field(() => String, { description: 'What the value is, e.g. "Court date".' })
  label!: string;

  @Field(() => String, { description: 'The value.' })
  value!: string;
}

@InputType({ description: 'New values for a custom field. Changing a shared one needs the share-items right.' })
class UpdateCustomFieldInput {
  @Field(() => ID, { description: 'The custom field.' })
  customFieldId!: string;

  @Field(() => String, { description: 'What the value is.' })
  label!: string;

  @Field(() => String, { description: 'The value.' })
  value!: string;
}

@InputType({ description: 'Names one custom field.' })
class CustomFieldIdInput {
  @Field(() => ID, { description: 'The custom field.' })
  customFieldId!: string;
}

@InputType({ description: 'Shares a custom field with the client, or stops sharing it.' })
class SetCustomFieldSharedInput {
  @Field(() => ID, { description: 'The custom field.' })
  customFieldId!: string;

  @Field(() => Boolean, { description: 'True to share it, false to stop sharing it.' })
  shared!: boolean;
}

@ObjectType({ description: 'Result of a change to a custom field.' })
class CustomFieldPayload extends Payload {
  @Field(() => CustomField, { nullable: true, description: 'The custom field as it is now.' })
  customField: CustomField | null = null;
}

@Resolver(() => Matter)
export class MatterNotesResolver {
  @FieldResolver(() => [Note], { description: "The matter's notes, most recently changed first." })
  notes(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<Note[]> {
    const staff = requireStaff(ctx);
    return matterNotes(ctx, staff.firm.id, matter);
  }

  @FieldResolver(() => [CustomField], { description: "The matter's custom fields, by label." })
  customFields(@Root() matter: Matter, @Ctx() ctx: GraphQLContext): Promise<CustomField[]> {
    const staff = requireStaff(ctx);
    return matterCustomFields(ctx, staff.firm.id, matter);
  }
}

@Resolver(() => Note)
export class NoteResolver {
  @FieldResolver(() => Boolean, { description: 'True while it is shared with the client.' })
  shared(@Root() note: Note): boolean {
    return note.sharedAt !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who shared it, while it is shared.' })
  async sharedByName(@Root() note: Note): Promise<string | null> {
    return note.sharedAt && note.sharedBy ? ((await note.sharedBy.load())?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it.' })
  async createdByName(@Root() note: Note): Promise<string | null> {
    return note.createdBy ? ((await note.createdBy.load())?.name ?? null) : null;
  }

  @Mutation(() => NotePayload, { description: 'Adds a note to a matter (not shared yet).' })
  createNote(@Arg('input', () => CreateNoteInput) input: CreateNoteInput, @Ctx() ctx: GraphQLContext): Promise<NotePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new NotePayload(), async (payload) => {
      payload.note = await createNote(ctx, staff, input);
    });
  }

  @Mutation(() => NotePayload, { description: 'Changes a note. A shared one needs the share-items right.' })
  updateNote(@Arg('input', () => UpdateNoteInput) input: UpdateNoteInput, @Ctx() ctx: GraphQLContext): Promise<NotePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new NotePayload(), async (payload) => {
      payload.note = await updateNote(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteMatterItemPayload, { description: 'Deletes a note. A shared one needs the share-items right.' })
  deleteNote(@Arg('input', () => NoteIdInput) input: NoteIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteMatterItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteMatterItemPayload(), async (payload) => {
      payload.deletedId = await deleteNote(ctx, staff, input.noteId);
    });
  }

  @Mutation(() => NotePayload, { description: 'Shares a note with the client or stops sharing it (S2). Needs the share-items right or the admin role.' })
  setNoteShared(@Arg('input', () => SetNoteSharedInput) input: SetNoteSharedInput, @Ctx() ctx: GraphQLContext): Promise<NotePayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new NotePayload(), async (payload) => {
      payload.note = await setNoteShared(ctx, staff, input.noteId, input.shared);
    });
  }
}

@Resolver(() => CustomField)
export class CustomFieldResolver {
  @FieldResolver(() => Boolean, { description: 'True while it is shared with the client.' })
  shared(@Root() field: CustomField): boolean {
    return field.sharedAt !== null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who shared it, while it is shared.' })
  async sharedByName(@Root() field: CustomField): Promise<string | null> {
    return field.sharedAt && field.sharedBy ? ((await field.sharedBy.load())?.name ?? null) : null;
  }

  @Mutation(() => CustomFieldPayload, { description: 'Adds a custom field to a matter (not shared yet).' })
  createCustomField(@Arg('input', () => CreateCustomFieldInput) input: CreateCustomFieldInput, @Ctx() ctx: GraphQLContext): Promise<CustomFieldPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new CustomFieldPayload(), async (payload) => {
      payload.customField = await createCustomField(ctx, staff, input);
    });
  }

  @Mutation(() => CustomFieldPayload, { description: 'Changes a custom field. A shared one needs the share-items right.' })
  updateCustomField(@Arg('input', () => UpdateCustomFieldInput) input: UpdateCustomFieldInput, @Ctx() ctx: GraphQLContext): Promise<CustomFieldPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new CustomFieldPayload(), async (payload) => {
      payload.customField = await updateCustomField(ctx, staff, input);
    });
  }

  @Mutation(() => DeleteMatterItemPayload, { description: 'Deletes a custom field. A shared one needs the share-items right.' })
  deleteCustomField(@Arg('input', () => CustomFieldIdInput) input: CustomFieldIdInput, @Ctx() ctx: GraphQLContext): Promise<DeleteMatterItemPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new DeleteMatterItemPayload(), async (payload) => {
      payload.deletedId = await deleteCustomField(ctx, staff, input.customFieldId);
    });
  }

  @Mutation(() => CustomFieldPayload, { description: 'Shares a custom field with the client or stops sharing it (S2). Needs the share-items right or the admin role.' })
  setCustomFieldShared(@Arg('input', () => SetCustomFieldSharedInput) input: SetCustomFieldSharedInput, @Ctx() ctx: GraphQLContext): Promise<CustomFieldPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new CustomFieldPayload(), async (payload) => {
      payload.customField = await setCustomFieldShared(ctx, staff, input.customFieldId, input.shared);
    });
  }
}
