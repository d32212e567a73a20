import { z } from 'zod';
import type { Em } from '../../db/orm.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { UserErrorCode, UserFacingError } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { recordActivity } from '../activity/activity.service.js';
import { endClientSessionsOfFirm } from '../auth/session.service.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import { copyPermissions, type MemberPermissionsInput } from '../portals/member-permissions.js';
import { LINK_PLACEHOLDER, PortalSettings } from './portal-settings.entity.js';

/** The firm's portal settings, made with the defaults the first time they are asked for. */
export async function portalSettingsOf(em: Em, firmId: string): Promise<PortalSettings> {
  const found = await em.findOne(PortalSettings, { firm: firmId });
  if (found) return found;
  // The texts' defaults live in the code; two requests making the row at once cannot collide.
  const defaults = new PortalSettings();
  await em.execute(
    'insert into portal_settings (firm_id, invitation_subject, invitation_body, terms_of_service, updated_at) values (?, ?, ?, ?, ?) on conflict (firm_id) do nothing',
    [firmId, defaults.invitationSubject, defaults.invitationBody, defaults.termsOfService, new Date()],
  );
  return em.findOneOrFail(PortalSettings, { firm: firmId });
}

export const invitationBodySchema = z
  .string()
  .trim()
  .min(1, 'Write the invitation text.')
  .max(10_000, 'Use at most 10000 characters.')
  .refine((body) => body.includes(LINK_PLACEHOLDER), `Keep the ${LINK_PLACEHOLDER} placeholder: it becomes the client's personal link.`);

export const invitationSubjectSchema = z.string().trim().min(1, 'Write a subject.').max(300, 'Use at most 300 characters.');

const settingsSchema = z.object({
  enabled: z.boolean().nullish(),
  membersMayInvite: z.boolean().nullish(),
  membersMayEditDetails: z.boolean().nullish(),
  notificationDelayMinutes: z.number().int('Use a whole number of minutes.').min(0, 'Use 0 to 120 minutes.').max(120, 'Use 0 to 120 minutes.').nullish(),
  invitationValidityDays: z.number().int('Use a whole number of days.').min(1, 'Use 1 to 30 days.').max(30, 'Use 1 to 30 days.').nullish(),
  invitationSubject: invitationSubjectSchema.nullish(),
  invitationBody: invitationBodySchema.nullish(),
  termsOfService: z.string().trim().min(1, 'Write the Terms of Service.').max(50_000, 'Use at most 50000 characters.').nullish(),
  uploadMaxMegabytes: z.number().int('Use a whole number of megabytes.').min(1, 'Use 1 to 2048 megabytes.').max(2048, 'Use 1 to 2048 megabytes.').nullish(),
  allowedFileTypes: z
    .array(
      z
        .string()
        .trim()
        .transform((type) => type.replace(/^\./, '').toLowerCase())
        .refine((type) => /^[a-z0-9]{1,10}$/.test(type), 'Write an extension with letters and digits only, e.g. pdf.'),
    )
    .min(1, 'Allow at least one type of file.')
    .max(100, 'Allow at most 100 types of file.')
    .transform((types) => [...new Set(types)])
    .nullish(),
});

export interface PortalSettingsChanges {
  enabled?: boolean | null;
  membersMayInvite?: boolean | null;
  membersMayEditDetails?: boolean | null;
  notificationDelayMinutes?: number | null;
  defaultPermissions?: MemberPermissionsInput | null;
  invitationValidityDays?: number | null;
  invitationSubject?: string | null;
  invitationBody?: string | null;
  termsOfService?: string | null;
  uploadMaxMegabytes?: number | null;
  allowedFileTypes?: string[] | null;
}

/** Changes the settings (P1–P6). Turning the portal off ends every client session of the firm at once. */
export async function updatePortalSettings(ctx: GraphQLContext, admin: StaffUser, input: PortalSettingsChanges): Promise<PortalSettings> {
  const changes = parseInput(settingsSchema, input);
  const firmId = admin.firm.id;
  return ctx.em.transactional(async (em) => {
    const settings = await portalSettingsOf(em, firmId);
    const described: string[] = [];
    if (changes.enabled != null && changes.enabled !== settings.enabled) {
      settings.enabled = changes.enabled;
      described.push(changes.enabled ? 'turned the client portal on' : 'turned the client portal off');
      if (!changes.enabled) await endClientSessionsOfFirm(em, firmId);
    }
    if (changes.membersMayInvite != null) settings.membersMayInvite = changes.membersMayInvite;
    if (changes.membersMayEditDetails != null && changes.membersMayEditDetails !== settings.membersMayEditDetails) {
      settings.membersMayEditDetails = changes.membersMayEditDetails;
      described.push(changes.membersMayEditDetails ? 'let members change their own details' : 'stopped members changing their own details');
    }
    if (changes.notificationDelayMinutes != null) settings.notificationDelayMinutes = changes.notificationDelayMinutes;
    if (input.defaultPermissions) settings.defaultPermissions = copyPermissions(input.defaultPermissions);
    if (changes.invitationValidityDays != null) settings.invitationValidityDays = changes.invitationValidityDays;
    if (changes.invitationSubject != null) settings.invitationSubject = changes.invitationSubject;
    if (changes.invitationBody != null) settings.invitationBody = changes.invitationBody;
    if (changes.uploadMaxMegabytes != null) settings.uploadMaxMegabytes = changes.uploadMaxMegabytes;
    if (changes.allowedFileTypes != null) settings.allowedFileTypes = changes.allowedFileTypes;
    if (changes.termsOfService != null && changes.termsOfService !== settings.termsOfService) {
      settings.termsOfService = changes.termsOfService;
      settings.termsVersion += 1;
      described.push(`published Terms of Service version ${settings.termsVersion}`);
    }
    recordActivity(em, {
      firmId,
      action: ActivityAction.PORTAL_SETTINGS_CHANGED,
      actor: { kind: 'staff', staff: admin },
      summary: described.length ? `${admin.name} ${described.join(' and ')}.` : `${admin.name} changed the portal settings.`,
      at: ctx.clock.now(),
      ip: ctx.ip,
    });
    await em.flush();
    return settings;
  });
}

export function portalOffError(): UserFacingError {
  return UserFacingError.of(UserErrorCode.PORTAL_DISABLED, 'The client portal is turned off for this firm. An admin can turn it on in Portal settings.');
}
