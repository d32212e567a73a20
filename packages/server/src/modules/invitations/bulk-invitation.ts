import { randomBytes, randomUUID } from 'node:crypto';
import type { Opt, Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import type { AppConfig } from '../../config.js';
import type { SecretBox } from '../../crypto/secret-box.js';
import { BaseEntity } from '../../db/base.entity.js';
import { commitWithoutFlush, executeNative, restoreRowTriggers, skipRowTriggers } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import type { Clock, GraphQLContext } from '../../graphql/context.js';
import { isUuid } from '../../graphql/ids.js';
import { UserErrorCode, UserFacingError } from '../../graphql/user-error.js';
import { parseInput } from '../../graphql/validation.js';
import { QUEUES, type JobQueue } from '../../jobs/job-queue.js';
import { hashToken } from '../auth/session.service.js';
import { Firm } from '../firms/firm.entity.js';
import { NAME_SLOT, type RenderedEmail } from '../mail/email-layout.js';
import { copyPermissions } from '../portals/member-permissions.js';
import { MemberStatus } from '../portals/portal.entity.js';
import type { PortalSettings } from '../portal-settings/portal-settings.entity.js';
import { portalSettingsOf } from '../portal-settings/portal-settings.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { insertEmails, insertMembers, type BulkBody, type BulkEmail, type BulkMember } from './bulk-insert.js';
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

  /** The chunks (of CHUNK contacts, by position) already committed; chunks run side by side. */
  @Property({ type: 'json' })
  doneChunks: number[] & Opt = [];

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
  /** Contacts per chunk; CHUNK unless a test wants many small chunks. */
  chunkSize?: number;
}

/**
 * Contacts per transaction. Each chunk costs a fixed handful of round trips, so larger chunks are
 * cheaper per contact; this size keeps a chunk's transaction well under a second.
 */
const CHUNK = 2500;
/**
 * Chunks written at the same time, each in its own transaction on its own connection. The
 * database does most of the work, so two keep two of its cores busy while this process prepares
 * the next; with one connection (the embedded database) they simply take turns.
 */
const PARALLEL_CHUNKS = 2;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Candidate {
  id: string;
  display_name: string;
  archived: boolean;
  email: string | null;
  eligible: boolean;
  portal_id: string | null;
  /** The status of the member row this email already has in the contact's portal, if any. */
  member_status: MemberStatus | null;
  /** The person's active login at the firm, if any. */
  login_id: string | null;
}

/** Fills a shared body's name slot in a subject line, the one part of the text each email keeps. */
function subjectFor(template: RenderedEmail, name: string): string {
  return template.subject.replaceAll(NAME_SLOT, name);
}

/**
 * Works through a run a chunk at a time, PARALLEL_CHUNKS at once. Each chunk is one transaction:
 * one read for the whole chunk, then two multi-row statements (portals, members and activity;
 * shared bodies, invitations and emails), the delivery jobs and the run's progress, which records
 * the chunk as done. Where the database role may, the chunk checks its new rows' references
 * itself, a set at a time, instead of the database checking them row by row (see writeChunk).
 * A resumed run does only the chunks not done; and a contact whose email is already a member of
 * its portal is skipped, so nothing is ever sent twice.
 */
export async function processBulkRun(em: Em, deps: BulkDeps, runId: string): Promise<BulkInvitationRun> {
  const run = await em.findOneOrFail(BulkInvitationRun, { id: runId });
  if (run.status === BulkRunStatus.DONE) return run;
  const staff = run.requestedBy ? await em.findOne(StaffUser, { id: run.requestedBy.id }) : null;
  const firm = await em.findOneOrFail(Firm, { id: run.firm.id });
  run.status = BulkRunStatus.RUNNING;
  await em.flush();
  // The link differs between emails only in its token, after the '#'.
  const linkPrefix = invitationLink(deps.config, firm, '');
  const size = deps.chunkSize ?? CHUNK;
  const chunks: number[] = [];
  for (let chunk = 0; chunk * size < run.contactIds.length; chunk++) if (!run.doneChunks.includes(chunk)) chunks.push(chunk);
  let failed = false;
  const lane = async () => {
    // A chunk that fails stops the others taking new ones; the job is retried, and resumes.
    while (!failed && chunks.length) {
      const chunk = chunks.shift()!;
      try {
        await writeChunk(em, deps, run, staff, firm, linkPrefix, run.contactIds.slice(chunk * size, (chunk + 1) * size), chunk);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL_CHUNKS, chunks.length) }, lane));
  const failure = lanes.find((l): l is PromiseRejectedResult => l.status === 'rejected');
  if (failure) throw failure.reason;
  return em.findOneOrFail(BulkInvitationRun, { id: run.id }, { refresh: true });
}

