import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075908 extends Migration {

  override name = 'Migration20261203075908';

  override up(): void | Promise<void> {
    this.addSql(`create type "invoice_status" as enum ('DRAFT', 'ISSUED', 'PAID', 'VOID');`);
    this.addSql(`create type "payment_method" as enum ('CARD', 'BANK_TRANSFER', 'CHECK', 'CASH', 'OTHER');`);
    this.addSql(`create table "message_thread" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "portal_id" uuid not null, "matter_id" uuid null, "subject" varchar(200) not null, "created_by_staff_id" uuid null, "created_by_member_id" uuid null, "last_message_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "message_thread_portal_id_last_message_at_index" on "message_thread" ("portal_id", "last_message_at");`);
    this.addSql(`create index "message_thread_firm_id_last_message_at_index" on "message_thread" ("firm_id", "last_message_at");`);

    this.addSql(`create table "message" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "thread_id" uuid not null, "author_staff_id" uuid null, "author_member_id" uuid null, "from_client" boolean not null, "author_name" varchar(200) not null, "body" text not null, primary key ("id"));`);
    this.addSql(`create index "message_thread_id_created_at_index" on "message" ("thread_id", "created_at");`);

    this.addSql(`create table "message_attachment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "portal_id" uuid not null, "thread_id" uuid null, "message_id" uuid null, "uploaded_by_staff_id" uuid null, "uploaded_by_member_id" uuid null, "storage_key" varchar(300) not null, "file_name" varchar(200) not null, "content_type" varchar(200) not null, "size" bigint not null, "sha256" varchar(64) not null, primary key ("id"));`);
    this.addSql(`create index "message_attachment_firm_id_created_at_index" on "message_attachment" ("firm_id", "created_at");`);
    this.addSql(`create index "message_attachment_message_id_index" on "message_attachment" ("message_id");`);
    this.addSql(`create index "message_attachment_portal_id_index" on "message_attachment" ("portal_id");`);

    this.addSql(`create table "invoice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "matter_id" uuid not null, "portal_id" uuid null, "number" varchar(40) not null, "issued_on" date not null, "due_on" date not null, "status" "invoice_status" not null default 'DRAFT', "currency" varchar(3) not null, "note" text null, "shared_at" timestamptz null, "shared_by_id" uuid null, "voided_at" timestamptz null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "invoice_portal_id_index" on "invoice" ("portal_id");`);
    this.addSql(`create index "invoice_matter_id_issued_on_index" on "invoice" ("matter_id", "issued_on");`);
    this.addSql(`alter table "invoice" add constraint "invoice_firm_id_number_unique" unique ("firm_id", "number");`);

    this.addSql(`create table "payment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "invoice_id" uuid not null, "amount_minor" int not null, "received_on" date not null, "method" "payment_method" not null, "reference" varchar(200) null, "recorded_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "payment_firm_id_received_on_index" on "payment" ("firm_id", "received_on");`);
    this.addSql(`create index "payment_invoice_id_index" on "payment" ("invoice_id");`);

    this.addSql(`create table "invoice_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invoice_id" uuid not null, "position" smallint not null, "description" text not null, "quantity_milli" int not null, "unit_price_minor" int not null, "tax_rate_basis_points" int not null, primary key ("id"));`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_position_unique" unique ("invoice_id", "position");`);

    this.addSql(`create table "thread_read_state" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "thread_id" uuid not null, "member_id" uuid null, "staff_user_id" uuid null, "last_read_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "thread_read_state" add constraint "thread_read_state_thread_id_staff_user_id_unique" unique ("thread_id", "staff_user_id");`);
    this.addSql(`alter table "thread_read_state" add constraint "thread_read_state_thread_id_member_id_unique" unique ("thread_id", "member_id");`);

    this.addSql(`alter table "message_thread" add constraint "message_thread_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete set null;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_created_by_staff_id_foreign" foreign key ("created_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "message_thread" add constraint "message_thread_created_by_member_id_foreign" foreign key ("created_by_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "message" add constraint "message_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_author_staff_id_foreign" foreign key ("author_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_author_member_id_foreign" foreign key ("author_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "message_attachment" add constraint "message_attachment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "message_attachment" add constraint "message_attachment_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete cascade;`);
    this.addSql(`alter table "message_attachment" add constraint "message_attachment_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on delete cascade;`);
    this.addSql(`alter table "message_attachment" add constraint "message_attachment_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete cascade;`);
    this.addSql(`alter table "message_attachment" add constraint "message_attachment_uploaded_by_staff_id_foreign" foreign key ("uploaded_by_staff_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "message_attachment" add constraint "message_attachment_uploaded_by_member_id_foreign" foreign key ("uploaded_by_member_id") references "portal_member" ("id") on delete set null;`);

    this.addSql(`alter table "invoice" add constraint "invoice_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice" add constraint "invoice_portal_id_foreign" foreign key ("portal_id") references "portal" ("id") on delete set null;`);
    this.addSql(`alter table "invoice" add constraint "invoice_shared_by_id_foreign" foreign key ("shared_by_id") references "staff_user" ("id") on delete set null;`);
    this.addSql(`alter table "invoice" add constraint "invoice_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "payment" add constraint "payment_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_recorded_by_id_foreign" foreign key ("recorded_by_id") references "staff_user" ("id") on delete set null;`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);

    this.addSql(`alter table "thread_read_state" add constraint "thread_read_state_thread_id_foreign" foreign key ("thread_id") references "message_thread" ("id") on delete cascade;`);
    this.addSql(`alter table "thread_read_state" add constraint "thread_read_state_member_id_foreign" foreign key ("member_id") references "portal_member" ("id") on delete cascade;`);
    this.addSql(`alter table "thread_read_state" add constraint "thread_read_state_staff_user_id_foreign" foreign key ("staff_user_id") references "staff_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_thread_id_foreign";`);
    this.addSql(`alter table "message_attachment" drop constraint "message_attachment_thread_id_foreign";`);
    this.addSql(`alter table "thread_read_state" drop constraint "thread_read_state_thread_id_foreign";`);
    this.addSql(`alter table "message_attachment" drop constraint "message_attachment_message_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_invoice_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);

    this.addSql(`drop table if exists "message_thread" cascade;`);
    this.addSql(`drop table if exists "message" cascade;`);
    this.addSql(`drop table if exists "message_attachment" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);
    this.addSql(`drop table if exists "thread_read_state" cascade;`);

    this.addSql(`drop type "invoice_status";`);
    this.addSql(`drop type "payment_method";`);
  }

}
