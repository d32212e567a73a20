import { randomBytes, randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import type { AppConfig } from '../../config.js';
import type { SecretBox } from '../../crypto/secret-box.js';
import { BaseEntity } from '../../db/base.entity.js';
import type { Em } from '../../db/orm.js';
import type { Clock, GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { QUEUES, type JobQueue } from '../../jobs/job-queue.js';
import { ActivityAction } from '../activity/activity-entry.entity.js';
import { hashToken } from '../auth/session.service.js';
import { ClientUser } from '../clients/client-user.entity.js';
import { Firm } from '../firms/firm.entity.js';
import { escapeHtml, type RenderedEmail } from '../mail/email-layout.js';
import { EmailKind } from '../mail/outbox-email.entity.js';
import { copyPermissions } from '../portals/member-permissions.js';
import { MemberStatus } from '../portals/portal.entity.js';
import { portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { writeBulkBatch, type BulkBatch } from './bulk-insert.js';
import { invitationLink, renderAccessGrantedEmail, renderInvitationEmail } from './invitation-email.js';
import { assertMayInvite } from './invitation.service.js';

export enum BulkRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
}

registerEnumType(BulkRunStatus, {
  name: 'BulkInvitationStatus',
  description: 'Progress of a bulk invitation.',
  valuesConfig: {
    QUEUED: { description: 'Waiting to start.' },
    RUNNING: { description: 'Sending invitations.' },
    DONE: { description: 'Finished; see invited and skipped.' },
  },
});

@ObjectType({ description: 'A contact a bulk invitation left out, and why.' })
export class BulkSkip {
  @Field(() => ID, { description: 'The contact.' })
  contactId!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'Why it was skipped.' })
  reason!: string;
}

/** One request to invite many clients at once (I5); the request key makes repeats harmless. */
@Entity({ tableName: 'bulk_invitation_run' })
@Unique({ properties: ['firm', 'requestKey'] })
@Index({ properties: ['firm', 'createdAt'] })
@ObjectType({ description: 'A bulk invitation and its progress.' })
export class BulkInvitationRun extends BaseEntity {
  @ManyToOne(() => Firm, { ref: true, deleteRule: 'cascade' })
  firm!: Ref<Firm>;

  @ManyToOne(() => StaffUser, { ref: true, nullable: true, deleteRule: 'set null' })
  requestedBy: Ref<StaffUser> | null = null;

  @Property({ type: 'string', length: 100 })
  requestKey!: string;

  @Property({ type: 'json' })
  contactIds!: string[];

  @Field(() => BulkRunStatus, { description: 'Queued, running or done.' })
  @Enum({ items: () => BulkRunStatus, nativeEnumName: 'bulk_run_status' })
  status: BulkRunStatus & Opt = BulkRunStatus.QUEUED;