/** One chunk of a run, in one transaction. */
async function writeChunk(
  em: Em,
  deps: BulkDeps,
  run: BulkInvitationRun,
  staff: StaffUser | null,
  firm: Firm,
  linkPrefix: string,
  ids: string[],
  chunk: number,
): Promise<void> {
  // A fresh context per chunk, so that its commit has only the chunk's few entities to look at.
  await em.fork().transactional(async (tx) => {
    // The commit need not wait for the disk. A chunk whose commit a crash loses (the last fraction
    // of a second) is redone when the job is retried; and none of its emails goes out before the
    // worker's own commit, which writes this one to disk first.
    await commitWithoutFlush(tx);
    const settings = await portalSettingsOf(tx, firm.id);
    // The writes go out one after another on the transaction's connection, none waiting for the
    // answer to the one before; their answers are awaited at the end.
    const sent: Promise<unknown>[] = [];
    const send = (statement: Promise<unknown>) => {
      statement.catch(() => undefined);
      sent.push(statement);
    };
    const skips: BulkSkip[] = [];
    let invited = 0;
    if (!settings.enabled || !staff || !staff.canInviteClients || staff.deactivatedAt) {
      for (const id of ids) skips.push({ contactId: id, name: '', reason: 'The portal is off, or the requester may no longer invite.' });
    } else {
      // Every member row counts, disabled ones too: a portal has one row per email.
      const candidates = (await executeNative(
        tx,
        `select c.id, c.display_name, c.archived_at is not null as archived, e.address as email,
                (c.kind = 'CLIENT' or exists (select 1 from matter_participant p where p.contact_id = c.id and p.role = 'CLIENT')) as eligible,
                p.id as portal_id,
                (select m.status from portal_member m where m.portal_id = p.id and m.email = e.address) as member_status,
                (select u.id from client_user u where u.firm_id = c.firm_id and u.email = e.address and u.disabled_at is null) as login_id
           from contact c
           left join lateral (select e.address from contact_email e where e.contact_id = c.id order by e.is_primary desc, e.position asc limit 1) e on true
           left join portal p on p.contact_id = c.id
          where c.firm_id = $1 and c.id = any($2::uuid[])`,
        [firm.id, ids],
      )) as Candidate[];
      const byId = new Map(candidates.map((c) => [c.id, c]));
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + settings.invitationValidityDays * DAY_MS);
      const permissions = copyPermissions(settings.defaultPermissions);
      const members: BulkMember[] = [];
      for (const id of ids) {
        const contact = byId.get(id);
        if (!contact) {
          skips.push({ contactId: id, name: '', reason: 'No such contact.' });
          continue;
        }
        const skip = (reason: string) => skips.push({ contactId: id, name: contact.display_name, reason });
        if (contact.archived) skip('Archived.');
        else if (!contact.eligible) skip('Not a client.');
        else if (!contact.email) skip('No email address.');
        else if (contact.member_status === MemberStatus.DISABLED) skip('Access was disabled; resend the invitation to enable it again.');
        else if (contact.member_status) skip('Already invited or has access.');
        else {
          members.push({
            memberId: randomUUID(),
            portalId: contact.portal_id ?? randomUUID(),
            newPortal: !contact.portal_id,
            contactId: contact.id,
            clientUserId: contact.login_id,
            name: contact.display_name,
            email: contact.email,
          });
        }
      }
      invited = members.length;
      if (members.length) {
        const context = { firmId: firm.id, staff, now, expiresAt, permissions };
        // Checked by the database one row at a time, the new rows' references (18 for each
        // member) were more than half of its work on a chunk. Where the role may, the chunk
        // checks them itself instead, a set at a time: one statement locks and counts the rows
        // that exist already (see lockReferences), and every other reference is to a row written
        // from the same record, by the same statement or (invitations, emails) the one before.
        // The per-row checks are back on before anything else is written.
        const ownChecks = await skipRowTriggers(tx);
        if (ownChecks) send(lockReferences(tx, firm.id, staff.id, members));
        send(insertMembers(tx, context, members));
        // Let the statement reach the connection, so the database writes the members while the
        // links are made and sealed here.
        await new Promise((resolve) => setImmediate(resolve));
        const { bodies, emails } = await emailsFor(deps, firm, settings, expiresAt, linkPrefix, members);
        send(insertEmails(tx, context, bodies, emails));
        if (ownChecks) send(restoreRowTriggers(tx));
        send(deps.jobs.queueDeliveries(tx, emails.map((e) => e.emailId)));
      }
    }
    // The run's row is the one thing chunks share: each adds its own counts, and the last makes it done.
    send(
      executeNative(
        tx,
        `update bulk_invitation_run
            set processed = processed + $2, invited = invited + $3, skipped = skipped || $4::jsonb, updated_at = $5,
                done_chunks = done_chunks || to_jsonb($6::int),
                status = case when processed + $2 >= total then 'DONE'::bulk_run_status else status end,
                finished_at = case when processed + $2 >= total then $5::timestamptz else finished_at end
          where id = $1 and not done_chunks @> to_jsonb($6::int)
          returning id`,
        [run.id, ids.length, invited, JSON.stringify(skips), deps.clock.now(), chunk],
      ).then((rows) => {
        // Another worker did this chunk meanwhile: roll this one back.
        if (rows.length === 0) throw new Error(`bulk invitation run ${run.id}: chunk ${chunk} is already done`);
      }),
    );
    // The first failure aborts the transaction, and with it every statement after it.
    for (const statement of sent) await statement;
  });
}

