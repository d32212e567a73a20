import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075740 extends Migration {

  override name = 'Migration20261203075740';

  override up(): void | Promise<void> {
    this.addSql(`create table "folder" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "parent_id" uuid null, "name" varchar(200) not null, "shared_at" timestamptz null, "shared_by_id" uuid null, "created_by_staff_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "folder_parent_id_index" on "folder" ("parent_id");`);
    this.addSql(`create index "folder_matter_id_index" on "folder" ("matter_id");`);

    this.addSql(`create table "document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "folder_id" uuid null, "name" varchar(200) not null, "current_version" int not null default 1, "shared_at" timestamptz null, "shared_by_id" uuid null, "uploaded_by_staff_id" uuid null, "uploaded_by_member_id" uuid null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "document_folder_id_index" on "document" ("folder_id");`);
    this.addSql(`create index "document_matter_id_deleted_at_index" on "document" ("matter_id", "deleted_at");`);

    this.addSql(`create table "member_denial" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "member_id" uuid not null, "folder_id" uuid null, "document_id" uuid null, "denied_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "member_denial_document_id_index" on "member_denial" ("document_id");`);
    this.addSql(`create index "member_denial_folder_id_index" on "member_denial" ("folder_id");`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_member_id_document_id_unique" unique ("member_id", "document_id");`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_member_id_folder_id_unique" unique ("member_id", "folder_id");`);

    this.addSql(`create table "document_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "document_id" uuid not null, "number" int not null, "storage_key" varchar(300) not null, "file_name" varchar(200) not null, "content_type" varchar(200) not null, "size_bytes" bigint not null, "sha256" varchar(64) not null, "uploaded_by_staff_id" uuid null, "uploaded_by_member_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "document_version" add constraint "document_version_document_id_number_unique" unique ("document_id", "number");`);

    this.addSql(`alter table "folder" add constraint "folder_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "folder" add constraint "folder_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "folder" add constraint "folder_parent_id_foreign" foreign key ("parent_id") references "folder" ("id") on delete cascade;`);
    this.addSql(`alter table "folder" add constraint "folder_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "folder" add constraint "folder_created_by_staff_id_foreign" foreign key ("created_by_staff_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "document" add constraint "document_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "document" add constraint "document_folder_id_foreign" foreign key ("folder_id") references "folder" ("id") on delete set null;`);
    this.addSql(`alter table "document" add constraint "document_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "document" add constraint "document_uploaded_by_staff_id_foreign" foreign key ("uploaded_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "document" add constraint "document_uploaded_by_member_id_foreign" foreign key ("uploaded_by_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "member_denial" add constraint "member_denial_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on delete cascade;`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_folder_id_foreign" foreign key ("folder_id") references "folder" ("id") on delete cascade;`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_document_id_foreign" foreign key ("document_id") references "document" ("id") on delete cascade;`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_denied_by_id_foreign" foreign key ("denied_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "member_denial" add constraint "member_denial_one_item" check ((folder_id is null) <> (document_id is null));`);

    this.addSql(`alter table "document_version" add constraint "document_version_document_id_foreign" foreign key ("document_id") references "document" ("id") on delete cascade;`);
    this.addSql(`alter table "document_version" add constraint "document_version_uploaded_by_staff_id_foreign" foreign key ("uploaded_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "document_version" add constraint "document_version_uploaded_by_member_id_foreign" foreign key ("uploaded_by_member_id") references "portal_member" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "folder" drop constraint "folder_parent_id_foreign";`);
    this.addSql(`alter table "document" drop constraint "document_folder_id_foreign";`);
    this.addSql(`alter table "member_denial" drop constraint "member_denial_folder_id_foreign";`);
    this.addSql(`alter table "member_denial" drop constraint "member_denial_document_id_foreign";`);
    this.addSql(`alter table "document_version" drop constraint "document_version_document_id_foreign";`);

    this.addSql(`drop table if exists "folder" cascade;`);
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop table if exists "member_denial" cascade;`);
    this.addSql(`drop table if exists "document_version" cascade;`);
  }

}
