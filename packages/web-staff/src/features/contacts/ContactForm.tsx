import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { optionsOf } from '../../lib/enums';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField, FieldError, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { CONTACT_KIND_LABELS, CONTACT_TYPE_LABELS, type ContactKind, type ContactType } from './labels';
import type { CreateContactInput } from './useCreateContact';

export interface EmailRow {
  key: string;
  address: string;
  label: string;
  isPrimary: boolean;
}

export interface PhoneRow {
  key: string;
  number: string;
  label: string;
  isPrimary: boolean;
}

export interface ContactFormValues {
  type: ContactType;
  kind: ContactKind;
  firstName: string;
  lastName: string;
  organizationName: string;
  notes: string;
  emails: EmailRow[];
  phones: PhoneRow[];
}

let rowCounter = 0;
/** A key for a new email or phone row, stable while the form is open. */
export function newRowKey(): string {
  rowCounter += 1;
  return `row${rowCounter}`;
}

export function emptyContactValues(): ContactFormValues {
  return {
    type: 'PERSON',
    kind: 'CLIENT',
    firstName: '',
    lastName: '',
    organizationName: '',
    notes: '',
    emails: [{ key: newRowKey(), address: '', label: '', isPrimary: true }],
    phones: [],
  };
}

const TYPE_OPTIONS = optionsOf(CONTACT_TYPE_LABELS);
const KIND_OPTIONS = optionsOf(CONTACT_KIND_LABELS);
const NO_ERRORS: FormError[] = [];

/** What was sent, so that errors about list entries (by index) find their rows again. */
interface Failure {
  errors: FormError[];
  type: ContactType;
  emailKeys: string[];
  phoneKeys: string[];
}

function errorKeyOf(failure: Failure) {
  const scalar = failure.type === 'PERSON' ? ['type', 'kind', 'firstName', 'lastName', 'organizationName', 'notes'] : ['type', 'kind', 'organizationName', 'notes'];
  return (path: readonly string[]): string | null => {
    const [head, index, leaf] = path;
    if (head === 'emails' || head === 'phones') {
      const keys = head === 'emails' ? failure.emailKeys : failure.phoneKeys;
      const rowKey = index === undefined ? undefined : keys[Number(index)];
      if (rowKey === undefined) return head;
      const field = leaf ?? (head === 'emails' ? 'address' : 'number');
      return `${head}.${rowKey}.${field === 'isPrimary' ? (head === 'emails' ? 'address' : 'number') : field}`;
    }
    if (path.length === 1 && head !== undefined && scalar.includes(head)) return head;
    return null;
  };
}

interface ContactFormProps {
  /** Makes the starting values (called once). */
  initial: () => ContactFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Saves; resolves with the errors, empty when it worked (the page then moves on). */
  onSubmit: (input: CreateContactInput, options: SubmitOptions) => Promise<readonly FormError[]>;
  saving: boolean;
  /** Offer "Invite to the client portal" (on the new-contact form) for a client with an email. */
  offerPortalInvite?: boolean;
}

export interface SubmitOptions {
  /** Invite the new client to the portal at the primary email once created. */
  invitePortal: boolean;
}

