// What the bulk invitation tests share: clients to select, and a run recorded as the API would
// record it, for tests that drive the run's job directly.
import { randomUUID } from 'node:crypto';
import { BulkInvitationRun } from '../src/modules/invitations/bulk-invitation.js';
import { addContact, emailAt, type PortalFirm, type TestApp } from './harness.js';

/** A client contact (unless `extra` says otherwise) named `who` Bulk, with one email of the firm's own. */
export async function bulkClient(pf: PortalFirm, who: string, extra: Record<string, unknown> = {}): Promise<{ id: string; email: string }> {
  const email = emailAt(pf.firm, who);
  const id = await addContact(pf.adminApi, { firstName: who, lastName: 'Bulk', emails: [{ address: email }], ...extra });
  return { id, email };
}

/** A bulk run of the firm's admin over the contacts, not yet started; its ID. */
export async function recordBulkRun(app: TestApp, pf: PortalFirm, contactIds: string[], extra: Partial<BulkInvitationRun> = {}): Promise<string> {
  const em = app.orm.em.fork();
  const run = em.create(BulkInvitationRun, { firm: pf.firm.id, requestedBy: pf.admin.id, requestKey: randomUUID(), contactIds, total: contactIds.length, ...extra });
  await em.flush();
  return run.id;
}
