import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import type { Matter } from '../matters/matter.entity.js';
import { type PortalAccess, sharedMatterIds } from '../portals/portal-access.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { applySharing, matterOfFirm, requireShareRight } from '../matters/matter-item.js';
import { CustomField, Note } from './note.entity.js';

const noteFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Enter a title for the note.').max(200, 'Use at most 200 characters.'),
  body: z.string().trim().max(50_000, 'Use at most 50000 characters.'),
});
const createNoteSchema = noteFieldsSchema.extend({ matterId: z.string() });
const updateNoteSchema = noteFieldsSchema.extend({ noteId: z.string() });

const fieldFieldsSchema = z.object({
  label: z.string().trim().min(1, 'Enter a label, e.g. “Court date”.').max(100, 'Use at most 100 characters.'),
  value: z.string().trim().min(1, 'Enter a value.').max(2_000, 'Use at most 2000 characters.'),
});
const createFieldSchema = fieldFieldsSchema.extend({ matterId: z.string() });
const updateFieldSchema = fieldFieldsSchema.extend({ customFieldId: z.string() });

export type CreateNoteFields = z.input<typeof createNoteSchema>;
export type UpdateNoteFields = z.input<typeof updateNoteSchema>;
export type CreateCustomFieldFields = z.input<typeof createFieldSchema>;
export type UpdateCustomFieldFields = z.input<typeof updateFieldSchema>;

const SHARED_CHANGE = 'only staff who may share items can change or delete it.';

// ---- Notes ---------------------------------------------------------------------------------

export function matterNotes(ctx: GraphQLContext, firmId: string, matter: Matter): Promise<Note[]> {
  return ctx.em.find(Note, { matter: matter.id, firm: firmId }, { populate: ['sharedBy', 'createdBy'], orderBy: { updatedAt: 'desc', id: 'asc' } });
}

async function noteOfFirm(ctx: GraphQLContext, firmId: string, id: string): Promise<Note> {
  const note = isUuid(id) ? await ctx.em.findOne(Note, { id, firm: firmId }) : null;
  if (!note) throw notFound('note', ['noteId']);
  return note;
}

export async function createNote(ctx: GraphQLContext, staff: StaffUser, input: CreateNoteFields): Promise<Note> {
  const fields = parseInput(createNoteSchema, input);
  const matter = await matterOfFirm(ctx.em, staff.firm.id, fields.matterId);
  const note = ctx.em.create(Note, { firm: staff.firm.id, matter, title: fields.title, body: fields.body, createdBy: staff.id });
  await ctx.em.flush();
  return note;
}

export async function updateNote(ctx: GraphQLContext, staff: StaffUser, input: UpdateNoteFields): Promise<Note> {
  const fields = parseInput(updateNoteSchema, input);
  const note = await noteOfFirm(ctx, staff.firm.id, fields.noteId);
  if (note.sharedAt) requireShareRight(staff, `This note is shared with the client; ${SHARED_CHANGE}`);
  note.title = fields.title;
  note.body = fields.body;
  await ctx.em.flush();
  return note;
}

export async function deleteNote(ctx: GraphQLContext, staff: StaffUser, noteId: string): Promise<string> {
  const note = await noteOfFirm(ctx, staff.firm.id, noteId);
  if (note.sharedAt) requireShareRight(staff, `This note is shared with the client; ${SHARED_CHANGE}`);
  const id = note.id;
  ctx.em.remove(note);
  await ctx.em.flush();
  return id;
}

export async function setNoteShared(ctx: GraphQLContext, staff: StaffUser, noteId: string, shared: boolean): Promise<Note> {
  requireShareRight(staff, 'You do not have the right to share items with clients.');
  const note = await noteOfFirm(ctx, staff.firm.id, noteId);
  applySharing(ctx, staff, note, shared, { firmId: staff.firm.id, matterId: note.matter.id, what: `the note “${note.title}”` });
  await ctx.em.flush();
  return note;
}

/** Shared notes of the matters shared with the portal, newest first: two statements. */
export async function portalNotes(ctx: GraphQLContext, access: PortalAccess): Promise<Note[]> {
  const matterIds = await sharedMatterIds(ctx, access.portalId);
  if (matterIds.length === 0) return [];
  return ctx.em.find(
    Note,
    { firm: access.firmId, matter: { $in: matterIds }, sharedAt: { $ne: null } },
    { populate: ['matter'], orderBy: { matter: { sortName: 'asc' }, updatedAt: 'desc', id: 'asc' } },
  );
}

// ---- Custom fields -------------------------------------------------------------------------

export function matterCustomFields(ctx: GraphQLContext, firmId: string, matter: Matter): Promise<CustomField[]> {
  return ctx.em.find(CustomField, { matter: matter.id, firm: firmId }, { populate: ['sharedBy'], orderBy: { label: 'asc', id: 'asc' } });
}

async function customFieldOfFirm(ctx: GraphQLContext, firmId: string, id: string): Promise<CustomField> {
  const field = isUuid(id) ? await ctx.em.findOne(CustomField, { id, firm: firmId }) : null;
  if (!field) throw notFound('custom field', ['customFieldId']);
  return field;
}

export async function createCustomField(ctx: GraphQLContext, staff: StaffUser, input: CreateCustomFieldFields): Promise<CustomField> {
  const fields = parseInput(createFieldSchema, input);
  const matter = await matterOfFirm(ctx.em, staff.firm.id, fields.matterId);
  const field = ctx.em.create(CustomField, { firm: staff.firm.id, matter, label: fields.label, value: fields.value });
  await ctx.em.flush();
  return field;
}

export async function updateCustomField(ctx: GraphQLContext, staff: StaffUser, input: UpdateCustomFieldFields): Promise<CustomField> {
  const fields = parseInput(updateFieldSchema, input);
  const field = await customFieldOfFirm(ctx, staff.firm.id, fields.customFieldId);
  if (field.sharedAt) requireShareRight(staff, `This field is shared with the client; ${SHARED_CHANGE}`);
  field.label = fields.label;
  field.value = fields.value;
  await ctx.em.flush();
  return field;
}

export async function deleteCustomField(ctx: GraphQLContext, staff: StaffUser, customFieldId: string): Promise<string> {
  const field = await customFieldOfFirm(ctx, staff.firm.id, customFieldId);
  if (field.sharedAt) requireShareRight(staff, `This field is shared with the client; ${SHARED_CHANGE}`);
  const id = field.id;
  ctx.em.remove(field);
  await ctx.em.flush();
  return id;
}

export async function setCustomFieldShared(ctx: GraphQLContext, staff: StaffUser, customFieldId: string, shared: boolean): Promise<CustomField> {
  requireShareRight(staff, 'You do not have the right to share items with clients.');
  const field = await customFieldOfFirm(ctx, staff.firm.id, customFieldId);
  applySharing(ctx, staff, field, shared, { firmId: staff.firm.id, matterId: field.matter.id, what: `the field “${field.label}”` });
  await ctx.em.flush();
  return field;
}

/** Shared fields of the matters shared with the portal, grouped by matter (by name), then by label. */
export async function portalCustomFields(ctx: GraphQLContext, access: PortalAccess): Promise<CustomField[]> {
  const matterIds = await sharedMatterIds(ctx, access.portalId);
  if (matterIds.length === 0) return [];
  return ctx.em.find(
    CustomField,
    { firm: access.firmId, matter: { $in: matterIds }, sharedAt: { $ne: null } },
    { populate: ['matter'], orderBy: { matter: { sortName: 'asc' }, label: 'asc', id: 'asc' } },
  );
}
