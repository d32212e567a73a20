import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075758 extends Migration {

  override name = 'Migration20261203075758';

  override up(): void | Promise<void> {
    this.addSql(`create type "appointment_status" as enum ('SCHEDULED', 'REQUESTED', 'DECLINED', 'CANCELLED');`);
    this.addSql(`create table "note" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "title" varchar(200) not null, "body" text not null, "shared_at" timestamptz null, "shared_by_id" uuid null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "note_firm_id_index" on "note" ("firm_id");`);
    this.addSql(`create index "note_matter_id_index" on "note" ("matter_id");`);

    this.addSql(`create table "custom_field" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "label" varchar(100) not null, "value" text not null, "shared_at" timestamptz null, "shared_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "custom_field_firm_id_index" on "custom_field" ("firm_id");`);
    this.addSql(`create index "custom_field_matter_id_index" on "custom_field" ("matter_id");`);

    this.addSql(`create table "appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid null, "portal_id" uuid null, "title" varchar(200) not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "location" varchar(500) null, "details" text null, "status" "appointment_status" not null default 'SCHEDULED', "requested_by_member_id" uuid null, "preferred_times" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "decision_note" text null, "shared_at" timestamptz null, "shared_by_id" uuid null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "appointment_portal_id_index" on "appointment" ("portal_id");`);
    this.addSql(`create index "appointment_firm_id_status_index" on "appointment" ("firm_id", "status");`);
    this.addSql(`create index "appointment_matter_id_index" on "appointment" ("matter_id");`);

    this.addSql(`create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "portal_id" uuid null, "title" varchar(200) not null, "description" text null, "due_date" date null, "shared_at" timestamptz null, "shared_by_id" uuid null, "completed_at" timestamptz null, "completed_by_member_id" uuid null, "completed_by_staff_id" uuid null, "created_by_id" uuid null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "task_firm_id_index" on "task" ("firm_id");`);
    this.addSql(`create index "task_matter_id_deleted_at_index" on "task" ("matter_id", "deleted_at");`);

    this.addSql(`alter table "note" add constraint "note_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "note" add constraint "note_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "note" add constraint "note_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "note" add constraint "note_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "custom_field" add constraint "custom_field_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "custom_field" add constraint "custom_field_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "custom_field" add constraint "custom_field_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "appointment" add constraint "appointment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "appointment" add constraint "appointment_requested_by_member_id_foreign" foreign key ("requested_by_member_id") references "portal_member" ("id") on delete set null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "appointment" add constraint "appointment_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "task" add constraint "task_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "task" add constraint "task_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_completed_by_member_id_foreign" foreign key ("completed_by_member_id") references "portal_member" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_completed_by_staff_id_foreign" foreign key ("completed_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "note" cascade;`);
    this.addSql(`drop table if exists "custom_field" cascade;`);
    this.addSql(`drop table if exists "appointment" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop type "appointment_status";`);
  }

}
