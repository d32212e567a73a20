import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { optionsOf } from '../../lib/enums';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { FieldError, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { DataTable } from '../../ui/Table';
import { ContactPicker, type PickedContact } from '../contacts/ContactPicker';
import { MATTER_STATUS_LABELS, type MatterStatus, type ParticipantRole } from './labels';
import { ParticipantRoleSelect, ROLE_OPTIONS } from './ParticipantRoleSelect';

export interface ChosenParticipant {
  key: string;
  contact: PickedContact;
  role: ParticipantRole;
}

export interface MatterFormValues {
  name: string;
  number: string;
  description: string;
  responsibleStaffId: string;
  status: MatterStatus;
  participants: ChosenParticipant[];
}

/** What the form hands to the page: the fields both create and update take, plus the rest. */
export interface MatterFormResult {
  name: string;
  number: string | null;
  description: string | null;
  responsibleStaffId: string;
  status: MatterStatus;
  participants: { contactId: string; role: ParticipantRole }[];
}

const STATUS_OPTIONS = optionsOf(MATTER_STATUS_LABELS);
const NO_ERRORS: FormError[] = [];

interface Failure {
  errors: FormError[];
  participantKeys: string[];
}

function errorKeyOf(failure: Failure, mode: 'create' | 'edit') {
  const scalar = mode === 'create' ? ['name', 'number', 'description', 'responsibleStaffId'] : ['name', 'number', 'description', 'responsibleStaffId', 'status'];
  return (path: readonly string[]): string | null => {
    const [head, index] = path;
    if (head === 'participants' && mode === 'create') {
      const key = index === undefined ? undefined : failure.participantKeys[Number(index)];
      return key === undefined ? 'participants' : `participants.${key}`;
    }
    if (path.length === 1 && head !== undefined && scalar.includes(head)) return head;
    return null;
  };
}

interface MatterFormProps {
  mode: 'create' | 'edit';
  initial: () => MatterFormValues;
  staffOptions: readonly { value: string; label: string }[];
  /** The current number, when editing (a blank number keeps it). */
  currentNumber?: string;
  submitLabel: string;
  cancelTo: string;
  saving: boolean;
  onSubmit: (result: MatterFormResult) => Promise<readonly FormError[]>;
}

let participantCounter = 0;

export function MatterForm({ mode, initial, staffOptions, currentNumber, submitLabel, cancelTo, saving, onSubmit }: MatterFormProps) {
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [candidate, setCandidate] = useState<PickedContact | null>(null);
  const [candidateRole, setCandidateRole] = useState<ParticipantRole>('CLIENT');
  const [candidateError, setCandidateError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const participantsHeading = useRef<HTMLHeadingElement>(null);
  useFocusFirstError(formRef, failure?.errors ?? NO_ERRORS);

  const sorted = failure ? sortErrors(failure.errors, errorKeyOf(failure, mode)) : sortErrors([], () => null);
  const errorFor = (key: string) => sorted.fields.get(key);
  const set = <K extends keyof MatterFormValues>(name: K, value: MatterFormValues[K]) => setValues((current) => ({ ...current, [name]: value }));

  const addCandidate = () => {
    if (!candidate) {
      setCandidateError('Choose a contact first.');
      return;
    }
    if (values.participants.some((participant) => participant.contact.id === candidate.id)) {
      setCandidateError(`${candidate.displayName} is on the list already.`);
      return;
    }
    participantCounter += 1;
    const chosen: ChosenParticipant = { key: `p${participantCounter}`, contact: candidate, role: candidateRole };
    setValues((current) => ({ ...current, participants: [...current.participants, chosen] }));
    setCandidate(null);
    setCandidateRole('CLIENT');
    setCandidateError(null);
  };

  const removeParticipant = (key: string) => {
    setValues((current) => ({ ...current, participants: current.participants.filter((participant) => participant.key !== key) }));
    participantsHeading.current?.focus();
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    // A contact chosen but not yet added still counts: choosing was the intent.
    const pending = candidate && !values.participants.some((participant) => participant.contact.id === candidate.id) ? [{ contactId: candidate.id, role: candidateRole }] : [];
    const result: MatterFormResult = {
      name: values.name,
      number: values.number.trim() ? values.number : null,
      description: values.description.trim() ? values.description : null,
      responsibleStaffId: values.responsibleStaffId,
      status: values.status,
      participants: [...values.participants.map((participant) => ({ contactId: participant.contact.id, role: participant.role })), ...pending],
    };
    const errors = await onSubmit(result);
    setFailure(errors.length > 0 ? { errors: [...errors], participantKeys: values.participants.map((participant) => participant.key) } : null);
  }

  const participantListError = errorFor('participants') ?? [];

  return (
    <form ref={formRef} className="form form--wide" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <FormAlert errors={sorted} />
      <TextField label="Name" autoComplete="off" value={values.name} onChange={(event) => set('name', event.target.value)} error={errorFor('name')} required />
      <TextField
        label="Number (optional)"
        hint={mode === 'create' ? 'Leave blank to number the matter automatically, like 2026-0042.' : `Leave blank to keep ${currentNumber ?? 'the current number'}.`}
        autoComplete="off"
        spellCheck={false}
        value={values.number}
        onChange={(event) => set('number', event.target.value)}
        error={errorFor('number')}
        className="field--narrow"
      />
      <TextAreaField label="Description (optional)" rows={4} value={values.description} onChange={(event) => set('description', event.target.value)} error={errorFor('description')} />
      <SelectField
        label="Responsible staff member"
        value={values.responsibleStaffId}
        options={staffOptions}
        onChange={(event) => set('responsibleStaffId', event.target.value)}
        error={errorFor('responsibleStaffId')}
        className="field--narrow"
      />
      {mode === 'edit' ? (
        <RadioGroup label="Status" name="matter-status" value={values.status} options={STATUS_OPTIONS} onChange={(status) => set('status', status)} inline error={errorFor('status')} />
      ) : null}

      {mode === 'create' ? (
        <section className="subform" aria-labelledby="participants-heading">
          <h2 className="section__title" id="participants-heading" tabIndex={-1} ref={participantsHeading}>
            Participants (optional)
          </h2>
          <p className="muted">Add the contacts taking part: clients, the other side, witnesses, experts.</p>
          {values.participants.length > 0 ? (
            <DataTable caption="Participants to add">
              <thead>
                <tr>
                  <th scope="col">Contact</th>
                  <th scope="col">Role</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.participants.map((participant) => (
                  <tr key={participant.key}>
                    <td>
                      {participant.contact.displayName}
                      {participant.contact.primaryEmail ? <span className="table__sub">{participant.contact.primaryEmail}</span> : null}
                    </td>
                    <td>
                      <ParticipantRoleSelect
                        contactName={participant.contact.displayName}
                        value={participant.role}
                        error={errorFor(`participants.${participant.key}`)}
                        onChange={(role) =>
                          setValues((current) => ({
                            ...current,
                            participants: current.participants.map((item) => (item.key === participant.key ? { ...item, role } : item)),
                          }))
                        }
                      />
                    </td>
                    <td className="table__actions">
                      <Button size="sm" variant="quiet" onClick={() => removeParticipant(participant.key)}>
                        Remove<span className="visually-hidden"> {participant.contact.displayName}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}
          <FieldError id="participants-error" messages={participantListError} />
          <div className="subform__add">
            <ContactPicker
              selected={candidate}
              onSelect={(contact) => {
                setCandidate(contact);
                setCandidateError(null);
              }}
              excludeIds={values.participants.map((participant) => participant.contact.id)}
            />
            <div className="subform__row">
              <SelectField
                label="Role"
                value={candidateRole}
                options={ROLE_OPTIONS}
                onChange={(event) => {
                  const option = ROLE_OPTIONS.find((item) => item.value === event.target.value);
                  if (option) setCandidateRole(option.value);
                }}
              />
              <Button onClick={addCandidate}>Add participant</Button>
            </div>
            <p className="field__error" role="alert">
              {candidateError}
            </p>
          </div>
        </section>
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
