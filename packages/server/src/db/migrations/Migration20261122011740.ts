import { Migration } from '@mikro-orm/migrations';

export class Migration20261122011740 extends Migration {

  override name = 'Migration20261122011740';

  override up(): void | Promise<void> {
    this.addSql(`create type "contact_type" as enum ('PERSON', 'ORGANIZATION');`);
    this.addSql(`create type "contact_kind" as enum ('CLIENT', 'PROSPECT', 'SUPPLIER', 'OTHER');`);
    this.addSql(`create type "contact_relationship" as enum ('SPOUSE', 'PARTNER', 'FAMILY_MEMBER', 'EMPLOYEE_OF', 'EMPLOYER_OF');`);
    this.addSql(`create type "staff_role" as enum ('ADMIN', 'STAFF');`);
    this.addSql(`create type "matter_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "participant_role" as enum ('CLIENT', 'OPPOSING_PARTY', 'OPPOSING_COUNSEL', 'WITNESS', 'EXPERT', 'OTHER');`);
    this.addSql(`create type "session_audience" as enum ('staff', 'client');`);
    this.addSql(`create table "firm" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "slug" varchar(63) not null, "logo_url" text null, "accent_color" varchar(7) not null default '#1f5f8b', primary key ("id"));`);
    this.addSql(`alter table "firm" add constraint "firm_slug_unique" unique ("slug");`);

    this.addSql(`create table "contact" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "type" "contact_type" not null, "kind" "contact_kind" not null, "first_name" varchar(100) null, "last_name" varchar(100) null, "organization_name" varchar(200) null, "display_name" varchar(250) not null, "sort_name" varchar(250) not null, "notes" text null, "archived_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "contact_firm_id_sort_name_id_index" on "contact" ("firm_id", "sort_name", "id");`);

    this.addSql(`create table "contact_phone" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "contact_id" uuid not null, "number" varchar(40) not null, "label" varchar(50) null, "is_primary" boolean not null default false, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "contact_phone_contact_id_index" on "contact_phone" ("contact_id");`);

    this.addSql(`create table "contact_link" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "contact_id" uuid not null, "linked_contact_id" uuid not null, "relationship" "contact_relationship" not null, primary key ("id"));`);
    this.addSql(`create index "contact_link_linked_contact_id_index" on "contact_link" ("linked_contact_id");`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_contact_id_linked_contact_id_unique" unique ("contact_id", "linked_contact_id");`);

    this.addSql(`create table "contact_email" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "contact_id" uuid not null, "address" varchar(320) not null, "label" varchar(50) null, "is_primary" boolean not null default false, "position" smallint not null default 0, primary key ("id"));`);
    this.addSql(`create index "contact_email_contact_id_index" on "contact_email" ("contact_id");`);
    this.addSql(`create index "contact_email_address_index" on "contact_email" ("address");`);

    this.addSql(`create table "client_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "password_hash" text not null, "disabled_at" timestamptz null, "last_sign_in_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "client_user_firm_id_name_index" on "client_user" ("firm_id", "name");`);
    this.addSql(`alter table "client_user" add constraint "client_user_firm_id_email_unique" unique ("firm_id", "email");`);

    this.addSql(`create table "sign_in_throttle" ("key" varchar(400) not null, "failures" int not null, "window_started_at" timestamptz not null, "locked_until" timestamptz null, primary key ("key"));`);

    this.addSql(`create table "staff_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "password_hash" text not null, "role" "staff_role" not null default 'STAFF', "can_invite_clients" boolean not null default false, "can_share_items" boolean not null default false, "deactivated_at" timestamptz null, "last_sign_in_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);
    this.addSql(`create index "staff_user_firm_id_name_index" on "staff_user" ("firm_id", "name");`);

    this.addSql(`create table "matter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "number" varchar(40) not null, "name" varchar(200) not null, "sort_name" varchar(200) not null, "description" text null, "responsible_staff_id" uuid not null, "status" "matter_status" not null default 'OPEN', "closed_at" timestamptz null, "archived_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "matter_responsible_staff_id_index" on "matter" ("responsible_staff_id");`);
    this.addSql(`create index "matter_firm_id_sort_name_id_index" on "matter" ("firm_id", "sort_name", "id");`);
    this.addSql(`alter table "matter" add constraint "matter_firm_id_number_unique" unique ("firm_id", "number");`);

    this.addSql(`create table "matter_participant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "matter_id" uuid not null, "contact_id" uuid not null, "role" "participant_role" not null, primary key ("id"));`);
    this.addSql(`create index "matter_participant_contact_id_index" on "matter_participant" ("contact_id");`);
    this.addSql(`alter table "matter_participant" add constraint "matter_participant_matter_id_contact_id_unique" unique ("matter_id", "contact_id");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "audience" "session_audience" not null, "firm_id" uuid not null, "staff_user_id" uuid null, "client_user_id" uuid null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip_address" varchar(64) null, "user_agent" varchar(300) null, primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_client_user_id_index" on "auth_session" ("client_user_id");`);
    this.addSql(`create index "auth_session_staff_user_id_index" on "auth_session" ("staff_user_id");`);

    this.addSql(`alter table "contact" add constraint "contact_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);

    this.addSql(`alter table "contact_phone" add constraint "contact_phone_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);

    this.addSql(`alter table "contact_link" add constraint "contact_link_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_link" add constraint "contact_link_linked_contact_id_foreign" foreign key ("linked_contact_id") references "contact" ("id") on delete cascade;`);

    this.addSql(`alter table "contact_email" add constraint "contact_email_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);

    this.addSql(`alter table "client_user" add constraint "client_user_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);

    this.addSql(`alter table "staff_user" add constraint "staff_user_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);

    this.addSql(`alter table "matter" add constraint "matter_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "matter" add constraint "matter_responsible_staff_id_foreign" foreign key ("responsible_staff_id") references "staff_user" ("id") on delete restrict;`);

    this.addSql(`alter table "matter_participant" add constraint "matter_participant_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "matter_participant" add constraint "matter_participant_contact_id_foreign" foreign key ("contact_id") references "contact" ("id") on delete cascade;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_staff_user_id_foreign" foreign key ("staff_user_id") references "staff_user" ("id") on delete cascade;`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_client_user_id_foreign" foreign key ("client_user_id") references "client_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "contact" drop constraint "contact_firm_id_foreign";`);
    this.addSql(`alter table "contact_link" drop constraint "contact_link_firm_id_foreign";`);
    this.addSql(`alter table "client_user" drop constraint "client_user_firm_id_foreign";`);
    this.addSql(`alter table "staff_user" drop constraint "staff_user_firm_id_foreign";`);
    this.addSql(`alter table "matter" drop constraint "matter_firm_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_firm_id_foreign";`);
    this.addSql(`alter table "contact_phone" drop constraint "contact_phone_contact_id_foreign";`);
    this.addSql(`alter table "contact_link" drop constraint "contact_link_contact_id_foreign";`);
    this.addSql(`alter table "contact_link" drop constraint "contact_link_linked_contact_id_foreign";`);
    this.addSql(`alter table "contact_email" drop constraint "contact_email_contact_id_foreign";`);
    this.addSql(`alter table "matter_participant" drop constraint "matter_participant_contact_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_client_user_id_foreign";`);
    this.addSql(`alter table "matter" drop constraint "matter_responsible_staff_id_foreign";`);
    this.addSql(`alter table "auth_session" drop constraint "auth_session_staff_user_id_foreign";`);
    this.addSql(`alter table "matter_participant" drop constraint "matter_participant_matter_id_foreign";`);

    this.addSql(`drop table if exists "firm" cascade;`);
    this.addSql(`drop table if exists "contact" cascade;`);
    this.addSql(`drop table if exists "contact_phone" cascade;`);
    this.addSql(`drop table if exists "contact_link" cascade;`);
    this.addSql(`drop table if exists "contact_email" cascade;`);
    this.addSql(`drop table if exists "client_user" cascade;`);
    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);
    this.addSql(`drop table if exists "staff_user" cascade;`);
    this.addSql(`drop table if exists "matter" cascade;`);
    this.addSql(`drop table if exists "matter_participant" cascade;`);
    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop type "contact_type";`);
    this.addSql(`drop type "contact_kind";`);
    this.addSql(`drop type "contact_relationship";`);
    this.addSql(`drop type "staff_role";`);
    this.addSql(`drop type "matter_status";`);
    this.addSql(`drop type "participant_role";`);
    this.addSql(`drop type "session_audience";`);
  }

}
