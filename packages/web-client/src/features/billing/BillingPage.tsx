import { useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import { SectionPage } from '../../app/SectionPage';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import { formatDay } from '../../ui/format';
import { formatMoney } from './money';
import './portal-sections.css';

const BillingPage_Billing = graphql(`
  query BillingPage_Billing {
    myPortals {
      id
      billing {
        balance {
          currency
          amountMinor
        }
        invoices {
          id
          number
          status
          issuedOn
          dueOn
          overdue
          currency
          matterNumber
          matterName
          totals {
            total
            paid
            balance
          }
        }
        payments {
          id
          invoiceNumber
          currency
          amountMinor
          receivedOn
          method
          reference
        }
      }
    }
  }
`);

const STATUS: Record<string, string> = { ISSUED: 'Awaiting payment', PAID: 'Paid', VOID: 'Void', DRAFT: 'Draft' };
const METHOD: Record<string, string> = { CARD: 'Card', BANK_TRANSFER: 'Bank transfer', CHECK: 'Check', CASH: 'Cash', OTHER: 'Other' };

/** Invoices, balance and payments. */
export function BillingPage() {
  return (
    <SectionPage title="Billing" permission="billingDocuments">
      {(portal) => <Billing portalId={portal.id} />}
    </SectionPage>
  );
}

function Billing({ portalId }: { portalId: string }) {
  const firm = useFirm();
  const sessionEnded = useSessionEnded();
  const { data, loading, error } = useQuery(BillingPage_Billing, { fetchPolicy: 'cache-and-network' });
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
  const billing = data?.myPortals.find((p) => p.id === portalId)?.billing;

  if (!data && loading) return <Loading label="Loading your invoices…" />;
  if (!data && error) return <Alert title="Your invoices could not be loaded">{describeRequestError(error)}</Alert>;
  if (!billing) return <p className="muted">Billing is not available to you. Please contact {firm.name} if you need it.</p>;

  // The tables' scroll regions are named by the Invoices and Payments headings; the sections
  // around them stay unnamed, so that each name belongs to one landmark only.
  return (
    <>
      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading" className="section-heading">
          Balance
        </h2>
        {billing.balance.length === 0 ? (
          <p>You have nothing to pay at the moment.</p>
        ) : (
          <dl className="facts">
            {billing.balance.map((amount) => (
              <div key={amount.currency}>
                <dt>Outstanding{billing.balance.length > 1 ? ` in ${amount.currency}` : ''}</dt>
                <dd>{formatMoney(amount.amountMinor, amount.currency)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>

      <section>
        <h2 id="invoices-heading" className="section-heading">
          Invoices
        </h2>
        {billing.invoices.length === 0 ? (
          <p className="muted">No invoices yet. When {firm.name} issues an invoice to you, it appears here to view and print.</p>
        ) : (
          <div className="data-table-wrap" role="region" aria-labelledby="invoices-heading" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Date</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                  <th scope="col" className="num">
                    Still owed
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Open</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {billing.invoices.map((invoice) => (
                  <tr key={invoice.id}>
                    <th scope="row">
                      {invoice.number}
                      <span className="invoice-matter">
                        {invoice.matterNumber} — {invoice.matterName}
                      </span>
                    </th>
                    <td>{formatDay(invoice.issuedOn, 'medium')}</td>
                    <td>
                      {formatDay(invoice.dueOn, 'medium')}
                      {invoice.overdue ? <span className="overdue"> — overdue</span> : null}
                    </td>
                    <td>{STATUS[invoice.status] ?? invoice.status}</td>
                    <td className="num">{formatMoney(invoice.totals.total, invoice.currency)}</td>
                    <td className="num">{formatMoney(invoice.totals.balance, invoice.currency)}</td>
                    <td>
                      <a href={`/p/${firm.slug}/billing/invoices/${invoice.id}/print`} target="_blank" rel="noopener">
                        View / print<span className="visually-hidden"> invoice {invoice.number} (opens in a new tab)</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section>
        <h2 id="payments-heading" className="section-heading">
          Payments
        </h2>
        {billing.payments.length === 0 ? (
          <p className="muted">No payments recorded yet. Payments {firm.name} receives are listed here.</p>
        ) : (
          <div className="data-table-wrap" role="region" aria-labelledby="payments-heading" tabIndex={0}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Invoice</th>
                  <th scope="col">Method</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {billing.payments.map((payment) => (
                  <tr key={payment.id}>
                    <td>{formatDay(payment.receivedOn, 'medium')}</td>
                    <td>{payment.invoiceNumber}</td>
                    <td>
                      {METHOD[payment.method] ?? payment.method}
                      {payment.reference ? ` (${payment.reference})` : ''}
                    </td>
                    <td className="num">{formatMoney(payment.amountMinor, payment.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
