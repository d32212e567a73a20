import type { FilterQuery } from '@mikro-orm/core';
import { z } from 'zod';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { containsPattern, isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { Contact } from '../contacts/contact.entity.js';
import { withFirmLock } from '../firms/firm-lock.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Matter, MatterParticipant, MatterStatus, ParticipantRole } from './matter.entity.js';

const participantSchema = z.object({ contactId: z.string(), role: z.enum(ParticipantRole) });

const matterFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name for the matter.').max(200, 'Use at most 200 characters.'),
  number: z
    .string()
    .trim()
    .max(40, 'Use at most 40 characters.')
    .regex(/^[A-Za-z0-9][A-Za-z0-9\-./ ]*$/, 'Use letters, digits and - . / only.')
    .nullish()
    .or(z.literal('').transform(() => null)),
  description: z
    .string()
    .trim()
    .max(10_000, 'Use at most 10000 characters.')
    .nullish()
    .transform((value) => (value ? value : null)),
  responsibleStaffId: z.string(),
});

const createSchema = matterFieldsSchema.extend({
  participants: z.array(participantSchema).max(100, 'Add at most 100 participants at once.').default([]),
});

const updateSchema = matterFieldsSchema.extend({ id: z.string(), status: z.enum(MatterStatus) });

export type CreateMatterFields = z.input<typeof createSchema>;
export type UpdateMatterFields = z.input<typeof updateSchema>;

export async function findMatter(ctx: GraphQLContext, firmId: string, id: string): Promise<Matter | null> {
  return isUuid(id) ? ctx.em.findOne(Matter, { id, firm: firmId }) : null;
}

async function matterOrFail(ctx: GraphQLContext, firmId: string, id: string, field = ['id']): Promise<Matter> {
  const matter = await findMatter(ctx, firmId, id);
  if (!matter) throw notFound('matter', field);
  return matter;
}

async function responsibleStaff(ctx: GraphQLContext, firmId: string, id: string): Promise<StaffUser> {
  const staff = isUuid(id) ? await ctx.em.findOne(StaffUser, { id, firm: firmId }) : null;
  if (!staff) throw notFound('staff member', ['responsibleStaffId']);
  if (staff.deactivatedAt) {
    throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'A deactivated staff member cannot be responsible for a matter.', ['responsibleStaffId']);
  }
  return staff;
}

async function contactOfFirm(ctx: GraphQLContext, firmId: string, id: string, field: string[]): Promise<Contact> {
  const contact = isUuid(id) ? await ctx.em.findOne(Contact, { id, firm: firmId }) : null;
  if (!contact) throw notFound('contact', field);
  return contact;
}

/** The next free number of the form YYYY-NNNN for the firm. */
async function nextMatterNumber(ctx: GraphQLContext, firmId: string): Promise<string> {
  const year = ctx.clock.now().getUTCFullYear();
  // At most nine digits count, so the cast cannot overflow on a long number typed by hand.
  const rows = await ctx.em.execute<{ last: number | null }[]>(
    `select max(cast(substring(number from '^${year}-(\\d{1,9})$') as integer)) as last from matter where firm_id = ?`,
    [firmId],
  );
  const next = (rows[0]?.last ?? 0) + 1;
  return `${year}-${String(next).padStart(4, '0')}`;
}

