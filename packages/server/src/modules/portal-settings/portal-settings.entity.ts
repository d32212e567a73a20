import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Firm } from '../firms/firm.entity.js';
import { MemberPermissions } from '../portals/member-permissions.js';

export const LINK_PLACEHOLDER = '{{link}}';

export const DEFAULT_INVITATION_SUBJECT = '{{firmName}} invites you to your client portal';
export const DEFAULT_INVITATION_BODY = [
  'Hello {{name}},',
  '',
  '{{firmName}} has set up a secure client portal for you. Use the link below to create your account:',
  '',
  LINK_PLACEHOLDER,
  '',
  'The link works once and expires on {{expiresOn}}. If it has expired, ask us for a new one.',
  '',
  '{{message}}',
  '',
  '{{firmName}}',
].join('\n');

/** What a firm accepts unless it says otherwise: office documents, PDFs, images and archives. */
export const DEFAULT_ALLOWED_FILE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'rtf', 'txt', 'csv', 'jpg', 'jpeg', 'png', 'gif', 'heic', 'tif', 'tiff', 'zip'];

export const DEFAULT_TERMS = [
  'By using this portal you agree to keep your sign-in details private and to tell the firm at once if you think someone else has used them.',
  'Documents and messages in the portal are confidential between you and the firm.',
].join('\n\n');

/** The firm's client portal settings (P1–P6). One row per firm. */
@Entity({ tableName: 'portal_settings' })
@ObjectType({ description: "The firm's client portal settings." })
export class PortalSettings {
  @OneToOne(() => Firm, { primary: true, ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @Field(() => Boolean, { description: 'When off, no client can sign in, accept an invitation or use the API, and no invitation can be sent.' })
  @Property({ type: 'boolean' })
  enabled: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Members with the inviteOthers permission may invite other people to their portal.' })
  @Property({ type: 'boolean' })
  membersMayInvite: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Members with the myDetails permission may change their own email addresses and phone numbers in the portal (S10).' })
  @Property({ type: 'boolean' })
  membersMayEditDetails: boolean & Opt = false;

  @Field(() => Int, {
    description: 'Minutes to wait after a client action before emailing the responsible staff member, so that several actions arrive in one email (0 to 120).',
  })
  @Property({ type: 'smallint' })
  notificationDelayMinutes: number & Opt = 5;

  @Field(() => MemberPermissions, { description: 'Permissions a new member starts with.' })
  @Embedded(() => MemberPermissions, { prefix: 'default_' })
  defaultPermissions: MemberPermissions & Opt = new MemberPermissions();

  @Field(() => Int, { description: 'How many days an invitation link stays valid (1 to 30).' })
  @Property({ type: 'smallint' })
  invitationValidityDays: number & Opt = 7;

  @Field(() => String, { description: 'Subject of invitation emails. Placeholders: {{firmName}}, {{name}}.' })
  @Property({ type: 'text', default: null, ignoreSchemaChanges: ['default'] })
  invitationSubject: string & Opt = DEFAULT_INVITATION_SUBJECT;

  @Field(() => String, {
    description: 'Body of invitation emails. Must contain {{link}}; may use {{firmName}}, {{name}}, {{expiresOn}}, {{message}}.',
  })
  @Property({ type: 'text', default: null, ignoreSchemaChanges: ['default'] })
  invitationBody: string & Opt = DEFAULT_INVITATION_BODY;

  @Field(() => String, { description: 'Terms of Service a client accepts when creating an account.' })
  @Property({ type: 'text', default: null, ignoreSchemaChanges: ['default'] })
  termsOfService: string & Opt = DEFAULT_TERMS;

  @Field(() => Int, { description: 'Version of the Terms of Service; goes up by one each time the text changes.' })
  @Property({ type: 'integer' })
  termsVersion: number & Opt = 1;

  @Field(() => Int, { description: 'Largest file, in megabytes, that staff or clients may upload (1 to 2048).' })
  @Property({ type: 'integer' })
  uploadMaxMegabytes: number & Opt = 50;

  @Field(() => [String], { description: 'File name extensions (lower case, without the dot) that may be uploaded.' })
  @Property({ type: 'text[]', default: null, ignoreSchemaChanges: ['default'] })
  allowedFileTypes: string[] & Opt = [...DEFAULT_ALLOWED_FILE_TYPES];

  @Field(() => Date, { description: 'When the settings last changed.' })
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
