import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState, type FormEvent } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';

const NameForm_Update = graphql(`
  mutation NameForm_Update($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      client {
        id
        name
        email
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The client's name, as the firm and fellow members see it (the header shows it at once, from the cache). */
export function NameForm({ currentName, headingId }: { currentName: string; headingId: string }) {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [update, { loading }] = useMutation(NameForm_Update);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    setFormError(null);
    const trimmed = name.trim();
    const invalid = !trimmed ? 'Enter your name.' : trimmed.length > 200 ? 'Use at most 200 characters.' : null;
    setError(invalid);
    if (invalid) {
      focusLater(() => inputRef.current);
      return;
    }
    try {
      const { data } = await update({ variables: { input: { name: trimmed } } });
      const payload = data?.updateMyProfile;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0 && payload.client) {
        setName(payload.client.name);
        setSaved(true);
        return;
      }
      const atField = payload.errors.find((e) => e.field?.[0] === 'name');
      const others = payload.errors.filter((e) => e !== atField).map((e) => e.message);
      setError(atField?.message ?? null);
      setFormError(others.length > 0 ? others.join(' ') : atField ? null : 'Your name could not be saved. Please try again.');
      focusLater(() => (atField && others.length === 0 ? inputRef.current : alertRef.current));
    } catch (failure) {
      if (sessionEnded(failure)) return;
      setFormError(describeRequestError(failure));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      {formError ? (
        <Alert ref={alertRef} title="Your name was not saved">
          {formError}
        </Alert>
      ) : null}
      <TextField
        ref={inputRef}
        label="Full name"
        name="name"
        autoComplete="name"
        required
        maxLength={200}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
        }}
        error={error}
      />
      {/* Always present, so that "Saved" is announced when it appears. */}
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Saving…">
          Save name
        </Button>
        <p className="form__status" role="status">
          {saved ? 'Your name was saved.' : ''}
        </p>
      </div>
    </form>
  );
}
