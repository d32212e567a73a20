import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useFocusLater } from '../../ui/useFocusLater';
import { usePageFocus } from '../../ui/usePageFocus';
import { useFirm, useFirmTitle } from '../firm/FirmContext';
import { ReadOnlyNote, useViewing } from '../viewing/ViewingContext';
import { checkNewPassword, NewPasswordFields } from './PasswordFields';
import { forgetSignedInClient } from './session';
import { useFragmentToken } from './useFragmentToken';

const ResetPasswordPage_Reset = graphql(`
  mutation ResetPasswordPage_Reset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

type Outcome = { kind: 'form' } | { kind: 'done' } | { kind: 'invalid'; message: string | null };

/** Choosing a new password with the link from a reset email: /p/{slug}/reset-password#TOKEN. */
export function ResetPasswordPage() {
  const token = useFragmentToken();
  // A new link opened in this tab starts afresh.
  return <ResetPassword key={token} token={token} />;
}

function ResetPassword({ token }: { token: string }) {
  const [outcome, setOutcome] = useState<Outcome>(() => (token ? { kind: 'form' } : { kind: 'invalid', message: null }));
  useFirmTitle(outcome.kind === 'done' ? 'Password changed' : 'Choose a new password');
  if (outcome.kind === 'done') return <PasswordChanged />;
  if (outcome.kind === 'invalid') return <InvalidResetLink message={outcome.message} />;
  return <ResetForm token={token} onDone={setOutcome} />;
}

type FieldName = 'password' | 'confirm';

function ResetForm({ token, onDone }: { token: string; onDone: (outcome: Outcome) => void }) {
  const firm = useFirm();
  const viewing = useViewing();
  const apollo = useApolloClient();
  const heading = usePageFocus<HTMLHeadingElement>();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const [reset, { loading }] = useMutation(ResetPasswordPage_Reset);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    const invalid = checkNewPassword(password, confirm);
    setFieldErrors(invalid);
    if (invalid.password || invalid.confirm) {
      focusLater(() => (invalid.password ? passwordRef.current : confirmRef.current));
      return;
    }
    try {
      const { data } = await reset({ variables: { input: { firmSlug: firm.slug, token, password } } });
      const payload = data?.resetPassword;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0 && payload.ok) {
        // Every session of the account ended, this browser's included.
        forgetSignedInClient(apollo.cache);
        onDone({ kind: 'done' });
        return;
      }
      const linkProblem = payload.errors.find((error) => error.code === 'INVITATION_INVALID');
      if (linkProblem) {
        onDone({ kind: 'invalid', message: linkProblem.message });
        return;
      }
      const weak = payload.errors.find((error) => error.field?.[0] === 'password');
      const others = payload.errors.filter((error) => error !== weak).map((error) => error.message);
      setFieldErrors(weak ? { password: weak.message } : {});
      setFormError(others.length > 0 ? others.join(' ') : payload.errors.length === 0 ? 'The password could not be changed. Please try again.' : null);
      focusLater(() => (weak && others.length === 0 ? passwordRef.current : alertRef.current));
    } catch (error) {
      setFormError(describeRequestError(error));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <section className="panel panel--narrow" aria-labelledby="reset-heading">
      <h1 id="reset-heading" ref={heading} tabIndex={-1}>
        Choose a new password
      </h1>
      {viewing ? (
        <ReadOnlyNote what="Changing a password" />
      ) : (
        <>
          <p className="lead">Once it is changed, you are signed out everywhere and sign in again with the new password.</p>
          <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="reset-heading">
            {formError ? (
              <Alert ref={alertRef} title="The password was not changed">
                {formError}
              </Alert>
            ) : null}
            <NewPasswordFields
              password={password}
              confirm={confirm}
              onPasswordChange={setPassword}
              onConfirmChange={setConfirm}
              passwordError={fieldErrors.password}
              confirmError={fieldErrors.confirm}
              passwordRef={passwordRef}
              confirmRef={confirmRef}
            />
            <Button type="submit" busy={loading} busyLabel="Changing the password…" className="form__submit">
              Change password
            </Button>
          </form>
        </>
      )}
    </section>
  );
}

function PasswordChanged() {
  const firm = useFirm();
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="reset-done-heading">
      <h1 id="reset-done-heading" ref={heading} tabIndex={-1}>
        Password changed
      </h1>
      <p>Your new password is set. For your safety you were signed out everywhere; sign in again with the new password.</p>
      <div className="actions">
        <Link className="button button--primary" to={`/p/${firm.slug}`}>
          Sign in
        </Link>
      </div>
    </section>
  );
}

function InvalidResetLink({ message }: { message: string | null }) {
  const firm = useFirm();
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="reset-invalid-heading">
      <h1 id="reset-invalid-heading" ref={heading} tabIndex={-1}>
        This reset link does not work
      </h1>
      <p>
        {message ??
          'The link is incomplete. Open it again from the email, or copy the whole address from it into your browser.'}
      </p>
      <p>Reset links work once, for one hour, and only the most recent one does. You can ask for a new one at any time.</p>
      <div className="actions">
        <Link className="button button--primary" to={`/p/${firm.slug}/forgot-password`}>
          Ask for a new link
        </Link>
        <Link className="button button--secondary" to={`/p/${firm.slug}`}>
          Back to sign in
        </Link>
      </div>
    </section>
  );
}