  @Field(() => Int, { description: 'Contacts selected.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: 'Contacts handled so far.' })
  @Property({ type: 'integer' })
  processed: number & Opt = 0;

  @Field(() => Int, { description: 'Invitations (or access emails) sent.' })
  @Property({ type: 'integer' })
  invited: number & Opt = 0;

  @Field(() => [BulkSkip], { description: 'Contacts left out, with the reason.' })
  @Property({ type: 'json' })
  skipped: BulkSkip[] & Opt = [];

  @Field(() => Date, { nullable: true, description: 'When it finished.' })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}

const startSchema = z.object({
  contactIds: z.array(z.string()).min(1, 'Select at least one client.').max(10_000, 'Select at most 10000 clients at once.'),
  requestKey: z.string().trim().min(8, 'Give the request a key of 8 to 100 characters.').max(100, 'Give the request a key of 8 to 100 characters.'),
});

/** Records a bulk run and queues its work; the same request key returns the existing run. */
export async function startBulkInvitation(ctx: GraphQLContext, staff: StaffUser, input: { contactIds: string[]; requestKey: string }): Promise<BulkInvitationRun> {
  const fields = parseInput(startSchema, input);
  await assertMayInvite(ctx, ctx.em, staff);
  const existing = await ctx.em.findOne(BulkInvitationRun, { firm: staff.firm.id, requestKey: fields.requestKey });
  if (existing) return existing;
  const contactIds = [...new Set(fields.contactIds.map((id) => id.toLowerCase()))];
  if (contactIds.some((id) => !isUuid(id))) throw UserFacingError.of(UserErrorCode.INVALID_INPUT, 'A selected contact ID is not valid.', ['contactIds']);
  return ctx.em.transactional(async (em) => {
    const run = em.create(BulkInvitationRun, { firm: staff.firm.id, requestedBy: staff, requestKey: fields.requestKey, contactIds, total: contactIds.length });
    await em.flush();
    await ctx.jobs.sendInTransaction(em, QUEUES.bulkInvite, { runId: run.id }, { singletonKey: run.id });
    return run;
  });
}

export interface BulkDeps {
  config: AppConfig;
  jobs: JobQueue;
  secrets: SecretBox;
  clock: Clock;
}

const CHUNK = 1000;
const NAME_SLOT = '%%ATRIUM_NAME%%';

function personalise(template: RenderedEmail, name: string): RenderedEmail {
  return {
    subject: template.subject.replaceAll(NAME_SLOT, name),
    text: template.text.replaceAll(NAME_SLOT, name),
    html: template.html.replaceAll(NAME_SLOT, escapeHtml(name)),
  };
}
const DAY_MS = 24 * 60 * 60 * 1000;

interface Candidate {
  id: string;
  display_name: string;
  kind: string;
  archived: boolean;
  email: string | null;
  eligible: boolean;
  portal_id: string | null;
}

/**
 * Works through a run a chunk at a time. Each chunk is one transaction: a few reads for the
 * whole chunk, then multi-row inserts of portals, members, invitations, emails, jobs and
 * activity. A contact whose email is already a member of its portal is skipped, so a repeated
 * or resumed run sends nothing twice.
 */
export async function processBulkRun(em: Em, deps: BulkDeps, runId: string): Promise<BulkInvitationRun> {
  const run = await em.findOneOrFail(BulkInvitationRun, { id: runId });
  if (run.status === BulkRunStatus.DONE) return run;
  const staff = run.requestedBy ? await em.findOne(StaffUser, { id: run.requestedBy.id }) : null;
  const firm = await em.findOneOrFail(Firm, { id: run.firm.id });
  run.status = BulkRunStatus.RUNNING;
  await em.flush();
  for (let start = run.processed; start < run.contactIds.length; start += CHUNK) {
    const ids = run.contactIds.slice(start, start + CHUNK);
    await em.transactional(async (tx) => {
      const settings = await portalSettingsOf(tx, firm.id);
      const current = await tx.findOneOrFail(BulkInvitationRun, { id: run.id }, { refresh: true });
      const skips: BulkSkip[] = [];
      let invited = 0;
      if (!settings.enabled || !staff || !staff.canInviteClients || staff.deactivatedAt) {
        for (const id of ids) skips.push({ contactId: id, name: '', reason: 'The portal is off, or the requester may no longer invite.' });
      } else {
        const candidates = await tx.execute<Candidate[]>(
          `select c.id, c.display_name, c.kind, c.archived_at is not null as archived,
                  (select e.address from contact_email e where e.contact_id = c.id order by e.is_primary desc, e.position asc limit 1) as email,
                  (c.kind = 'CLIENT' or exists (select 1 from matter_participant p where p.contact_id = c.id and p.role = 'CLIENT')) as eligible,
                  (select p.id from portal p where p.contact_id = c.id) as portal_id
             from contact c where c.firm_id = ? and c.id in (${ids.map(() => '?').join(', ')})`,
          [firm.id, ...ids],
        );
        const byId = new Map(candidates.map((c) => [c.id, c]));
        const emails = candidates.map((c) => c.email).filter((e): e is string => Boolean(e));
        // Every member row counts, disabled ones too: a portal has one row per email.
        const taken = new Map(
          emails.length
            ? (
                await tx.execute<{ key: string; status: MemberStatus }[]>(
                  `select m.portal_id || ':' || m.email as key, m.status from portal_member m where m.firm_id = ? and m.email in (${emails.map(() => '?').join(', ')})`,
                  [firm.id, ...emails],
                )
              ).map((r) => [r.key, r.status])
            : [],
        );
        const logins = new Map(
          emails.length ? (await tx.find(ClientUser, { firm: firm.id, email: { $in: emails }, disabledAt: null })).map((c) => [c.email, c]) : [],
        );
        const now = deps.clock.now();
        const expiresAt = new Date(now.getTime() + settings.invitationValidityDays * DAY_MS);
        const permissions = copyPermissions(settings.defaultPermissions);
        const jobs: { emailId: string }[] = [];
        const batch: BulkBatch = { portals: [], members: [], invitations: [], emails: [], activity: [] };
        // Rendered once per chunk; only the name differs between the emails.
        const template = renderInvitationEmail(firm, settings, { name: NAME_SLOT, expiresAt, message: null });
        for (const id of ids) {
          const contact = byId.get(id);
          if (!contact) {
            skips.push({ contactId: id, name: '', reason: 'No such contact.' });
            continue;
          }
          const skip = (reason: string) => skips.push({ contactId: id, name: contact.display_name, reason });
          if (contact.archived) {
            skip('Archived.');
            continue;
          }
          if (!contact.eligible) {
            skip('Not a client.');
            continue;
          }
          if (!contact.email) {
            skip('No email address.');
            continue;
          }
          const existing = contact.portal_id ? taken.get(`${contact.portal_id}:${contact.email}`) : undefined;
          if (existing === MemberStatus.DISABLED) {
            skip('Access was disabled; resend the invitation to enable it again.');
            continue;
          }
          if (existing) {
            skip('Already invited or has access.');
            continue;
          }
          const portalId = contact.portal_id ?? randomUUID();
          if (!contact.portal_id) batch.portals.push({ id: portalId, contactId: contact.id });
          const login = logins.get(contact.email);
          const memberId = randomUUID();
          batch.members.push({ id: memberId, portalId, contactId: contact.id, clientUserId: login?.id ?? null, name: contact.display_name, email: contact.email });
          const emailId = randomUUID();
          if (login) {
            const rendered = renderAccessGrantedEmail(deps.config, firm, contact.display_name, contact.display_name);
            batch.emails.push({ id: emailId, kind: EmailKind.ACCESS_GRANTED, to: contact.email, toName: contact.display_name, ...rendered, sealedLink: null, invitationId: null });
          } else {
            const token = randomBytes(32).toString('base64url');
            const invitationId = randomUUID();
            batch.invitations.push({ id: invitationId, portalId, memberId, email: contact.email, tokenHash: hashToken(token) });
            const rendered = personalise(template, contact.display_name);
            batch.emails.push({
              id: emailId,
              kind: EmailKind.INVITATION,
              to: contact.email,
              toName: contact.display_name,
              ...rendered,
              sealedLink: deps.secrets.seal(invitationLink(deps.config, firm, token)),
              invitationId,
            });
          }
          jobs.push({ emailId });
          batch.activity.push({
            action: login ? ActivityAction.ACCESS_GRANTED : ActivityAction.INVITATION_CREATED,
            portalId,
            memberId,
            summary: `${staff.name} invited ${contact.display_name} (${contact.email}) to their portal in a bulk invitation.`,
          });
          taken.set(`${portalId}:${contact.email}`, login ? MemberStatus.ACTIVE : MemberStatus.PENDING);
          invited += 1;
        }
        await writeBulkBatch(tx, { firmId: firm.id, staff, now, expiresAt, permissions }, batch);
        await deps.jobs.insertInTransaction(tx, QUEUES.deliverEmail, jobs);
      }
      current.processed = Math.min(current.total, start + ids.length);
      current.invited += invited;
      current.skipped = [...current.skipped, ...skips];
      if (current.processed >= current.total) {
        current.status = BulkRunStatus.DONE;
        current.finishedAt = deps.clock.now();
      }
      await tx.flush();
      run.processed = current.processed;
    });
  }
  return em.findOneOrFail(BulkInvitationRun, { id: run.id }, { refresh: true });
}
