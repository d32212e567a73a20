import { executeNative } from '../../db/native-sql.js';
import type { Em } from '../../db/orm.js';
import type { ActivityAction } from '../activity/activity-entry.entity.js';
import type { EmailKind } from '../mail/outbox-email.entity.js';
import type { MemberPermissions } from '../portals/member-permissions.js';
import type { StaffUser } from '../staff/staff-user.entity.js';

/** The rows one chunk of a bulk invitation writes, gathered first and then inserted set-wise. */
export interface BulkBatch {
  portals: { id: string; contactId: string }[];
  members: { id: string; portalId: string; contactId: string; clientUserId: string | null; name: string; email: string }[];
  invitations: { id: string; portalId: string; memberId: string; email: string; tokenHash: string }[];
  emails: { id: string; kind: EmailKind; to: string; toName: string; subject: string; text: string; html: string; sealedLink: string | null; invitationId: string | null }[];
  activity: { action: ActivityAction; portalId: string; memberId: string; summary: string }[];
}

export interface BulkContext {
  firmId: string;
  staff: StaffUser;
  now: Date;
  expiresAt: Date;
  permissions: MemberPermissions;
}

/**
 * One INSERT … SELECT FROM unnest(…) per table: each statement carries a column of values per
 * field rather than a placeholder per cell, so thousands of rows cost a handful of round trips.
 */
export async function writeBulkBatch(em: Em, ctx: BulkContext, batch: BulkBatch): Promise<void> {
  const { firmId, staff, now, expiresAt, permissions: p } = ctx;
  if (batch.portals.length) {
    await executeNative(
      em,
      `insert into portal (id, created_at, updated_at, firm_id, contact_id, created_by_id)
       select t.id, $1::timestamptz, $2::timestamptz, $3::uuid, t.contact_id, $4::uuid from unnest($5::uuid[], $6::uuid[]) as t(id, contact_id)`,
      [now, now, firmId, staff.id, batch.portals.map((r) => r.id), batch.portals.map((r) => r.contactId)],
    );
  }
  if (batch.members.length) {
    await executeNative(
      em,
      `insert into portal_member (id, created_at, updated_at, firm_id, portal_id, contact_id, client_user_id, name, email, status,
         perm_appointment_requests, perm_secure_messaging, perm_billing_documents, perm_pay_balance, perm_invite_others, perm_my_details, perm_my_documents,
         invited_by_staff_id, activated_at)
       select t.id, $1::timestamptz, $2::timestamptz, $3::uuid, t.portal_id, t.contact_id, t.client_user_id, t.name, t.email,
              (case when t.client_user_id is null then 'PENDING' else 'ACTIVE' end)::member_status,
              $4::boolean, $5::boolean, $6::boolean, $7::boolean, $8::boolean, $9::boolean, $10::boolean, $11::uuid, case when t.client_user_id is null then null else $12::timestamptz end
         from unnest($13::uuid[], $14::uuid[], $15::uuid[], $16::uuid[], $17::text[], $18::text[]) as t(id, portal_id, contact_id, client_user_id, name, email)`,
      [
        now, now, firmId,
        p.appointmentRequests, p.secureMessaging, p.billingDocuments, p.payBalance, p.inviteOthers, p.myDetails, p.myDocuments,
        staff.id, now,
        batch.members.map((r) => r.id), batch.members.map((r) => r.portalId), batch.members.map((r) => r.contactId),
        batch.members.map((r) => r.clientUserId), batch.members.map((r) => r.name), batch.members.map((r) => r.email),
      ],
    );
  }
  if (batch.invitations.length) {
    await executeNative(
      em,
      `insert into invitation (id, created_at, updated_at, firm_id, portal_id, member_id, email, token_hash, status, expires_at, link_only, invited_by_staff_id)
       select t.id, $1::timestamptz, $2::timestamptz, $3::uuid, t.portal_id, t.member_id, t.email, t.token_hash, 'PENDING', $4::timestamptz, false, $5::uuid
         from unnest($6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::text[]) as t(id, portal_id, member_id, email, token_hash)`,
      [
        now, now, firmId, expiresAt, staff.id,
        batch.invitations.map((r) => r.id), batch.invitations.map((r) => r.portalId), batch.invitations.map((r) => r.memberId),
        batch.invitations.map((r) => r.email), batch.invitations.map((r) => r.tokenHash),
      ],
    );
  }
  if (batch.emails.length) {
    await executeNative(
      em,
      `insert into outbox_email (id, created_at, updated_at, firm_id, kind, to_address, to_name, subject, text_body, html_body, sealed_link, status, attempts, invitation_id)
       select t.id, $1::timestamptz, $2::timestamptz, $3::uuid, t.kind::email_kind, t.to_address, t.to_name, t.subject, t.text_body, t.html_body, t.sealed_link, 'QUEUED', 0, t.invitation_id
         from unnest($4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::uuid[])
           as t(id, kind, to_address, to_name, subject, text_body, html_body, sealed_link, invitation_id)`,
      [
        now, now, firmId,
        batch.emails.map((r) => r.id), batch.emails.map((r) => r.kind), batch.emails.map((r) => r.to), batch.emails.map((r) => r.toName),
        batch.emails.map((r) => r.subject), batch.emails.map((r) => r.text), batch.emails.map((r) => r.html),
        batch.emails.map((r) => r.sealedLink), batch.emails.map((r) => r.invitationId),
      ],
    );
  }
  if (batch.activity.length) {
    await executeNative(
      em,
      `insert into activity_entry (id, created_at, updated_at, firm_id, occurred_at, action, actor_staff_id, actor_name, portal_id, member_id, summary)
       select gen_random_uuid(), $1::timestamptz, $2::timestamptz, $3::uuid, $4::timestamptz, t.action::activity_action, $5::uuid, $6::text, t.portal_id, t.member_id, t.summary
         from unnest($7::text[], $8::uuid[], $9::uuid[], $10::text[]) as t(action, portal_id, member_id, summary)`,
      [
        now, now, firmId, now, staff.id, staff.name,
        batch.activity.map((r) => r.action), batch.activity.map((r) => r.portalId), batch.activity.map((r) => r.memberId), batch.activity.map((r) => r.summary),
      ],
    );
  }
}
