import { Migration } from '@mikro-orm/migrations';

export class Migration20261203074546 extends Migration {

  override name = 'Migration20261203074546';

  override up(): void | Promise<void> {
    this.addSql(`alter table "portal_settings" add "upload_max_megabytes" int not null default 50, add "allowed_file_types" text[] not null default '{pdf,doc,docx,xls,xlsx,ppt,pptx,odt,ods,rtf,txt,csv,jpg,jpeg,png,gif,heic,tif,tiff,zip}';`);

    this.addSql(`alter type "email_kind" add value if not exists 'CLIENT_ACTIVITY_DIGEST' after 'PASSWORD_RESET';`);

    this.addSql(`alter type "activity_action" add value if not exists 'MATTER_UNSHARED' after 'MATTER_SHARED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'ITEM_SHARED' after 'MATTER_UNSHARED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'ITEM_UNSHARED' after 'ITEM_SHARED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'ACCESS_DENIED_TO_MEMBER' after 'ITEM_UNSHARED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'ACCESS_RESTORED_TO_MEMBER' after 'ACCESS_DENIED_TO_MEMBER';`);
    this.addSql(`alter type "activity_action" add value if not exists 'DOCUMENT_UPLOADED' after 'ACCESS_RESTORED_TO_MEMBER';`);
    this.addSql(`alter type "activity_action" add value if not exists 'DOCUMENT_DOWNLOADED' after 'DOCUMENT_UPLOADED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'TASK_COMPLETED' after 'DOCUMENT_DOWNLOADED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'TASK_REOPENED' after 'TASK_COMPLETED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'MESSAGE_SENT' after 'TASK_REOPENED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'APPOINTMENT_REQUESTED' after 'MESSAGE_SENT';`);
    this.addSql(`alter type "activity_action" add value if not exists 'APPOINTMENT_ACCEPTED' after 'APPOINTMENT_REQUESTED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'APPOINTMENT_DECLINED' after 'APPOINTMENT_ACCEPTED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'INVOICE_ISSUED' after 'APPOINTMENT_DECLINED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'PAYMENT_RECORDED' after 'INVOICE_ISSUED';`);
    this.addSql(`alter type "activity_action" add value if not exists 'DETAILS_CHANGED' after 'PAYMENT_RECORDED';`);
    this.addSql(`alter table "activity_entry" add "matter_id" uuid null;`);
    this.addSql(`alter table "activity_entry" add constraint "activity_entry_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on delete set null;`);
    this.addSql(`create index "activity_entry_matter_id_occurred_at_index" on "activity_entry" ("matter_id", "occurred_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "activity_entry" drop constraint "activity_entry_matter_id_foreign";`);

    this.addSql(`drop index "activity_entry_matter_id_occurred_at_index";`);
    this.addSql(`alter table "activity_entry" drop column "matter_id";`);

    this.addSql(`alter table "portal_settings" drop column "upload_max_megabytes", drop column "allowed_file_types";`);
  }

}
