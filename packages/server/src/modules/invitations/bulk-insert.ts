import { executeNative } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import type { MemberPermissions } from '../portals/member-permissions.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

/** A person a chunk adds to a portal: the portal (new or not), the member and who they are. */
export interface BulkMember {
  memberId: string;
  portalId: string;
  newPortal: boolean;
  contactId: string;
  /** Their login at the firm, when they have one: then access is granted at once. */
  clientUserId: string | null;
  name: string;
  email: string;
}

/** The email a member gets (and, without a login, the invitation its link opens). */
export interface BulkEmail {
  emailId: string;
  memberId: string;
  portalId: string;
  email: string;
  name: string;
  subject: string;
  bodyId: string;
  /** Null for an access-granted email. */
  invitationId: string | null;
  tokenHash: string | null;
  sealedLink: string | null;
}

/** A body the chunk's emails share, with the name and link slots. */
export interface BulkBody {
  id: string;
  text: string;
  html: string;
}

export interface BulkContext {
  firmId: string;
  staff: StaffUser;
  now: Date;
  expiresAt: Date;
  permissions: MemberPermissions;
}

/**
 * Portals, members and their activity entries, in one statement: each column travels once as an
 * array and the three inserts read it through unnest. The foreign keys between the new rows are
 * checked at the end of the statement, when all three are written.
 */
export function insertMembers(em: Em, ctx: BulkContext, members: BulkMember[]): Promise<unknown[]> {
  const { firmId, staff, now, permissions: p } = ctx;
  return executeNative(
    em,
    `with t as (
       select * from unnest($6::uuid[], $7::uuid[], $8::boolean[], $9::uuid[], $10::uuid[], $11::text[], $12::text[])
         as t(member_id, portal_id, new_portal, contact_id, client_user_id, name, email)
     ), portals as (
       insert into portal (id, created_at, updated_at, firm_id, contact_id, created_by_id)
       select t.portal_id, $1::timestamptz, $1::timestamptz, $2::uuid, t.contact_id, $3::uuid from t where t.new_portal
     ), members as (
       insert into portal_member (id, created_at, updated_at, firm_id, portal_id, contact_id, client_user_id, name, email, status,
         perm_appointment_requests, perm_secure_messaging, perm_billing_documents, perm_pay_balance, perm_invite_others, perm_my_details, perm_my_documents,
         invited_by_staff_id, activated_at)
       select t.member_id, $1::timestamptz, $1::timestamptz, $2::uuid, t.portal_id, t.contact_id, t.client_user_id, t.name, t.email,
              (case when t.client_user_id is null then 'PENDING' else 'ACTIVE' end)::member_status,
              $13::boolean, $14::boolean, $15::boolean, $16::boolean, $17::boolean, $18::boolean, $19::boolean,
              $3::uuid, case when t.client_user_id is null then null else $1::timestamptz end
         from t
     )
     insert into activity_entry (id, created_at, updated_at, firm_id, occurred_at, action, actor_staff_id, actor_name, portal_id, member_id, summary)
     select gen_random_uuid(), $1::timestamptz, $1::timestamptz, $2::uuid, $1::timestamptz,
            (case when t.client_user_id is null then 'INVITATION_CREATED' else 'ACCESS_GRANTED' end)::activity_action,
            $3::uuid, $4::text, t.portal_id, t.member_id,
            $5::text || ' invited ' || t.name || ' (' || t.email || ') to their portal in a bulk invitation.'
       from t`,
    [
      now, firmId, staff.id, staff.name, staff.name,
      members.map((m) => m.memberId), members.map((m) => m.portalId), members.map((m) => m.newPortal), members.map((m) => m.contactId),
      members.map((m) => m.clientUserId), members.map((m) => m.name), members.map((m) => m.email),
      p.appointmentRequests, p.secureMessaging, p.billingDocuments, p.payBalance, p.inviteOthers, p.myDetails, p.myDocuments,
    ],
  );
}

/**
 * The shared bodies, the invitations and one outbox row per email, in one statement. Each row
 * carries only what is its own (address, name, subject, sealed link); the body is written once.
 */
export function insertEmails(em: Em, ctx: BulkContext, bodies: BulkBody[], emails: BulkEmail[]): Promise<unknown[]> {
  const { firmId, staff, now, expiresAt } = ctx;
  return executeNative(
    em,
    `with t as (
       select * from unnest($5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::uuid[], $13::text[], $14::text[])
         as t(email_id, member_id, portal_id, address, name, subject, body_id, invitation_id, token_hash, sealed_link)
     ), bodies as (
       insert into outbox_body (id, created_at, updated_at, firm_id, text, html)
       select b.id, $1::timestamptz, $1::timestamptz, $2::uuid, b.text, b.html from unnest($15::uuid[], $16::text[], $17::text[]) as b(id, text, html)
     ), invitations as (
       insert into invitation (id, created_at, updated_at, firm_id, portal_id, member_id, email, token_hash, status, expires_at, link_only, invited_by_staff_id)
       select t.invitation_id, $1::timestamptz, $1::timestamptz, $2::uuid, t.portal_id, t.member_id, t.address, t.token_hash, 'PENDING', $3::timestamptz, false, $4::uuid
         from t where t.invitation_id is not null
     )
     insert into outbox_email (id, created_at, updated_at, firm_id, kind, to_address, to_name, subject, body_id, sealed_link, status, attempts, invitation_id)
     select t.email_id, $1::timestamptz, $1::timestamptz, $2::uuid,
            (case when t.invitation_id is null then 'ACCESS_GRANTED' else 'INVITATION' end)::email_kind,
            t.address, t.name, t.subject, t.body_id, t.sealed_link, 'QUEUED', 0, t.invitation_id
       from t`,
    [
      now, firmId, expiresAt, staff.id,
      emails.map((e) => e.emailId), emails.map((e) => e.memberId), emails.map((e) => e.portalId), emails.map((e) => e.email),
      emails.map((e) => e.name), emails.map((e) => e.subject), emails.map((e) => e.bodyId), emails.map((e) => e.invitationId),
      emails.map((e) => e.tokenHash), emails.map((e) => e.sealedLink),
      bodies.map((b) => b.id), bodies.map((b) => b.text), bodies.map((b) => b.html),
    ],
  );
}