export function ContactForm({ initial, submitLabel, cancelTo, onSubmit, saving, offerPortalInvite = false }: ContactFormProps) {
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [invitePortal, setInvitePortal] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const addEmailRef = useRef<HTMLButtonElement>(null);
  const addPhoneRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | HTMLElement | null>(null);
  useFocusFirstError(formRef, failure?.errors ?? NO_ERRORS);

  // After adding or removing a row, put focus somewhere sensible once the row list has rendered.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    (typeof target === 'string' ? document.getElementById(target) : target)?.focus();
  });

  const sorted = failure ? sortErrors(failure.errors, errorKeyOf(failure)) : sortErrors([], () => null);
  const errorFor = (key: string) => sorted.fields.get(key);
  const fieldId = (name: string) => `${formId}-${name}`;

  const set = <K extends keyof ContactFormValues>(name: K, value: ContactFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));

  const updateEmail = (key: string, change: Partial<EmailRow>) =>
    setValues((current) => ({ ...current, emails: current.emails.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const updatePhone = (key: string, change: Partial<PhoneRow>) =>
    setValues((current) => ({ ...current, phones: current.phones.map((row) => (row.key === key ? { ...row, ...change } : row)) }));
  const choosePrimaryEmail = (key: string) => setValues((current) => ({ ...current, emails: current.emails.map((row) => ({ ...row, isPrimary: row.key === key })) }));
  const choosePrimaryPhone = (key: string) => setValues((current) => ({ ...current, phones: current.phones.map((row) => ({ ...row, isPrimary: row.key === key })) }));

  const addEmail = () => {
    const key = newRowKey();
    pendingFocus.current = fieldId(`email-${key}-address`);
    setValues((current) => ({ ...current, emails: [...current.emails, { key, address: '', label: '', isPrimary: current.emails.length === 0 }] }));
  };
  const removeEmail = (key: string) => {
    pendingFocus.current = addEmailRef.current;
    setValues((current) => {
      const emails = current.emails.filter((row) => row.key !== key);
      const first = emails[0];
      if (first && !emails.some((row) => row.isPrimary)) emails[0] = { ...first, isPrimary: true };
      return { ...current, emails };
    });
  };
  const addPhone = () => {
    const key = newRowKey();
    pendingFocus.current = fieldId(`phone-${key}-number`);
    setValues((current) => ({ ...current, phones: [...current.phones, { key, number: '', label: '', isPrimary: current.phones.length === 0 }] }));
  };
  const removePhone = (key: string) => {
    pendingFocus.current = addPhoneRef.current;
    setValues((current) => {
      const phones = current.phones.filter((row) => row.key !== key);
      const first = phones[0];
      if (first && !phones.some((row) => row.isPrimary)) phones[0] = { ...first, isPrimary: true };
      return { ...current, phones };
    });
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    // Rows left completely empty are not sent; everything typed is, and the server judges it.
    const emails = values.emails.filter((row) => row.address.trim() || row.label.trim());
    const phones = values.phones.filter((row) => row.number.trim() || row.label.trim());
    const person = values.type === 'PERSON';
    const input: CreateContactInput = {
      type: values.type,
      kind: values.kind,
      firstName: person ? values.firstName : null,
      lastName: person ? values.lastName : null,
      organizationName: values.organizationName.trim() ? values.organizationName : null,
      notes: values.notes.trim() ? values.notes : null,
      emails: emails.map((row) => ({ address: row.address, label: row.label.trim() ? row.label : null, isPrimary: row.isPrimary })),
      phones: phones.map((row) => ({ number: row.number, label: row.label.trim() ? row.label : null, isPrimary: row.isPrimary })),
    };
    const errors = await onSubmit(input, { invitePortal: canInvite && invitePortal });
    setFailure(errors.length > 0 ? { errors: [...errors], type: values.type, emailKeys: emails.map((row) => row.key), phoneKeys: phones.map((row) => row.key) } : null);
  }

  const person = values.type === 'PERSON';
  const primaryEmail = (values.emails.find((row) => row.isPrimary) ?? values.emails[0])?.address.trim() ?? '';
  const canInvite = offerPortalInvite && values.kind === 'CLIENT' && primaryEmail !== '';
  const emailListErrorId = fieldId('emails-error');
  const phoneListErrorId = fieldId('phones-error');
  const emailListError = errorFor('emails') ?? [];
  const phoneListError = errorFor('phones') ?? [];

  return (
    <form ref={formRef} className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} />

      <div className="form-grid">
        <RadioGroup
          label="Contact type"
          name={fieldId('type')}
          value={values.type}
          options={TYPE_OPTIONS}
          onChange={(type) => set('type', type)}
          inline
          error={errorFor('type')}
        />
        <SelectField
          label="Kind"
          value={values.kind}
          options={KIND_OPTIONS}
          onChange={(event) => {
            const kind = KIND_OPTIONS.find((option) => option.value === event.target.value);
            if (kind) set('kind', kind.value);
          }}
          error={errorFor('kind')}
        />
      </div>

      {person ? (
        <>
          <div className="form-grid">
            <TextField label="First name" autoComplete="off" value={values.firstName} onChange={(event) => set('firstName', event.target.value)} error={errorFor('firstName')} />
            <TextField label="Last name" autoComplete="off" value={values.lastName} onChange={(event) => set('lastName', event.target.value)} error={errorFor('lastName')} />
          </div>
          <TextField
            label="Employer (optional)"
            hint="The organization this person works for."
            autoComplete="off"
            value={values.organizationName}
            onChange={(event) => set('organizationName', event.target.value)}
            error={errorFor('organizationName')}
          />
        </>
      ) : (
        <TextField
          label="Organization name"
          autoComplete="off"
          value={values.organizationName}
          onChange={(event) => set('organizationName', event.target.value)}
          error={errorFor('organizationName')}
        />
      )}

      <fieldset className="fieldset repeat" aria-describedby={emailListError.length > 0 ? emailListErrorId : undefined}>
        <legend className="repeat__legend">Email addresses</legend>
        {values.emails.length === 0 ? <p className="muted">No email addresses.</p> : null}
        {values.emails.map((row, index) => (
          <div className="repeat__row" key={row.key}>
            <TextField
              id={fieldId(`email-${row.key}-address`)}
              label={
                <>
                  Email address<span className="visually-hidden"> {index + 1}</span>
                </>
              }
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              value={row.address}
              onChange={(event) => updateEmail(row.key, { address: event.target.value })}
              error={errorFor(`emails.${row.key}.address`)}
              className="repeat__main"
            />
            <TextField
              label={
                <>
                  Label<span className="visually-hidden"> of email address {index + 1}</span>
                </>
              }
              placeholder="work, home"
              autoComplete="off"
              value={row.label}
              onChange={(event) => updateEmail(row.key, { label: event.target.value })}
              error={errorFor(`emails.${row.key}.label`)}
              className="repeat__label"
            />
            <div className="check repeat__primary">
              <input
                type="radio"
                className="check__input"
                id={fieldId(`email-${row.key}-primary`)}
                name={fieldId('primary-email')}
                checked={row.isPrimary}
                onChange={() => choosePrimaryEmail(row.key)}
                aria-invalid={emailListError.length > 0 || undefined}
                aria-describedby={emailListError.length > 0 ? emailListErrorId : undefined}
              />
              <label className="check__label" htmlFor={fieldId(`email-${row.key}-primary`)}>
                Primary<span className="visually-hidden"> email address</span>
              </label>
            </div>
            <Button size="sm" variant="quiet" className="repeat__remove" onClick={() => removeEmail(row.key)}>
              Remove<span className="visually-hidden"> email address {index + 1}</span>
            </Button>
          </div>
        ))}
        <FieldError id={emailListErrorId} messages={emailListError} />
        <Button size="sm" ref={addEmailRef} onClick={addEmail}>
          Add email address
        </Button>
      </fieldset>

      <fieldset className="fieldset repeat" aria-describedby={phoneListError.length > 0 ? phoneListErrorId : undefined}>
        <legend className="repeat__legend">Phone numbers</legend>
        {values.phones.length === 0 ? <p className="muted">No phone numbers.</p> : null}
        {values.phones.map((row, index) => (
          <div className="repeat__row" key={row.key}>
            <TextField
              id={fieldId(`phone-${row.key}-number`)}
              label={
                <>
                  Phone number<span className="visually-hidden"> {index + 1}</span>
                </>
              }
              type="tel"
              autoComplete="off"
              value={row.number}
              onChange={(event) => updatePhone(row.key, { number: event.target.value })}
              error={errorFor(`phones.${row.key}.number`)}
              className="repeat__main"
            />
            <TextField
              label={
                <>
                  Label<span className="visually-hidden"> of phone number {index + 1}</span>
                </>
              }
              placeholder="mobile, office"
              autoComplete="off"
              value={row.label}
              onChange={(event) => updatePhone(row.key, { label: event.target.value })}
              error={errorFor(`phones.${row.key}.label`)}
              className="repeat__label"
            />
            <div className="check repeat__primary">
              <input
                type="radio"
                className="check__input"
                id={fieldId(`phone-${row.key}-primary`)}
                name={fieldId('primary-phone')}
                checked={row.isPrimary}
                onChange={() => choosePrimaryPhone(row.key)}
                aria-invalid={phoneListError.length > 0 || undefined}
                aria-describedby={phoneListError.length > 0 ? phoneListErrorId : undefined}
              />
              <label className="check__label" htmlFor={fieldId(`phone-${row.key}-primary`)}>
                Primary<span className="visually-hidden"> phone number</span>
              </label>
            </div>
            <Button size="sm" variant="quiet" className="repeat__remove" onClick={() => removePhone(row.key)}>
              Remove<span className="visually-hidden"> phone number {index + 1}</span>
            </Button>
          </div>
        ))}
        <FieldError id={phoneListErrorId} messages={phoneListError} />
        <Button size="sm" ref={addPhoneRef} onClick={addPhone}>
          Add phone number
        </Button>
      </fieldset>

      <TextAreaField
        label="Notes (optional)"
        hint="For staff only; clients never see notes."
        rows={5}
        value={values.notes}
        onChange={(event) => set('notes', event.target.value)}
        error={errorFor('notes')}
      />

      {canInvite ? (
        <CheckboxField
          label="Invite to the client portal"
          hint={`An invitation goes to ${primaryEmail}, which becomes the login name, once the contact is created.`}
          checked={invitePortal}
          onChange={(event) => setInvitePortal(event.target.checked)}
        />
      ) : null}

      <div className="form-actions">
        <Button type="submit" variant="primary" busy={saving} busyLabel="Saving…">
          {submitLabel}
        </Button>
        <Link to={cancelTo} className="btn btn--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
