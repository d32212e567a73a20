import { Migration } from '@mikro-orm/migrations';

export class Migration20261204195848 extends Migration {

  override name = 'Migration20261204195848';

  override up(): void | Promise<void> {
    this.addSql(`alter type "email_kind" add value if not exists 'NEW_MESSAGE' after 'CLIENT_ACTIVITY_DIGEST';`);
  }

}