async function assertNumberFree(ctx: GraphQLContext, firmId: string, number: string, exceptId?: string): Promise<void> {
  const clash = await ctx.em.count(Matter, { firm: firmId, number, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (clash) throw UserFacingError.of(UserErrorCode.ALREADY_EXISTS, `Matter number ${number} is taken.`, ['number']);
}

export async function createMatter(ctx: GraphQLContext, firmId: string, input: CreateMatterFields): Promise<Matter> {
  const fields = parseInput(createSchema, input);
  return withFirmLock(ctx, firmId, (tx) => createMatterLocked(tx, firmId, fields));
}

async function createMatterLocked(ctx: GraphQLContext, firmId: string, fields: z.output<typeof createSchema>): Promise<Matter> {
  const staff = await responsibleStaff(ctx, firmId, fields.responsibleStaffId);
  const number = fields.number ?? (await nextMatterNumber(ctx, firmId));
  await assertNumberFree(ctx, firmId, number);
  const seen = new Set<string>();
  const participants: { contact: Contact; role: ParticipantRole }[] = [];
  for (const [index, participant] of fields.participants.entries()) {
    const field = ['participants', String(index), 'contactId'];
    const contact = await contactOfFirm(ctx, firmId, participant.contactId, field);
    // Compare stored IDs: the same contact may be named in another letter case.
    if (seen.has(contact.id)) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'This contact is listed twice.', field);
    seen.add(contact.id);
    participants.push({ contact, role: participant.role });
  }
  const matter = ctx.em.create(Matter, {
    firm: firmId,
    name: fields.name,
    sortName: fields.name.toLowerCase(),
    number,
    description: fields.description,
    responsibleStaff: staff,
  });
  for (const participant of participants) {
    matter.participants.add(ctx.em.create(MatterParticipant, { matter, contact: participant.contact, role: participant.role }));
  }
  await ctx.em.flush();
  return matter;
}

export async function updateMatter(ctx: GraphQLContext, firmId: string, input: UpdateMatterFields): Promise<Matter> {
  const fields = parseInput(updateSchema, input);
  return withFirmLock(ctx, firmId, (tx) => updateMatterLocked(tx, firmId, fields));
}

async function updateMatterLocked(ctx: GraphQLContext, firmId: string, fields: z.output<typeof updateSchema>): Promise<Matter> {
  const matter = await matterOrFail(ctx, firmId, fields.id);
  const staff = await responsibleStaff(ctx, firmId, fields.responsibleStaffId);
  if (fields.number && fields.number !== matter.number) {
    await assertNumberFree(ctx, firmId, fields.number, matter.id);
    matter.number = fields.number;
  }
  matter.name = fields.name;
  matter.sortName = fields.name.toLowerCase();
  matter.description = fields.description;
  matter.responsibleStaff = ctx.em.getReference(StaffUser, staff.id, { wrapped: true });
  if (fields.status !== matter.status) {
    matter.status = fields.status;
    matter.closedAt = fields.status === MatterStatus.CLOSED ? ctx.clock.now() : null;
  }
  await ctx.em.flush();
  return matter;
}

export async function setMatterArchived(ctx: GraphQLContext, firmId: string, id: string, archived: boolean): Promise<Matter> {
  const matter = await matterOrFail(ctx, firmId, id);
  matter.archivedAt = archived ? (matter.archivedAt ?? ctx.clock.now()) : null;
  await ctx.em.flush();
  return matter;
}

export async function addParticipant(
  ctx: GraphQLContext,
  firmId: string,
  input: { matterId: string; contactId: string; role: ParticipantRole },
): Promise<MatterParticipant> {
  const fields = parseInput(participantSchema.extend({ matterId: z.string() }), input);
  const matter = await matterOrFail(ctx, firmId, fields.matterId, ['matterId']);
  const contact = await contactOfFirm(ctx, firmId, fields.contactId, ['contactId']);
  if (await ctx.em.count(MatterParticipant, { matter, contact })) {
    throw UserFacingError.of(UserErrorCode.ALREADY_EXISTS, `${contact.displayName} takes part in this matter already.`, ['contactId']);
  }
  const participant = ctx.em.create(MatterParticipant, { matter, contact, role: fields.role });
  await ctx.em.flush();
  return participant;
}

async function participantOrFail(ctx: GraphQLContext, firmId: string, id: string): Promise<MatterParticipant> {
  const participant = isUuid(id) ? await ctx.em.findOne(MatterParticipant, { id, matter: { firm: firmId } }) : null;
  if (!participant) throw notFound('participant', ['participantId']);
  return participant;
}

export async function changeParticipantRole(ctx: GraphQLContext, firmId: string, id: string, role: ParticipantRole): Promise<MatterParticipant> {
  const participant = await participantOrFail(ctx, firmId, id);
  participant.role = parseInput(z.enum(ParticipantRole), role);
  await ctx.em.flush();
  return participant;
}

export async function removeParticipant(ctx: GraphQLContext, firmId: string, id: string): Promise<Matter> {
  const participant = await participantOrFail(ctx, firmId, id);
  const matter = await ctx.em.findOneOrFail(Matter, { id: participant.matter.id });
  ctx.em.remove(participant);
  await ctx.em.flush();
  return matter;
}

export interface MatterFilter {
  search?: string | null;
  status?: MatterStatus | null;
  responsibleStaffId?: string | null;
  contactId?: string | null;
  includeArchived?: boolean | null;
}

export async function listMatters(
  ctx: GraphQLContext,
  firmId: string,
  filter: MatterFilter,
  first: number,
  after: string | null,
): Promise<Connection<Matter>> {
  checkPageSize(first);
  const where: FilterQuery<Matter>[] = [{ firm: firmId }];
  if (!filter.includeArchived) where.push({ archivedAt: null });
  if (filter.status) where.push({ status: filter.status });
  if (filter.responsibleStaffId) where.push({ responsibleStaff: isUuid(filter.responsibleStaffId) ? filter.responsibleStaffId : null });
  if (filter.contactId) {
    where.push({ participants: { contact: isUuid(filter.contactId) ? filter.contactId : null } });
  }
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const pattern = containsPattern(search);
    where.push({ $or: [{ sortName: { $like: pattern } }, { number: { $ilike: pattern } }] });
  }
  const totalCount = await ctx.em.count(Matter, { $and: where });
  if (after) {
    const cursor = decodeCursor(after);
    where.push({ $or: [{ sortName: { $gt: cursor.sortKey } }, { sortName: cursor.sortKey, id: { $gt: cursor.id } }] });
  }
  const rows = await ctx.em.find(Matter, { $and: where }, { orderBy: { sortName: 'asc', id: 'asc' }, limit: first + 1 });
  return toConnection(rows, first, Boolean(after), totalCount, (matter) => matter.sortName);
}
