import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import type { MyDetailsData } from './MyDetailsPage';

const MyDetailsForm_Update = graphql(`
  mutation MyDetailsForm_Update($input: UpdateMyDetailsInput!) {
    updateMyDetails(input: $input) {
      changed
      myDetails {
        ...MyDetailsPage_details
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

interface EmailRow {
  key: string;
  address: string;
  label: string;
  /** The sign-in address: shown, kept, never edited here. */
  isLogin: boolean;
}

interface PhoneRow {
  key: string;
  number: string;
  label: string;
}

/** Errors keyed by input path, e.g. "emails.1.address"; "emails" for the list as a whole. */
type FieldErrors = Record<string, string>;

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/**
 * S10: the member's email addresses and phone numbers as an editable list; the server checks
 * them as it checks a staff edit, and its messages are shown next to the rows they concern.
 */
export function MyDetailsForm({
  portalId,
  details,
  headingId,
  onDone,
  onCancel,
}: {
  portalId: string;
  details: MyDetailsData;
  headingId: string;
  onDone: (changed: boolean) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [emails, setEmails] = useState<EmailRow[]>(() =>
    details.emails.map((e) => ({ key: newKey(), address: e.address, label: e.label ?? '', isLogin: e.isLoginEmail })),
  );
  const [phones, setPhones] = useState<PhoneRow[]>(() => details.phones.map((p) => ({ key: newKey(), number: p.number, label: p.label ?? '' })));
  const [primaryEmail, setPrimaryEmail] = useState(() => emails.find((_, i) => details.emails[i]?.isPrimary)?.key ?? emails[0]?.key ?? '');
  const [primaryPhone, setPrimaryPhone] = useState(() => phones.find((_, i) => details.phones[i]?.isPrimary)?.key ?? phones[0]?.key ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [update, { loading }] = useMutation(MyDetailsForm_Update);

  const fieldId = (path: string) => `${id}-${path.replaceAll('.', '-')}`;
  // The inputs by input path, to move focus to the one an error is about.
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const inputRef = (path: string) => (element: HTMLInputElement | null) => {
    if (element) inputs.current.set(path, element);
    else inputs.current.delete(path);
  };
  const focusTarget = (path: string): HTMLElement | null => inputs.current.get(path) ?? document.getElementById(fieldId(path));

  function addEmail() {
    const row = { key: newKey(), address: '', label: '', isLogin: false };
    setEmails((rows) => [...rows, row]);
    if (!primaryEmail) setPrimaryEmail(row.key);
    focusLater(() => focusTarget(`emails.${emails.length}.address`));
  }

  function addPhone() {
    const row = { key: newKey(), number: '', label: '' };
    setPhones((rows) => [...rows, row]);
    if (!primaryPhone) setPrimaryPhone(row.key);
    focusLater(() => focusTarget(`phones.${phones.length}.number`));
  }

  function removeEmail(key: string) {
    const rest = emails.filter((row) => row.key !== key);
    setEmails(rest);
    if (primaryEmail === key) setPrimaryEmail(rest[0]?.key ?? '');
    setErrors({});
    focusLater(() => document.getElementById(`${id}-add-email`));
  }

  function removePhone(key: string) {
    const rest = phones.filter((row) => row.key !== key);
    setPhones(rest);
    if (primaryPhone === key) setPrimaryPhone(rest[0]?.key ?? '');
    setErrors({});
    focusLater(() => document.getElementById(`${id}-add-phone`));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setErrors({});
    setFormErrors([]);
    try {
      const { data } = await update({
        variables: {
          input: {
            portalId,
            emails: emails.map((row) => ({ address: row.address, label: row.label.trim() || null, isPrimary: row.key === primaryEmail })),
            phones: phones.map((row) => ({ number: row.number, label: row.label.trim() || null, isPrimary: row.key === primaryPhone })),
          },
        },
      });
      const payload = data?.updateMyDetails;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0 && payload.myDetails) {
        onDone(payload.changed);
        return;
      }
      const next: FieldErrors = {};
      const rest: string[] = [];
      for (const problem of payload.errors) {
        const path = problem.field?.join('.') ?? '';
        const known = /^(emails|phones)(\.\d+\.(address|number|label))?$/.test(path);
        if (known && !next[path]) next[path] = problem.message;
        else rest.push(problem.message);
      }
      if (rest.length === 0 && Object.keys(next).length === 0) rest.push('Your details could not be saved. Please try again.');
      setErrors(next);
      setFormErrors(rest);
      const first = Object.keys(next)[0];
      focusLater(() => (rest.length > 0 || !first ? alertRef.current : focusTarget(first)));
    } catch (failure) {
      if (sessionEnded(failure)) return;
      setFormErrors([describeRequestError(failure)]);
      focusLater(() => alertRef.current);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      {formErrors.length > 0 ? (
        <Alert ref={alertRef} title="Your details were not saved">
          {formErrors.join(' ')}
        </Alert>
      ) : null}

      <fieldset className="fieldset" aria-describedby={errors['emails'] ? fieldId('emails') : undefined}>
        <legend className="fieldset__legend">Email addresses</legend>
        {errors['emails'] ? (
          <p className="field__error" id={fieldId('emails')} tabIndex={-1}>
            <span className="visually-hidden">Error: </span>
            {errors['emails']}
          </p>
        ) : null}
        {emails.length === 0 ? <p className="muted">No email address. Add one below.</p> : null}
        {emails.map((row, index) => (
          <div key={row.key} className="details-row">
            <TextField
              ref={inputRef(`emails.${index}.address`)}
              label={`Email address ${index + 1}`}
              hint={row.isLogin ? 'You sign in with this address; the firm can change it for you.' : undefined}
              type="email"
              autoComplete="email"
              value={row.address}
              readOnly={row.isLogin}
              className={row.isLogin ? 'field--read-only' : undefined}
              onChange={(event) => setEmails((rows) => rows.map((r) => (r.key === row.key ? { ...r, address: event.target.value } : r)))}
              error={errors[`emails.${index}.address`]}
            />
            <TextField
              ref={inputRef(`emails.${index}.label`)}
              label={`Label for email address ${index + 1} (optional)`}
              placeholder="home, work…"
              value={row.label}
              onChange={(event) => setEmails((rows) => rows.map((r) => (r.key === row.key ? { ...r, label: event.target.value } : r)))}
              error={errors[`emails.${index}.label`]}
            />
            <div className="details-row__actions">
              <label className="details-row__primary">
                <input type="radio" name={`${id}-primary-email`} checked={primaryEmail === row.key} onChange={() => setPrimaryEmail(row.key)} />
                Primary<span className="visually-hidden"> (email address {index + 1})</span>
              </label>
              {row.isLogin ? null : (
                <Button variant="quiet" onClick={() => removeEmail(row.key)}>
                  Remove<span className="visually-hidden"> email address {index + 1}</span>
                </Button>
              )}
            </div>
          </div>
        ))}
        <div>
          <Button id={`${id}-add-email`} variant="secondary" onClick={addEmail}>
            Add an email address
          </Button>
        </div>
      </fieldset>

      <fieldset className="fieldset" aria-describedby={errors['phones'] ? fieldId('phones') : undefined}>
        <legend className="fieldset__legend">Phone numbers</legend>
        {errors['phones'] ? (
          <p className="field__error" id={fieldId('phones')} tabIndex={-1}>
            <span className="visually-hidden">Error: </span>
            {errors['phones']}
          </p>
        ) : null}
        {phones.length === 0 ? <p className="muted">No phone number. Add one below.</p> : null}
        {phones.map((row, index) => (
          <div key={row.key} className="details-row">
            <TextField
              ref={inputRef(`phones.${index}.number`)}
              label={`Phone number ${index + 1}`}
              type="tel"
              autoComplete="tel"
              value={row.number}
              onChange={(event) => setPhones((rows) => rows.map((r) => (r.key === row.key ? { ...r, number: event.target.value } : r)))}
              error={errors[`phones.${index}.number`]}
            />
            <TextField
              ref={inputRef(`phones.${index}.label`)}
              label={`Label for phone number ${index + 1} (optional)`}
              placeholder="mobile, office…"
              value={row.label}
              onChange={(event) => setPhones((rows) => rows.map((r) => (r.key === row.key ? { ...r, label: event.target.value } : r)))}
              error={errors[`phones.${index}.label`]}
            />
            <div className="details-row__actions">
              <label className="details-row__primary">
                <input type="radio" name={`${id}-primary-phone`} checked={primaryPhone === row.key} onChange={() => setPrimaryPhone(row.key)} />
                Primary<span className="visually-hidden"> (phone number {index + 1})</span>
              </label>
              <Button variant="quiet" onClick={() => removePhone(row.key)}>
                Remove<span className="visually-hidden"> phone number {index + 1}</span>
              </Button>
            </div>
          </div>
        ))}
        <div>
          <Button id={`${id}-add-phone`} variant="secondary" onClick={addPhone}>
            Add a phone number
          </Button>
        </div>
      </fieldset>

      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Saving…">
          Save my details
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
