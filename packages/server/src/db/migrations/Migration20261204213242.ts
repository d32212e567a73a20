import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213242 extends Migration {

  override name = 'Migration20261204213242';

  override up(): void | Promise<void> {
    this.addSql(`alter table "bulk_invitation_run" add "done_chunks" jsonb not null default '[]';`);
    // Runs so far went through their chunks (of 2500) in order: those below the processed count are done.
    this.addSql(`update "bulk_invitation_run" set "done_chunks" = (select coalesce(jsonb_agg(g), '[]') from generate_series(0, "processed" / 2500 - 1) g);`);
    this.addSql(`alter table "bulk_invitation_run" alter column "done_chunks" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "bulk_invitation_run" drop column "done_chunks";`);
  }

}
