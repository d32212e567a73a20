import { Migration } from '@mikro-orm/migrations';

export class Migration20261203075645 extends Migration {

  override name = 'Migration20261203075645';

  override up(): void | Promise<void> {
    this.addSql(`alter table "portal_settings" add "members_may_edit_details" boolean not null default false, add "notification_delay_minutes" smallint not null default 5;`);

    this.addSql(`alter table "activity_entry" add "notified_at" timestamptz null;`);
    // Client actions from before the digest existed are history: nobody is mailed about them now.
    this.addSql(`update "activity_entry" set "notified_at" = "occurred_at" where "actor_client_id" is not null;`);
    this.addSql(`create index "activity_entry_client_pending_index" on "activity_entry" ("occurred_at") where "actor_client_id" is not null and "notified_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "activity_entry_client_pending_index";`);
    this.addSql(`alter table "activity_entry" drop column "notified_at";`);

    this.addSql(`alter table "portal_settings" drop column "members_may_edit_details", drop column "notification_delay_minutes";`);
  }

}
