import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Payload } from '../../graphql/user-error.js';

@ObjectType({ description: 'One of the member’s email addresses, as they see it in My Details.' })
export class MyEmailAddress {
  @Field(() => String, { description: 'The address.' })
  address!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "work" or "home".' })
  label!: string | null;

  @Field(() => Boolean, { description: 'The primary address.' })
  isPrimary!: boolean;

  @Field(() => Boolean, { description: 'The address the member signs in with. It stays on the details; only the firm changes it.' })
  isLoginEmail!: boolean;
}

@ObjectType({ description: 'One of the member’s phone numbers, as they see it in My Details.' })
export class MyPhoneNumber {
  @Field(() => String, { description: 'The number as entered.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "mobile" or "office".' })
  label!: string | null;

  @Field(() => Boolean, { description: 'The primary number.' })
  isPrimary!: boolean;
}

@ObjectType({ description: "The signed-in member's own contact details as the firm keeps them (S10)." })
export class MyDetails {
  @Field(() => ID, { description: 'The membership these details are shown for.' })
  id!: string;

  @Field(() => String, { description: 'Name, as the firm keeps it.' })
  name!: string;

  @Field(() => String, { description: 'The email address the member signs in with; the firm changes it.' })
  loginEmail!: string;

  @Field(() => Boolean, { description: 'False when the firm keeps no contact record for the member: only the name and sign-in email are shown.' })
  hasContact!: boolean;

  @Field(() => [MyEmailAddress], { description: 'Email addresses, primary first.' })
  emails!: MyEmailAddress[];

  @Field(() => [MyPhoneNumber], { description: 'Phone numbers, primary first.' })
  phones!: MyPhoneNumber[];

  @Field(() => Boolean, { description: 'True when the member may change their addresses and numbers here now: the firm allows it and nobody is only viewing.' })
  editable!: boolean;
}

@InputType({ description: 'One email address in My Details.' })
export class MyEmailAddressInput {
  @Field(() => String, { description: 'The address.' })
  address!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "work" or "home".' })
  label?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The primary address. When none is marked, the first is primary.' })
  isPrimary!: boolean;
}

@InputType({ description: 'One phone number in My Details.' })
export class MyPhoneNumberInput {
  @Field(() => String, { description: 'The number.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'A label such as "mobile" or "office".' })
  label?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'The primary number. When none is marked, the first is primary.' })
  isPrimary!: boolean;
}

@InputType({ description: "Changes the signed-in member's own email addresses and phone numbers; the lists replace the stored ones." })
export class UpdateMyDetailsInput {
  @Field(() => ID, { description: 'The portal the member is working in.' })
  portalId!: string;

  @Field(() => [MyEmailAddressInput], { description: 'Every email address, the sign-in address included (it cannot be removed or changed here).' })
  emails!: MyEmailAddressInput[];

  @Field(() => [MyPhoneNumberInput], { description: 'Every phone number.' })
  phones!: MyPhoneNumberInput[];
}

@ObjectType({ description: 'Result of updateMyDetails.' })
export class UpdateMyDetailsPayload extends Payload {
  @Field(() => MyDetails, { nullable: true, description: 'The details as they are now.' })
  myDetails: MyDetails | null = null;

  @Field(() => Boolean, { description: 'False when the lists were the same as before: nothing was recorded.' })
  changed = false;
}