/**
 * Locks the existing rows a chunk's new rows refer to, as the per-row reference checks would: the
 * firm, the requester, the members' contacts, and the portals and logins they already have. FOR
 * KEY SHARE lets others edit those rows but not remove them or change their key before the
 * commit. Should one have been removed since the chunk read it, the count falls short and the
 * chunk rolls back; the job's retry then reads it as gone.
 */
function lockReferences(tx: Em, firmId: string, staffId: string, members: BulkMember[]): Promise<void> {
  const contacts = [...new Set(members.map((m) => m.contactId))];
  const portals = [...new Set(members.filter((m) => !m.newPortal).map((m) => m.portalId))];
  const logins = [...new Set(members.flatMap((m) => (m.clientUserId ? [m.clientUserId] : [])))];
  return executeNative(
    tx,
    `with f as (select 1 from firm where id = $1 for key share),
          s as (select 1 from staff_user where id = $2 for key share),
          c as (select 1 from contact where id = any($3::uuid[]) for key share),
          p as (select 1 from portal where id = any($4::uuid[]) for key share),
          u as (select 1 from client_user where id = any($5::uuid[]) for key share)
     select (select count(*) from f)::int + (select count(*) from s)::int as shared,
            (select count(*) from c)::int as contacts, (select count(*) from p)::int as portals, (select count(*) from u)::int as logins`,
    [firmId, staffId, contacts, portals, logins],
  ).then((rows) => {
    const found = rows[0] as { shared: number; contacts: number; portals: number; logins: number };
    if (found.shared !== 2 || found.contacts !== contacts.length || found.portals !== portals.length || found.logins !== logins.length) {
      throw new Error('bulk invitation: a row the chunk refers to was removed meanwhile; the chunk is rolled back');
    }
  });
}

/**
 * One email per member, over at most two bodies rendered once for the chunk (invitation, and
 * access granted for those with a login). Each invitation gets its own random token: only its
 * hash is stored, and the link is sealed until the email is sent. It gives way to other work
 * every LINKS_AT_A_TIME members, so that a chunk beside this one can send its statements
 * meanwhile rather than after all of this chunk's links.
 */
async function emailsFor(
  deps: BulkDeps,
  firm: Firm,
  settings: PortalSettings,
  expiresAt: Date,
  linkPrefix: string,
  members: BulkMember[],
): Promise<{ bodies: BulkBody[]; emails: BulkEmail[] }> {
  const bodies: BulkBody[] = [];
  const shared = (rendered: RenderedEmail): { id: string; template: RenderedEmail } => {
    const body = { id: randomUUID(), text: rendered.text, html: rendered.html };
    bodies.push(body);
    return { id: body.id, template: rendered };
  };
  let invitation: { id: string; template: RenderedEmail } | null = null;
  let granted: { id: string; template: RenderedEmail } | null = null;
  // Random bytes for every token at once; each token is its own 32-byte slice.
  const pending = members.filter((m) => !m.clientUserId).length;
  const random = randomBytes(TOKEN_BYTES * pending);
  let next = 0;
  const emailOf = (member: BulkMember): BulkEmail => {
    const base = { emailId: randomUUID(), memberId: member.memberId, portalId: member.portalId, email: member.email, name: member.name };
    if (member.clientUserId) {
      granted ??= shared(renderAccessGrantedEmail(deps.config, firm, NAME_SLOT, NAME_SLOT));
      return { ...base, subject: subjectFor(granted.template, member.name), bodyId: granted.id, invitationId: null, tokenHash: null, sealedLink: null };
    }
    invitation ??= shared(renderInvitationEmail(firm, settings, { name: NAME_SLOT, expiresAt, message: null }));
    const token = random.subarray(next * TOKEN_BYTES, (next + 1) * TOKEN_BYTES).toString('base64url');
    next += 1;
    return {
      ...base,
      subject: subjectFor(invitation.template, member.name),
      bodyId: invitation.id,
      invitationId: randomUUID(),
      tokenHash: hashToken(token),
      sealedLink: deps.secrets.seal(`${linkPrefix}${token}`),
    };
  };
  const emails: BulkEmail[] = [];
  for (const [i, member] of members.entries()) {
    if (i > 0 && i % LINKS_AT_A_TIME === 0) await new Promise((resolve) => setImmediate(resolve));
    emails.push(emailOf(member));
  }
  return { bodies, emails };
}

const TOKEN_BYTES = 32;
const LINKS_AT_A_TIME = 500;
