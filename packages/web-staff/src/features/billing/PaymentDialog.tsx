import { useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { formatMoney, minorToText, parseMoney, today } from './money';
import type { InvoiceData } from './operations';
import { useRecordPayment } from './useInvoiceMutations';

export const PAYMENT_METHODS = [
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'CARD', label: 'Card' },
  { value: 'CHECK', label: 'Check' },
  { value: 'CASH', label: 'Cash' },
  { value: 'OTHER', label: 'Other' },
] as const;

type Method = (typeof PAYMENT_METHODS)[number]['value'];

function isMethod(value: string): value is Method {
  return PAYMENT_METHODS.some((method) => method.value === value);
}

/** Records money received against an issued invoice (at most its balance). */
export function PaymentDialog({ invoice, onClose, onSaved }: { invoice: InvoiceData | null; onClose: () => void; onSaved: (invoice: InvoiceData) => void }) {
  return (
    <Dialog open={invoice !== null} onClose={onClose} title={invoice ? `Record a payment on ${invoice.number}` : 'Record a payment'} description={invoice ? `Still owed: ${formatMoney(invoice.totals.balance, invoice.currency)}.` : undefined}>
      {invoice ? <PaymentForm invoice={invoice} onClose={onClose} onSaved={onSaved} /> : null}
    </Dialog>
  );
}

const keyOf = keyFromKnown(['amountMinor', 'receivedOn', 'method', 'reference']);

function PaymentForm({ invoice, onClose, onSaved }: { invoice: InvoiceData; onClose: () => void; onSaved: (invoice: InvoiceData) => void }) {
  const form = useRef<HTMLFormElement>(null);
  const [amount, setAmount] = useState(minorToText(invoice.totals.balance, invoice.currency));
  const [receivedOn, setReceivedOn] = useState(today());
  const [method, setMethod] = useState<Method>('BANK_TRANSFER');
  const [reference, setReference] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const { run, loading } = useRecordPayment();
  useFocusFirstError(form, errors);
  const sorted = sortErrors(errors, keyOf);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const amountMinor = parseMoney(amount, invoice.currency);
    if (amountMinor === null) {
      setErrors([{ code: 'INVALID_INPUT', message: 'Give an amount, e.g. 250.00.', field: ['amountMinor'] }]);
      return;
    }
    const outcome = await run({ variables: { input: { invoiceId: invoice.id, amountMinor, receivedOn, method, reference: reference.trim() || null } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    if (outcome.payload.invoice) onSaved(outcome.payload.invoice);
  };

  return (
    <form ref={form} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} title="The payment could not be recorded" />
      <TextField label={`Amount (${invoice.currency})`} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} error={sorted.fields.get('amountMinor')} autoComplete="off" data-autofocus />
      <TextField label="Received on" type="date" value={receivedOn} onChange={(event) => setReceivedOn(event.target.value)} error={sorted.fields.get('receivedOn')} />
      <SelectField label="Method" value={method} onChange={(event) => isMethod(event.target.value) && setMethod(event.target.value)} options={PAYMENT_METHODS} error={sorted.fields.get('method')} />
      <TextField label="Reference" hint="Check number, transfer reference… (optional)" value={reference} onChange={(event) => setReference(event.target.value)} error={sorted.fields.get('reference')} autoComplete="off" />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Recording…">
          Record payment
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
