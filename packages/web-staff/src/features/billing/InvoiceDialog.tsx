import { useId, useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormAlert } from '../../ui/Alert';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { addDays, basisPointsToText, minorToText, parseMoney, parsePercent, today } from './money';
import type { InvoiceData } from './operations';
import { useCreateInvoice, useUpdateInvoice } from './useInvoiceMutations';

interface LineRow {
  key: number;
  description: string;
  quantity: string;
  unitPrice: string;
  taxPercent: string;
}

interface InvoiceDialogProps {
  open: boolean;
  onClose: () => void;
  matterId: string;
  /** The draft to change; none for a new invoice. */
  invoice: InvoiceData | null;
  /** Client portals of the matter's clients, to bill one of them. */
  portals: readonly { id: string; name: string }[];
  onSaved: (invoice: InvoiceData, created: boolean) => void;
}

let nextKey = 1;

function rowsOf(invoice: InvoiceData | null): LineRow[] {
  if (!invoice) return [{ key: nextKey++, description: '', quantity: '1', unitPrice: '', taxPercent: '0' }];
  return invoice.lines.map((line) => ({
    key: nextKey++,
    description: line.description,
    quantity: String(line.quantity),
    unitPrice: minorToText(line.unitPriceMinor, invoice.currency),
    taxPercent: basisPointsToText(line.taxRateBasisPoints),
  }));
}

const KNOWN = ['number', 'portalId', 'issuedOn', 'dueOn', 'currency', 'note'];

/** Drafts a new invoice or changes a draft: dates, who is billed, and the lines. */
export function InvoiceDialog(props: InvoiceDialogProps) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={props.invoice ? `Edit invoice ${props.invoice.number}` : 'New invoice'} description="Drafts stay private to the firm until you issue them." wide>
      <InvoiceForm {...props} />
    </Dialog>
  );
}

