import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { adminForMutation, requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { z } from 'zod';
import { Firm } from '../firms/firm.entity.js';
import { renderInvitationEmail } from '../invitations/invitation-email.js';
import { LINK_SLOT } from '../mail/email-layout.js';
import { MemberPermissionsInput } from '../portals/member-permissions.js';
import { PortalSettings } from './portal-settings.entity.js';
import { invitationBodySchema, invitationSubjectSchema, portalSettingsOf, updatePortalSettings } from './portal-settings.service.js';

@InputType({ description: 'Changes to the portal settings; omitted fields stay as they are.' })
class UpdatePortalSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Turn the client portal on or off for the whole firm.' })
  enabled?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Let members with the permission invite others to their portal.' })
  membersMayInvite?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Let members with the myDetails permission change their own email addresses and phone numbers.' })
  membersMayEditDetails?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minutes to wait before emailing staff about client actions, to gather them in one email (0 to 120).' })
  notificationDelayMinutes?: number | null;

  @Field(() => MemberPermissionsInput, { nullable: true, description: 'Permissions new members start with.' })
  defaultPermissions?: MemberPermissionsInput | null;

  @Field(() => Int, { nullable: true, description: 'Days an invitation link stays valid (1 to 30).' })
  invitationValidityDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Invitation email subject.' })
  invitationSubject?: string | null;

  @Field(() => String, { nullable: true, description: 'Invitation email body; must keep {{link}}.' })
  invitationBody?: string | null;

  @Field(() => String, { nullable: true, description: 'Terms of Service text; a change publishes a new version.' })
  termsOfService?: string | null;

  @Field(() => Int, { nullable: true, description: 'Largest file, in megabytes, staff or clients may upload (1 to 2048).' })
  uploadMaxMegabytes?: number | null;

  @Field(() => [String], { nullable: true, description: 'File name extensions that may be uploaded, e.g. ["pdf", "docx"]; case and a leading dot are ignored.' })
  allowedFileTypes?: string[] | null;
}

@ObjectType({ description: 'Result of updatePortalSettings.' })
class UpdatePortalSettingsPayload extends Payload {
  @Field(() => PortalSettings, { nullable: true, description: 'The settings as they are now.' })
  portalSettings: PortalSettings | null = null;
}

@InputType({ description: 'What to preview an invitation email with.' })
class PreviewInvitationEmailInput {
  @Field(() => String, { description: 'Name of the person invited.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A personal message.' })
  message?: string | null;

  @Field(() => String, { nullable: true, description: 'Subject to use instead of the firm’s template.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Body to use instead of the firm’s template; must keep {{link}}.' })
  body?: string | null;
}

@ObjectType({ description: 'An email as the recipient would see it, with a sample in place of the personal link.' })
export class EmailPreview {
  @Field(() => String, { description: 'Subject line.' })
  subject!: string;

  @Field(() => String, { description: 'Plain-text body.' })
  text!: string;

  @Field(() => String, { description: 'HTML body.' })
  html!: string;
}

@ObjectType({ description: 'Result of previewInvitationEmail.' })
class PreviewInvitationEmailPayload extends Payload {
  @Field(() => EmailPreview, { nullable: true, description: 'The preview; null when the template is not valid.' })
  preview: EmailPreview | null = null;
}

const previewSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(200),
  message: z.string().trim().max(5000).nullish(),
  subject: invitationSubjectSchema.nullish(),
  body: invitationBodySchema.nullish(),
});

@Resolver(() => PortalSettings)
export class PortalSettingsResolver {
  @Query(() => PortalSettings, { description: "The firm's client portal settings. Any staff member may read them." })
  async portalSettings(@Ctx() ctx: GraphQLContext): Promise<PortalSettings> {
    const staff = requireStaff(ctx);
    return portalSettingsOf(ctx.em, staff.firm.id);
  }

  @Mutation(() => UpdatePortalSettingsPayload, { description: 'Changes the portal settings. Admins only. Turning the portal off ends every client session.' })
  updatePortalSettings(@Arg('input', () => UpdatePortalSettingsInput) input: UpdatePortalSettingsInput, @Ctx() ctx: GraphQLContext): Promise<UpdatePortalSettingsPayload> {
    requireStaff(ctx);
    return toPayload(() => new UpdatePortalSettingsPayload(), async (payload) => {
      const admin = adminForMutation(ctx, 'Only firm admins can change the portal settings.');
      payload.portalSettings = await updatePortalSettings(ctx, admin, input);
    });
  }

  @Mutation(() => PreviewInvitationEmailPayload, {
    description: 'Renders an invitation email (the firm’s template or an edited copy) without sending anything. A mutation only because it takes an input; it changes nothing.',
  })
  previewInvitationEmail(@Arg('input', () => PreviewInvitationEmailInput) input: PreviewInvitationEmailInput, @Ctx() ctx: GraphQLContext): Promise<PreviewInvitationEmailPayload> {
    const staff = requireStaff(ctx);
    return toPayload(() => new PreviewInvitationEmailPayload(), async (payload) => {
      const fields = parseInput(previewSchema, input);
      const firm = await ctx.em.findOneOrFail(Firm, { id: staff.firm.id });
      const settings = await portalSettingsOf(ctx.em, firm.id);
      const expiresAt = new Date(ctx.clock.now().getTime() + settings.invitationValidityDays * 24 * 60 * 60 * 1000);
      const rendered = renderInvitationEmail(firm, settings, { name: fields.name, expiresAt, message: fields.message ?? null, subject: fields.subject, body: fields.body });
      const sample = `${ctx.config.publicUrl.origin}/p/${firm.slug}/accept#(personal link)`;
      payload.preview = { subject: rendered.subject, text: rendered.text.replaceAll(LINK_SLOT, sample), html: rendered.html.replaceAll(LINK_SLOT, sample) };
    });
  }
}
