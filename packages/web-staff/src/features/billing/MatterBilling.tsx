import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { describeError } from '../../lib/mutation';
import { LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Badge, Loading } from '../../ui/Page';
import { DataTable } from '../../ui/Table';
import { isAdmin, useViewer } from '../auth/viewer';
import './billing.css';
import { InvoiceDialog } from './InvoiceDialog';
import { formatDay, formatMoney } from './money';
import { MatterBilling_InvoicesQuery, type InvoiceData } from './operations';
import { PaymentDialog } from './PaymentDialog';
import { useDeleteInvoice, useIssueInvoice, useVoidInvoice } from './useInvoiceMutations';

const STATUS: Record<InvoiceData['status'], { label: string; tone: 'muted' | 'accent' | 'success' | 'danger' }> = {
  DRAFT: { label: 'Draft', tone: 'muted' },
  ISSUED: { label: 'Issued', tone: 'accent' },
  PAID: { label: 'Paid', tone: 'success' },
  VOID: { label: 'Void', tone: 'danger' },
};

type Confirming = { kind: 'issue' | 'void' | 'delete'; invoice: InvoiceData } | null;

/** Invoices and payments on a matter, as staff draft, issue (share) and settle them. */
export function MatterBilling({ matterId }: { matterId: string }) {
  const viewer = useViewer();
  const mayIssue = viewer.canShareItems || isAdmin(viewer);
  const { notify: notice } = useNotice();
  const { data, previousData, loading, error, refetch } = useQuery(MatterBilling_InvoicesQuery, { variables: { id: matterId } });
  const shown = data ?? previousData;
  const [editing, setEditing] = useState<{ invoice: InvoiceData | null } | null>(null);
  const [paying, setPaying] = useState<InvoiceData | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const issue = useIssueInvoice();
  const voidIt = useVoidInvoice();
  const remove = useDeleteInvoice();

  if (!shown && loading) return <Loading>Loading invoices…</Loading>;
  if (!shown && error) return <LoadErrorAlert title="The invoices could not be loaded" error={error} onRetry={refetch} />;
  const matter = shown?.matter;
  if (!matter) return <p className="muted">This matter could not be found.</p>;

  const portals = matter.participants
    .filter((participant) => participant.role === 'CLIENT' && participant.contact.portal)
    .map((participant) => ({ id: participant.contact.portal!.id, name: participant.contact.displayName }));

  const closeConfirm = () => {
    setConfirming(null);
    setConfirmError(null);
  };

  const confirm = async () => {
    if (!confirming) return;
    const input = { variables: { input: { id: confirming.invoice.id } } };
    const outcome = confirming.kind === 'issue' ? await issue.run(input) : confirming.kind === 'void' ? await voidIt.run(input) : await remove.run(input);
    if (!outcome.ok) {
      setConfirmError(outcome.errors.map((e) => e.message).join(' '));
      return;
    }
    const number = confirming.invoice.number;
    closeConfirm();
    notice(confirming.kind === 'issue' ? `Invoice ${number} was issued and shared with the client.` : confirming.kind === 'void' ? `Invoice ${number} was voided.` : `Draft ${number} was deleted.`);
  };

  return (
    <div>
      <div className="section__header">
        <h3 className="subheading">Invoices</h3>
        <div className="section__actions">
          <Button variant="primary" size="sm" onClick={() => setEditing({ invoice: null })}>
            New invoice
          </Button>
        </div>
      </div>
      {error ? <p className="muted">The list may be out of date: {describeError(error)}</p> : null}
      {matter.invoices.length === 0 ? (
        <p className="muted">No invoices yet. Invoices you draft here stay private to the firm; issuing one shares it with the client, who can then see and print it in their portal.</p>
      ) : (
        <DataTable caption="Invoices of this matter">
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">Date</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col" className="money">
                Total
              </th>
              <th scope="col" className="money">
                Balance
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matter.invoices.map((invoice) => {
              const status = STATUS[invoice.status];
              return (
                <tr key={invoice.id}>
                  <th scope="row" className="table__primary">
                    {invoice.number}
                    {invoice.billedTo ? <span className="table__sub">Billed to {invoice.billedTo}</span> : null}
                  </th>
                  <td className="nowrap">{formatDay(invoice.issuedOn)}</td>
                  <td className="nowrap">{formatDay(invoice.dueOn)}</td>
                  <td>
                    <Badge tone={status.tone}>{status.label}</Badge> {invoice.overdue ? <Badge tone="warning">Overdue</Badge> : null}
                  </td>
                  <td className="money">{formatMoney(invoice.totals.total, invoice.currency)}</td>
                  <td className="money">
                    {formatMoney(invoice.totals.balance, invoice.currency)}
                    {invoice.totals.paid > 0 ? <span className="table__sub">Paid {formatMoney(invoice.totals.paid, invoice.currency)}</span> : null}
                  </td>
                  <td className="table__actions">
                    {invoice.status === 'DRAFT' ? (
                      <Button size="sm" onClick={() => setEditing({ invoice })}>
                        Edit<span className="visually-hidden"> {invoice.number}</span>
                      </Button>
                    ) : null}
                    {invoice.status === 'DRAFT' && mayIssue ? (
                      <Button size="sm" variant="primary" onClick={() => setConfirming({ kind: 'issue', invoice })}>
                        Issue<span className="visually-hidden"> {invoice.number}</span>
                      </Button>
                    ) : null}
                    {invoice.status === 'ISSUED' && mayIssue ? (
                      <Button size="sm" onClick={() => setPaying(invoice)}>
                        Record payment<span className="visually-hidden"> on {invoice.number}</span>
                      </Button>
                    ) : null}
                    <a className="btn btn--quiet btn--sm" href={`/billing/invoices/${invoice.id}/print`} target="_blank" rel="noopener">
                      Print<span className="visually-hidden"> {invoice.number} (opens in a new tab)</span>
                    </a>
                    {(invoice.status === 'DRAFT' || invoice.status === 'ISSUED') && invoice.payments.length === 0 && mayIssue ? (
                      <Button size="sm" variant="quiet" onClick={() => setConfirming({ kind: 'void', invoice })}>
                        Void<span className="visually-hidden"> {invoice.number}</span>
                      </Button>
                    ) : null}
                    {invoice.status === 'DRAFT' ? (
                      <Button size="sm" variant="quiet" onClick={() => setConfirming({ kind: 'delete', invoice })}>
                        Delete<span className="visually-hidden"> {invoice.number}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {!mayIssue ? <p className="muted">You can draft invoices. Issuing them, voiding them and recording payments needs the right to share items with clients.</p> : null}

      <InvoiceDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        matterId={matterId}
        invoice={editing?.invoice ?? null}
        portals={portals}
        onSaved={(invoice, created) => {
          setEditing(null);
          notice(created ? `Draft ${invoice.number} was created.` : `Draft ${invoice.number} was saved.`);
        }}
      />
      <PaymentDialog
        invoice={paying}
        onClose={() => setPaying(null)}
        onSaved={(invoice) => {
          setPaying(null);
          notice(invoice.status === 'PAID' ? `Invoice ${invoice.number} is paid in full.` : `The payment on ${invoice.number} was recorded.`);
        }}
      />
      <ConfirmDialog
        open={confirming !== null}
        onClose={closeConfirm}
        title={confirming?.kind === 'issue' ? `Issue invoice ${confirming.invoice.number}?` : confirming?.kind === 'void' ? `Void invoice ${confirming.invoice.number}?` : `Delete draft ${confirming?.invoice.number ?? ''}?`}
        confirmLabel={confirming?.kind === 'issue' ? 'Issue and share' : confirming?.kind === 'void' ? 'Void invoice' : 'Delete draft'}
        busyLabel="Working…"
        busy={issue.loading || voidIt.loading || remove.loading}
        onConfirm={() => void confirm()}
        error={confirmError}
        tone={confirming?.kind === 'issue' ? 'primary' : 'danger'}
      >
        {confirming?.kind === 'issue' ? (
          <p>The invoice can no longer be changed, and clients of this matter who may see billing documents will see it in their portal.</p>
        ) : confirming?.kind === 'void' ? (
          <p>Nothing will be owed on it. Clients who could see it will see it as void.</p>
        ) : (
          <p>The draft was never shared; it will be gone for good.</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