function InvoiceForm({ onClose, matterId, invoice, portals, onSaved }: InvoiceDialogProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const start = today();
  const [number, setNumber] = useState(invoice?.number ?? '');
  const [portalId, setPortalId] = useState(invoice?.billedPortalId ?? '');
  const [issuedOn, setIssuedOn] = useState(invoice?.issuedOn ?? start);
  const [dueOn, setDueOn] = useState(invoice?.dueOn ?? addDays(start, 30));
  const [currency, setCurrency] = useState(invoice?.currency ?? '');
  const [note, setNote] = useState(invoice?.note ?? '');
  const [lines, setLines] = useState<LineRow[]>(() => rowsOf(invoice));
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useCreateInvoice();
  const update = useUpdateInvoice();
  const busy = create.loading || update.loading;
  useFocusFirstError(form, errors);

  // Errors name lines by index; rows are shown by index too.
  const sorted = sortErrors(errors, (path) => {
    const key = path.join('.');
    if (KNOWN.includes(key)) return key;
    if (path[0] === 'lines' && path.length === 3) return key;
    return null;
  });
  const errorFor = (key: string) => sorted.fields.get(key);

  const updateLine = (key: number, change: Partial<LineRow>) => setLines((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const money = currency.trim().toUpperCase() || invoice?.currency || 'USD';
    const problems: FormError[] = [];
    const parsed = lines.map((row, index) => {
      const quantity = Number(row.quantity.trim());
      const unitPriceMinor = parseMoney(row.unitPrice, money);
      const taxRateBasisPoints = parsePercent(row.taxPercent || '0');
      if (!row.quantity.trim() || !Number.isFinite(quantity)) problems.push({ code: 'INVALID_INPUT', message: 'Give a number, e.g. 1.5.', field: ['lines', String(index), 'quantity'] });
      if (unitPriceMinor === null) problems.push({ code: 'INVALID_INPUT', message: 'Give an amount, e.g. 125.00.', field: ['lines', String(index), 'unitPriceMinor'] });
      if (taxRateBasisPoints === null) problems.push({ code: 'INVALID_INPUT', message: 'Give a percentage from 0 to 100, e.g. 8.25.', field: ['lines', String(index), 'taxRateBasisPoints'] });
      return { description: row.description, quantity, unitPriceMinor: unitPriceMinor ?? 0, taxRateBasisPoints: taxRateBasisPoints ?? 0 };
    });
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const common = { portalId: portalId || null, issuedOn, dueOn, currency: currency.trim() || null, note: note.trim() || null, lines: parsed };
    const outcome = invoice
      ? await update.run({ variables: { input: { id: invoice.id, number: number.trim() || null, ...common } } })
      : await create.run({ variables: { input: { matterId, number: number.trim() || null, ...common } } });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    const result = outcome.payload.invoice;
    if (result) onSaved(result, !invoice);
  };

  return (
    <form ref={form} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert errors={sorted} />
      <div className="form-grid">
        <TextField label="Invoice number" hint={invoice ? undefined : 'Leave empty for the next number.'} value={number} onChange={(event) => setNumber(event.target.value)} error={errorFor('number')} autoComplete="off" data-autofocus />
        <SelectField
          label="Billed to"
          value={portalId}
          onChange={(event) => setPortalId(event.target.value)}
          error={errorFor('portalId')}
          options={[{ value: '', label: 'Every client the matter is shared with' }, ...portals.map((portal) => ({ value: portal.id, label: portal.name }))]}
        />
        <TextField label="Invoice date" type="date" required value={issuedOn} onChange={(event) => setIssuedOn(event.target.value)} error={errorFor('issuedOn')} />
        <TextField label="Due date" type="date" required value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={errorFor('dueOn')} />
        <TextField label="Currency" hint="Three letters, e.g. USD. Empty keeps the firm's usual currency." value={currency} maxLength={3} onChange={(event) => setCurrency(event.target.value)} error={errorFor('currency')} autoComplete="off" spellCheck={false} />
      </div>
      <fieldset className="fieldset repeat">
        <legend className="repeat__legend">Lines</legend>
        {lines.length === 0 ? <p className="muted">No lines yet. An invoice needs at least one line before it can be issued.</p> : null}
        {lines.map((row, index) => (
          <div className="invoice-line" key={row.key}>
            <TextField
              id={`${id}-line-${row.key}-description`}
              className="invoice-line__description"
              label={
                <>
                  Description<span className="visually-hidden"> of line {index + 1}</span>
                </>
              }
              value={row.description}
              onChange={(event) => updateLine(row.key, { description: event.target.value })}
              error={errorFor(`lines.${index}.description`)}
              autoComplete="off"
            />
            <TextField
              label={
                <>
                  Qty<span className="visually-hidden"> of line {index + 1}</span>
                </>
              }
              inputMode="decimal"
              value={row.quantity}
              onChange={(event) => updateLine(row.key, { quantity: event.target.value })}
              error={errorFor(`lines.${index}.quantity`)}
              autoComplete="off"
            />
            <TextField
              label={
                <>
                  Unit price<span className="visually-hidden"> of line {index + 1}</span>
                </>
              }
              inputMode="decimal"
              value={row.unitPrice}
              onChange={(event) => updateLine(row.key, { unitPrice: event.target.value })}
              error={errorFor(`lines.${index}.unitPriceMinor`)}
              autoComplete="off"
            />
            <TextField
              label={
                <>
                  Tax %<span className="visually-hidden"> of line {index + 1}</span>
                </>
              }
              inputMode="decimal"
              value={row.taxPercent}
              onChange={(event) => updateLine(row.key, { taxPercent: event.target.value })}
              error={errorFor(`lines.${index}.taxRateBasisPoints`)}
              autoComplete="off"
            />
            <Button size="sm" variant="quiet" className="invoice-line__remove" onClick={() => setLines((rows) => rows.filter((r) => r.key !== row.key))}>
              Remove<span className="visually-hidden"> line {index + 1}</span>
            </Button>
          </div>
        ))}
        <Button size="sm" className="invoice-lines__add" onClick={() => setLines((rows) => [...rows, { key: nextKey++, description: '', quantity: '1', unitPrice: '', taxPercent: rows.at(-1)?.taxPercent ?? '0' }])}>
          Add a line
        </Button>
      </fieldset>
      <TextAreaField label="Note" hint="Printed on the invoice, e.g. payment instructions." rows={3} value={note} onChange={(event) => setNote(event.target.value)} error={errorFor('note')} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy} busyLabel="Saving…">
          {invoice ? 'Save draft' : 'Create draft'}
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
