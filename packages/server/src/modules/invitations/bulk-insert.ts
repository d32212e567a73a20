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
 * Portals, members and their activity entries, in one statement. The rows travel as one JSON
 * parameter (serialised natively, unlike a parameter per column) and the three inserts read them
 * through json_to_recordset. Each member and activity entry refers to the portal and member
 * written from its own record; where the database checks references row by row, it does so at
 * the end of the statement, when all three are written.
 */
export function insertMembers(em: Em, ctx: BulkContext, members: BulkMember[]): Promise<unknown[]> {
  const { firmId, staff, now, permissions: p } = ctx;
  return executeNative(
    em,
    `with t as (
       select * from json_to_recordset($5::json)
         as t("memberId" uuid, "portalId" uuid, "newPortal" boolean, "contactId" uuid, "clientUserId" uuid, name text, email text)
     ), portals as (
       insert into portal (id, created_at, updated_at, firm_id, contact_id, created_by_id)
       select t."portalId", $1::timestamptz, $1::timestamptz, $2::uuid, t."contactId", $3::uuid from t where t."newPortal"
     ), members as (
       insert into portal_member (id, created_at, updated_at, firm_id, portal_id, contact_id, client_user_id, name, email, status,
         perm_appointment_requests, perm_secure_messaging, perm_billing_documents, perm_pay_balance, perm_invite_others, perm_my_details, perm_my_documents,
         invited_by_staff_id, activated_at)
       select t."memberId", $1::timestamptz, $1::timestamptz, $2::uuid, t."portalId", t."contactId", t."clientUserId", t.name, t.email,
              (case when t."clientUserId" is null then 'PENDING' else 'ACTIVE' end)::member_status,
              $6::boolean, $7::boolean, $8::boolean, $9::boolean, $10::boolean, $11::boolean, $12::boolean,
              $3::uuid, case when t."clientUserId" is null then null else $1::timestamptz end
         from t
     )
     insert into activity_entry (id, created_at, updated_at, firm_id, occurred_at, action, actor_staff_id, actor_name, portal_id, member_id, summary)
     select gen_random_uuid(), $1::timestamptz, $1::timestamptz, $2::uuid, $1::timestamptz,
            (case when t."clientUserId" is null then 'INVITATION_CREATED' else 'ACCESS_GRANTED' end)::activity_action,
            $3::uuid, $4::text, t."portalId", t."memberId",
            $4::text || ' invited ' || t.name || ' (' || t.email || ') to their portal in a bulk invitation.'
       from t`,
    [
      now, firmId, staff.id, staff.name, JSON.stringify(members),
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
       select * from json_to_recordset($5::json)
         as t("emailId" uuid, "memberId" uuid, "portalId" uuid, email text, name text, subject text, "bodyId" uuid, "invitationId" uuid, "tokenHash" text, "sealedLink" text)
     ), bodies as (
       insert into outbox_body (id, created_at, updated_at, firm_id, text, html)
       select b.id, $1::timestamptz, $1::timestamptz, $2::uuid, b.text, b.html from json_to_recordset($6::json) as b(id uuid, text text, html text)
     ), invitations as (
       insert into invitation (id, created_at, updated_at, firm_id, portal_id, member_id, email, token_hash, status, expires_at, link_only, invited_by_staff_id)
       select t."invitationId", $1::timestamptz, $1::timestamptz, $2::uuid, t."portalId", t."memberId", t.email, t."tokenHash", 'PENDING', $3::timestamptz, false, $4::uuid
         from t where t."invitationId" is not null
     )
     insert into outbox_email (id, created_at, updated_at, firm_id, kind, to_address, to_name, subject, body_id, sealed_link, status, attempts, invitation_id)
     select t."emailId", $1::timestamptz, $1::timestamptz, $2::uuid,
            (case when t."invitationId" is null then 'ACCESS_GRANTED' else 'INVITATION' end)::email_kind,
            t.email, t.name, t.subject, t."bodyId", t."sealedLink", 'QUEUED', 0, t."invitationId"
       from t`,
    [now, firmId, expiresAt, staff.id, JSON.stringify(emails), JSON.stringify(bodies)],
  );
}
