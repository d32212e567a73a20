import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Payload, toPayload } from '../../graphql/user-error.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { SessionAudience } from './auth-session.entity.js';
import { signInClient, signInStaff, signOut } from './sign-in.service.js';

@InputType({ description: 'Email and password of a staff member.' })
class SignInInput {
  @Field(() => String, { description: 'The staff member’s email address.' })
  email!: string;

  @Field(() => String, { description: 'The password.' })
  password!: string;
}

@ObjectType({ description: 'Result of signInStaff.' })
class SignInStaffPayload extends Payload {
  @Field(() => StaffUser, { nullable: true, description: 'The signed-in staff member; null on failure.' })
  staff: StaffUser | null = null;
}

@InputType({ description: "Email and password of a client user, at one firm's portal." })
class SignInClientInput {
  @Field(() => String, { description: "The firm's slug from its login address /p/{slug}." })
  firmSlug!: string;

  @Field(() => String, { description: 'The client user’s email address.' })
  email!: string;

  @Field(() => String, { description: 'The password.' })
  password!: string;
}

@ObjectType({ description: 'Result of signInClient.' })
class SignInClientPayload extends Payload {
  @Field(() => ClientUser, { nullable: true, description: 'The signed-in client user; null on failure.' })
  client: ClientUser | null = null;
}

@ObjectType({ description: 'Result of a sign-out.' })
class SignOutPayload extends Payload {
  @Field(() => Boolean, { description: 'True once the session has ended.' })
  signedOut = false;
}

@Resolver()
export class AuthResolver {
  @Query(() => StaffUser, { nullable: true, description: 'The signed-in staff member, or null.' })
  viewer(@Ctx() ctx: GraphQLContext): StaffUser | null {
    return ctx.staff;
  }

  @Query(() => ClientUser, {
    nullable: true,
    description: "The signed-in client user at the firm named by the request's portal address, or null.",
  })
  clientViewer(@Ctx() ctx: GraphQLContext): ClientUser | null {
    return ctx.client;
  }

  @Mutation(() => SignInStaffPayload, {
    description: 'Signs a staff member in and sets the session cookie. Failed attempts are throttled.',
  })
  signInStaff(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: GraphQLContext): Promise<SignInStaffPayload> {
    return toPayload(() => new SignInStaffPayload(), async (payload) => {
      payload.staff = await signInStaff(ctx, input.email, input.password);
    });
  }

  @Mutation(() => SignOutPayload, { description: "Ends the staff member's current session." })
  signOutStaff(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    return toPayload(() => new SignOutPayload(), async (payload) => {
      await signOut(ctx, SessionAudience.STAFF);
      payload.signedOut = true;
    });
  }

  @Mutation(() => SignInClientPayload, {
    description: "Signs a client user in at one firm's portal and sets the client session cookie. Failed attempts are throttled.",
  })
  signInClient(
    @Arg('input', () => SignInClientInput) input: SignInClientInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignInClientPayload> {
    return toPayload(() => new SignInClientPayload(), async (payload) => {
      payload.client = await signInClient(ctx, input.firmSlug, input.email, input.password);
    });
  }

  @Mutation(() => SignOutPayload, { description: "Ends the client user's current session." })
  signOutClient(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    return toPayload(() => new SignOutPayload(), async (payload) => {
      await signOut(ctx, SessionAudience.CLIENT);
      payload.signedOut = true;
    });
  }
}
