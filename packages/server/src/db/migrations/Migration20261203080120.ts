import { Migration } from '@mikro-orm/migrations';

export class Migration20261203080120 extends Migration {

  override name = 'Migration20261203080120';

  override up(): void | Promise<void> {
    this.addSql(`create table "outbox_body" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "firm_id" uuid not null, "text" text not null, "html" text not null, primary key ("id"));`);

    this.addSql(`alter table "outbox_email" add "body_id" uuid null;`);
    this.addSql(`alter table "outbox_email" add constraint "outbox_email_body_id_foreign" foreign key ("body_id") references "outbox_body" ("id") on delete cascade;`);
    this.addSql(`alter table "outbox_email" alter column "text_body" drop not null;`);
    this.addSql(`alter table "outbox_email" alter column "html_body" drop not null;`);
    this.addSql(`create index "outbox_email_body_id_index" on "outbox_email" ("body_id");`);

    this.addSql(`alter table "outbox_body" add constraint "outbox_body_firm_id_foreign" foreign key ("firm_id") references "firm" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "outbox_email" drop constraint "outbox_email_body_id_foreign";`);

    this.addSql(`drop table if exists "outbox_body" cascade;`);

    this.addSql(`drop index "outbox_email_body_id_index";`);
    this.addSql(`alter table "outbox_email" drop column "body_id";`);
    this.addSql(`alter table "outbox_email" alter column "text_body" set not null;`);
    this.addSql(`alter table "outbox_email" alter column "html_body" set not null;`);
  }

}
