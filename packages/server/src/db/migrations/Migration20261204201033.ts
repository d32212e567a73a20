import { Migration } from '@mikro-orm/migrations';

export class Migration20261204201033 extends Migration {

  override name = 'Migration20261204201033';

  override up(): void | Promise<void> {
    this.addSql(`alter type "activity_action" add value if not exists 'APPOINTMENT_REQUEST_WITHDRAWN' after 'APPOINTMENT_DECLINED';`);
  }

}
