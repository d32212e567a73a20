import { SectionPage } from '../../app/SectionPage';

/** Invoices, balance and payments. */
export function BillingPage() {
  return (
    <SectionPage title="Billing">
      {() => <p className="muted">You have no invoices.</p>}
    </SectionPage>
  );
}
