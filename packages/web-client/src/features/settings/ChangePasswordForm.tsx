import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState, type FormEvent } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import { checkNewPassword, NewPasswordFields } from '../auth/PasswordFields';
import { useSignedInViewer } from '../auth/ViewerContext';

const ChangePasswordForm_Change = graphql(`
  mutation ChangePasswordForm_Change($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

type FieldName = 'currentPassword' | 'newPassword' | 'confirm';
const ORDER: readonly FieldName[] = ['currentPassword', 'newPassword', 'confirm'];

/** S13: a new password, given the current one; the client's other sessions end, this one stays. */
export function ChangePasswordForm({ headingId }: { headingId: string }) {
  const viewer = useSignedInViewer();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [change, { loading }] = useMutation(ChangePasswordForm_Change);
  const refs = { currentPassword: currentRef, newPassword: passwordRef, confirm: confirmRef };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setChanged(false);
    setFormError(null);
    const checked = checkNewPassword(password, confirm);
    const invalid: Partial<Record<FieldName, string>> = { newPassword: checked.password, confirm: checked.confirm };
    if (!current) invalid.currentPassword = 'Enter your current password.';
    setFieldErrors(invalid);
    const firstInvalid = ORDER.find((field) => invalid[field]);
    if (firstInvalid) {
      focusLater(() => refs[firstInvalid].current);
      return;
    }
    try {
      const { data } = await change({ variables: { input: { currentPassword: current, newPassword: password } } });
      const payload = data?.changeMyPassword;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0 && payload.ok) {
        setCurrent('');
        setPassword('');
        setConfirm('');
        setFieldErrors({});
        setChanged(true);
        focusLater(() => noticeRef.current);
        return;
      }
      const next: Partial<Record<FieldName, string>> = {};
      const rest: string[] = [];
      for (const problem of payload.errors) {
        const field = ORDER.find((name) => name === problem.field?.[0]);
        if (field && !next[field]) next[field] = problem.message;
        else rest.push(problem.message);
      }
      if (rest.length === 0 && !next.currentPassword && !next.newPassword) rest.push('Your password could not be changed. Please try again.');
      setFieldErrors(next);
      setFormError(rest.length > 0 ? rest.join(' ') : null);
      const firstField = ORDER.find((field) => next[field]);
      focusLater(() => (rest.length > 0 || !firstField ? alertRef.current : refs[firstField].current));
    } catch (failure) {
      if (sessionEnded(failure)) return;
      setFormError(describeRequestError(failure));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
      {changed ? (
        <Alert ref={noticeRef} tone="info" title="Password changed">
          Use your new password from now on. You stay signed in here; everywhere else you were signed out.
        </Alert>
      ) : null}
      {formError ? (
        <Alert ref={alertRef} title="Your password was not changed">
          {formError}
        </Alert>
      ) : null}
      {/* Lets password managers tie the new password to the account. */}
      <input type="email" name="username" autoComplete="username" value={viewer.email} readOnly hidden />
      <TextField
        ref={currentRef}
        label="Current password"
        name="current-password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={fieldErrors.currentPassword}
      />
      <NewPasswordFields
        password={password}
        confirm={confirm}
        onPasswordChange={setPassword}
        onConfirmChange={setConfirm}
        passwordError={fieldErrors.newPassword}
        confirmError={fieldErrors.confirm}
        passwordRef={passwordRef}
        confirmRef={confirmRef}
        person={{ email: viewer.email, name: viewer.name }}
      />
      <div className="form__actions">
        <Button type="submit" busy={loading} busyLabel="Changing the password…">
          Change password
        </Button>
      </div>
    </form>
  );
}
