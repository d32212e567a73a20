import { Migration } from '@mikro-orm/migrations';

export class Migration20261122014807 extends Migration {

  override name = 'Migration20261122014807';

  override up(): void | Promise<void> {
    this.addSql(`create type "member_status" as enum ('PENDING', 'ACTIVE', 'DISABLED');`);
    this.addSql(`create type "invitation_status" as enum ('PENDING', 'ACCEPTED', 'REPLACED', 'REVOKED', 'EXPIRED');`);
    this.addSql(`create type "email_kind" as enum ('INVITATION', 'ACCESS_GRANTED', 'LOGIN_REMINDER', 'ACCOUNT_CREATED', 'STAFF_NOTIFICATION', 'PASSWORD_RESET');`);
    this.addSql(`create type "email_status" as enum ('QUEUED', 'SENT', 'KEPT', 'FAILED');`);
    this.addSql(`create type "bulk_run_status" as enum ('QUEUED', 'RUNNING', 'DONE');`);
    this.addSql(`create type "activity_action" as enum ('INVITATION_CREATED', 'INVITATION_SENT', 'INVITATION_RESENT', 'INVITATION_LINK_GENERATED', 'INVITATION_OPENED', 'INVITATION_ACCEPTED', 'INVITATION_EXPIRED', 'ACCESS_GRANTED', 'MEMBER_DISABLED', 'MEMBER_REMOVED', 'MEMBER_EMAIL_CHANGED', 'MEMBER_PERMISSIONS_CHANGED', 'LOGIN_REMINDER_SENT', 'PASSWORD_RESET_SENT', 'PASSWORD_CHANGED', 'PORTAL_VIEWED_AS', 'PORTAL_SETTINGS_CHANGED', 'MATTER_SHARED');`);
    this.addSql(`create table "password_reset" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "client_user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_client_user_id_index" on "password_reset" ("client_user_id");`);

    this.addSql(`create table "portal_settings" ("firm_id" uuid not null, "enabled" boolean not null default false, "members_may_invite" boolean not null default false, "default_appointment_requests" boolean not null default false, "default_secure_messaging" boolean not null default true, "default_billing_documents" boolean not null default false, "default_pay_balance" boolean not null default false, "default_invite_others" boolean not null default false, "default_my_details" boolean not null default true, "default_my_documents" boolean not null default true, "invitation_validity_days" smallint not null default 7, "invitation_subject" text not null, "invitation_body" text not null, "terms_of_service" text not null, "terms_version" int not null default 1, "updated_at" timestamptz not null, primary key ("firm_id"));`);

    this.addSql(`create table "portal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "contact_id" uuid not null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "portal" add constraint "portal_contact_id_unique" unique ("contact_id");`);

    this.addSql(`create table "portal_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "portal_id" uuid not null, "contact_id" uuid null, "client_user_id" uuid null, "name" varchar(200) not null, "email" varchar(320) not null, "status" "member_status" not null default 'PENDING', "perm_appointment_requests" boolean not null default false, "perm_secure_messaging" boolean not null default true, "perm_billing_documents" boolean not null default false, "perm_pay_balance" boolean not null default false, "perm_invite_others" boolean not null default false, "perm_my_details" boolean not null default true, "perm_my_documents" boolean not null default true, "invited_by_staff_id" uuid null, "invited_by_member_id" uuid null, "activated_at" timestamptz null, "disabled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "portal_member_firm_id_email_index" on "portal_member" ("firm_id", "email");`);
    this.addSql(`create index "portal_member_client_user_id_index" on "portal_member" ("client_user_id");`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_portal_id_email_unique" unique ("portal_id", "email");`);

    this.addSql(`create table "portal_matter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "portal_id" uuid not null, "matter_id" uuid not null, "shared_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "portal_matter_matter_id_index" on "portal_matter" ("matter_id");`);
    this.addSql(`alter table "portal_matter" add constraint "portal_matter_portal_id_matter_id_unique" unique ("portal_id", "matter_id");`);

    this.addSql(`create table "invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "portal_id" uuid not null, "member_id" uuid not null, "email" varchar(320) not null, "token_hash" varchar(64) not null, "status" "invitation_status" not null default 'PENDING', "expires_at" timestamptz not null, "link_only" boolean not null default false, "message" text null, "invited_by_staff_id" uuid null, "invited_by_member_id" uuid null, "opened_at" timestamptz null, "accepted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "invitation_firm_id_status_expires_at_index" on "invitation" ("firm_id", "status", "expires_at");`);
    this.addSql(`create index "invitation_member_id_index" on "invitation" ("member_id");`);

    this.addSql(`create table "outbox_email" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "kind" "email_kind" not null, "to_address" varchar(320) not null, "to_name" varchar(200) null, "subject" text not null, "text_body" text not null, "html_body" text not null, "sealed_link" text null, "status" "email_status" not null default 'QUEUED', "attempts" smallint not null default 0, "last_error" text null, "sent_at" timestamptz null, "invitation_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "outbox_email_invitation_id_index" on "outbox_email" ("invitation_id");`);
    this.addSql(`create index "outbox_email_firm_id_created_at_index" on "outbox_email" ("firm_id", "created_at");`);

    this.addSql(`create table "bulk_invitation_run" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "requested_by_id" uuid null, "request_key" varchar(100) not null, "contact_ids" jsonb not null, "status" "bulk_run_status" not null default 'QUEUED', "total" int not null, "processed" int not null default 0, "invited" int not null default 0, "skipped" jsonb not null, "finished_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "bulk_invitation_run_firm_id_created_at_index" on "bulk_invitation_run" ("firm_id", "created_at");`);
    this.addSql(`alter table "bulk_invitation_run" add constraint "bulk_invitation_run_firm_id_request_key_unique" unique ("firm_id", "request_key");`);

    this.addSql(`create table "activity_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "occurred_at" timestamptz not null, "action" "activity_action" not null, "actor_staff_id" uuid null, "actor_client_id" uuid null, "actor_name" varchar(200) not null, "portal_id" uuid null, "member_id" uuid null, "contact_id" uuid null, "summary" text not null, "ip_address" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "activity_entry_portal_id_occurred_at_index" on "activity_entry" ("portal_id", "occurred_at");`);
    this.addSql(`create index "activity_entry_firm_id_occurred_at_index" on "activity_entry" ("firm_id", "occurred_at");`);

    this.addSql(`create table "terms_acceptance" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "client_user_id" uuid not null, "version" int not null, "accepted_at" timestamptz not null, "ip_address" varchar(64) null, primary key ("id"));`);
    this.addSql(`create index "terms_acceptance_client_user_id_index" on "terms_acceptance" ("client_user_id");`);

    this.addSql(`alter table "auth_session" add "viewing_staff_id" uuid null, add "viewing_member_id" uuid null;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_viewing_staff_id_foreign" foreign key ("viewing_staff_id") references "staff_user" ("id") on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_viewing_member_id_foreign" foreign key ("viewing_member_id") references "portal_member" ("id") on delete cascade;`);

    this.addSql(`alter table "password_reset" add constraint "password_reset_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_client_user_id_foreign" foreign key ("client_user_id") references "client_user" ("id") on delete cascade;`);

    this.addSql(`alter table "portal_settings" add constraint "portal_settings_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portal" add constraint "portal_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "portal" add constraint "portal_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);
    this.addSql(`alter table "portal" add constraint "portal_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "portal_member" add constraint "portal_member_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete set null;`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_client_user_id_foreign" foreign key ("client_user_id") references "client_user" ("id") on delete set null;`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_invited_by_staff_id_foreign" foreign key ("invited_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "portal_member" add constraint "portal_member_invited_by_member_id_foreign" foreign key ("invited_by_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "portal_matter" add constraint "portal_matter_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_matter" add constraint "portal_matter_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_matter" add constraint "portal_matter_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "portal_matter" add constraint "portal_matter_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "invitation" add constraint "invitation_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on delete cascade;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_staff_id_foreign" foreign key ("invited_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_invited_by_member_id_foreign" foreign key ("invited_by_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "outbox_email" add constraint "outbox_email_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "outbox_email" add constraint "outbox_email_invitation_id_foreign" foreign key ("invitation_id") references "invitation" ("id") on delete set null;`);

    this.addSql(`alter table "bulk_invitation_run" add constraint "bulk_invitation_run_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "bulk_invitation_run" add constraint "bulk_invitation_run_requested_by_id_foreign" foreign key ("requested_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "activity_entry" add constraint "activity_entry_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_actor_staff_id_foreign" foreign key ("actor_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_actor_client_id_foreign" foreign key ("actor_client_id") references "client_user" ("id") on delete set null;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete set null;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on delete set null;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete set null;`);

    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_client_user_id_foreign" foreign key ("client_user_id") references "client_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "portal_member" drop constraint "portal_member_portal_id_foreign";`);
    this.addSql(`alter table "portal_matter" drop constraint "portal_matter_portal_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_portal_id_foreign";`);
    this.addSql(`alter table "activity_entry" drop constraint "activity_entry_portal_id_foreign";`);
    this.addSql(`alter table "portal_member" drop constraint "portal_member_invited_by_member_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_member_id_foreign";`);
    this.addSql(`alter table "invitation" drop constraint "invitation_invited_by_member_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_viewing_member_id_foreign";`);
    this.addSql(`alter table "activity_entry" drop constraint "activity_entry_member_id_foreign";`);
    this.addSql(`alter table "outbox_email" drop constraint "outbox_email_invitation_id_foreign";`);

    this.addSql(`drop table if exists "password_reset" cascade;`);
    this.addSql(`drop table if exists "portal_settings" cascade;`);
    this.addSql(`drop table if exists "portal" cascade;`);
    this.addSql(`drop table if exists "portal_member" cascade;`);
    this.addSql(`drop table if exists "portal_matter" cascade;`);
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`drop table if exists "outbox_email" cascade;`);
    this.addSql(`drop table if exists "bulk_invitation_run" cascade;`);
    this.addSql(`drop table if exists "activity_entry" cascade;`);
    this.addSql(`drop table if exists "terms_acceptance" cascade;`);

    this.addSql(`alter table "auth_session" drop constraint "auth_session_viewing_staff_id_foreign";`);

    this.addSql(`alter table "auth_session" drop column "viewing_staff_id", drop column "viewing_member_id";`);

    this.addSql(`drop type "member_status";`);
    this.addSql(`drop type "invitation_status";`);
    this.addSql(`drop type "email_kind";`);
    this.addSql(`drop type "email_status";`);
    this.addSql(`drop type "bulk_run_status";`);
    this.addSql(`drop type "activity_action";`);
  }

}
