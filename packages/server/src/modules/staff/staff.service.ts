import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError, notFound } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { endAllSessions } from '../auth/session.service.js';
import { normalizeEmail } from '../auth/sign-in.service.js';
import { withFirmLock } from '../firms/firm-lock.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';

const nameSchema = z.string().trim().min(1, 'Enter a name.').max(200, 'Use at most 200 characters.');
export const emailSchema = z
  .string()
  .trim()
  .max(320, 'Use at most 320 characters.')
  .pipe(z.email({ message: 'Enter an email address like name@example.com.' }))
  .transform(normalizeEmail);

const createSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: z.string().superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  role: z.enum(StaffRole),
  canInviteClients: z.boolean(),
  canShareItems: z.boolean(),
});

export interface CreateStaffMember {
  name: string;
  email: string;
  password: string;
  role: StaffRole;
  canInviteClients: boolean;
  canShareItems: boolean;
}

export async function createStaffMember(ctx: GraphQLContext, admin: StaffUser, input: CreateStaffMember): Promise<StaffUser> {
  const fields = parseInput(createSchema, input);
  const emailTaken = () => UserFacingError.of(UserErrorCode.ALREADY_EXISTS, 'A staff member with this email exists already.', ['email']);
  if (await ctx.em.count(StaffUser, { email: fields.email })) throw emailTaken();
  const staff = ctx.em.create(StaffUser, {
    firm: admin.firm.id,
    name: fields.name,
    email: fields.email,
    passwordHash: await hashPassword(fields.password),
    role: fields.role,
    canInviteClients: fields.canInviteClients,
    canShareItems: fields.canShareItems,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    // Another request took the address while the password was being hashed.
    if (error instanceof UniqueConstraintViolationException) throw emailTaken();
    throw error;
  }
  return staff;
}

const updateSchema = z.object({
  id: z.string(),
  name: nameSchema.nullish(),
  role: z.enum(StaffRole).nullish(),
  canInviteClients: z.boolean().nullish(),
  canShareItems: z.boolean().nullish(),
});

export interface UpdateStaffMember {
  id: string;
  name?: string | null;
  role?: StaffRole | null;
  canInviteClients?: boolean | null;
  canShareItems?: boolean | null;
}

async function findInFirm(ctx: GraphQLContext, admin: StaffUser, id: string): Promise<StaffUser> {
  const staff = isUuid(id) ? await ctx.em.findOne(StaffUser, { id, firm: admin.firm.id }) : null;
  if (!staff) throw notFound('staff member');
  return staff;
}

/** The firm must always keep one active admin, or nobody could manage it. */
async function assertAnotherActiveAdmin(ctx: GraphQLContext, staff: StaffUser, action: string): Promise<void> {
  const others = await ctx.em.count(StaffUser, {
    firm: staff.firm.id,
    role: StaffRole.ADMIN,
    deactivatedAt: null,
    id: { $ne: staff.id },
  });
  if (others === 0) throw UserFacingError.of(UserErrorCode.CONFLICT, `The firm needs at least one active admin; cannot ${action}.`);
}

export async function updateStaffMember(ctx: GraphQLContext, admin: StaffUser, input: UpdateStaffMember): Promise<StaffUser> {
  const fields = parseInput(updateSchema, input);
  // Under the firm's lock, so two admins cannot demote each other at once.
  return withFirmLock(ctx, admin.firm.id, (tx) => updateStaffMemberLocked(tx, admin, fields));
}

async function updateStaffMemberLocked(ctx: GraphQLContext, admin: StaffUser, fields: z.output<typeof updateSchema>): Promise<StaffUser> {
  const staff = await findInFirm(ctx, admin, fields.id);
  if (fields.role === StaffRole.STAFF && staff.role === StaffRole.ADMIN && staff.deactivatedAt === null) {
    await assertAnotherActiveAdmin(ctx, staff, 'make the last admin a staff member');
  }
  if (fields.name != null) staff.name = fields.name;
  if (fields.role != null) staff.role = fields.role;
  if (fields.canInviteClients != null) staff.canInviteClients = fields.canInviteClients;
  if (fields.canShareItems != null) staff.canShareItems = fields.canShareItems;
  await ctx.em.flush();
  return staff;
}

export async function setStaffMemberActive(ctx: GraphQLContext, admin: StaffUser, id: string, active: boolean): Promise<StaffUser> {
  // Under the firm's lock, so two admins cannot deactivate each other at once.
  return withFirmLock(ctx, admin.firm.id, (tx) => setStaffMemberActiveLocked(tx, admin, id, active));
}

async function setStaffMemberActiveLocked(ctx: GraphQLContext, admin: StaffUser, id: string, active: boolean): Promise<StaffUser> {
  const staff = await findInFirm(ctx, admin, id);
  if (!active && staff.deactivatedAt === null) {
    if (staff.role === StaffRole.ADMIN) await assertAnotherActiveAdmin(ctx, staff, 'deactivate the last admin');
    staff.deactivatedAt = ctx.clock.now();
    await ctx.em.flush();
    await endAllSessions(ctx.em, { staffUserId: staff.id });
  } else if (active && staff.deactivatedAt !== null) {
    staff.deactivatedAt = null;
    await ctx.em.flush();
  }
  return staff;
}

export function listStaff(ctx: GraphQLContext, firmId: string, includeDeactivated: boolean): Promise<StaffUser[]> {
  return ctx.em.find(
    StaffUser,
    includeDeactivated ? { firm: firmId } : { firm: firmId, deactivatedAt: null },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
}
