import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { adminForMutation, requireStaff, type GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { Firm } from './firm.entity.js';

@ObjectType({ description: "What anyone may see of a firm at its login address: its name and branding." })
export class FirmBranding {
  @Field(() => String, { description: "The firm's name." })
  name!: string;

  @Field(() => String, { description: "Short name in the firm's login address: /p/{slug}." })
  slug!: string;

  @Field(() => String, { nullable: true, description: "Address of the firm's logo image." })
  logoUrl!: string | null;

  @Field(() => String, { description: 'Accent colour, as #rrggbb.' })
  accentColor!: string;
}

export function brandingOf(firm: Firm): FirmBranding {
  return { name: firm.name, slug: firm.slug, logoUrl: firm.logoUrl, accentColor: firm.accentColor };
}

@InputType({ description: "Changes to the firm's name and branding; omitted fields stay as they are." })
class UpdateFirmInput {
  @Field(() => String, { nullable: true, description: "The firm's name." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent colour, as #rrggbb.' })
  accentColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (https) of the logo image; an empty string removes it.' })
  logoUrl?: string | null;
}

const updateFirmSchema = z.object({
  name: z.string().trim().min(1, 'Enter the firm’s name.').max(200, 'Use at most 200 characters.').nullish(),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1f5f8b.')
    .transform((value) => value.toLowerCase())
    .nullish(),
  logoUrl: z
    .string()
    .trim()
    .max(2000, 'Use at most 2000 characters.')
    .refine((value) => value === '' || /^https:\/\/\S+$/.test(value), 'Use an https:// address.')
    .nullish(),
});

@ObjectType({ description: 'Result of updateFirm.' })
class UpdateFirmPayload extends Payload {
  @Field(() => Firm, { nullable: true, description: 'The firm as it is now.' })
  firm: Firm | null = null;
}

@Resolver()
export class FirmResolver {
  @Query(() => Firm, { description: "The signed-in staff member's firm." })
  async firm(@Ctx() ctx: GraphQLContext): Promise<Firm> {
    const staff = requireStaff(ctx);
    return ctx.em.findOneOrFail(Firm, { id: staff.firm.id });
  }

  @Query(() => FirmBranding, {
    nullable: true,
    description: "A firm's name and branding by the slug of its login address; null when no firm has that address.",
  })
  async firmBranding(@Arg('slug', () => String, { description: 'The slug from /p/{slug}.' }) slug: string, @Ctx() ctx: GraphQLContext): Promise<FirmBranding | null> {
    const firm = await ctx.em.findOne(Firm, { slug: slug.trim().toLowerCase() });
    return firm ? brandingOf(firm) : null;
  }

  @Mutation(() => UpdateFirmPayload, { description: "Changes the firm's name and branding. Admins only." })
  updateFirm(@Arg('input', () => UpdateFirmInput) input: UpdateFirmInput, @Ctx() ctx: GraphQLContext): Promise<UpdateFirmPayload> {
    requireStaff(ctx);
    return toPayload(() => new UpdateFirmPayload(), async (payload) => {
      const admin = adminForMutation(ctx, 'Only firm admins can change the firm’s settings.');
      const changes = parseInput(updateFirmSchema, input);
      const firm = await ctx.em.findOneOrFail(Firm, { id: admin.firm.id });
      if (changes.name != null) firm.name = changes.name;
      if (changes.accentColor != null) firm.accentColor = changes.accentColor;
      if (changes.logoUrl != null) firm.logoUrl = changes.logoUrl === '' ? null : changes.logoUrl;
      await ctx.em.flush();
      payload.firm = firm;
    });
  }
}
