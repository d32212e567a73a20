import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeRequestError, splitUserErrors } from '../../app/requestErrors';
import { checkEmail } from '../../app/validation';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useFocusLater } from '../../ui/useFocusLater';
import { usePageFocus } from '../../ui/usePageFocus';
import { useFirm, useFirmTitle } from '../firm/FirmContext';
import { ReadOnlyNote, useViewing } from '../viewing/ViewingContext';

const ForgotPasswordPage_Request = graphql(`
  mutation ForgotPasswordPage_Request($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
      errors {
        code
        message
        field
      }
    }
  }
`);

/** "Forgot password" (I12): asks for a reset link; the answer never tells whether the email has an account. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFirmTitle('Reset your password');
  if (sentTo !== null) return <RequestSent email={sentTo} onAgain={() => setSentTo(null)} />;
  return <RequestForm onSent={setSentTo} />;
}

function RequestForm({ onSent }: { onSent: (email: string) => void }) {
  const firm = useFirm();
  const viewing = useViewing();
  const heading = usePageFocus<HTMLHeadingElement>();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const [request, { loading }] = useMutation(ForgotPasswordPage_Request);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    const invalid = checkEmail(email);
    setEmailError(invalid ?? null);
    if (invalid) {
      focusLater(() => emailRef.current);
      return;
    }
    try {
      const { data } = await request({ variables: { input: { firmSlug: firm.slug, email: email.trim() } } });
      const payload = data?.requestPasswordReset;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0) {
        onSent(email.trim());
        return;
      }
      const { fieldErrors, formErrors } = splitUserErrors(payload.errors, ['email'] as const);
      setEmailError(fieldErrors.email ?? null);
      setFormError(formErrors.length > 0 ? formErrors.join(' ') : null);
      focusLater(() => (formErrors.length > 0 ? alertRef.current : emailRef.current));
    } catch (error) {
      setFormError(describeRequestError(error));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <section className="panel panel--narrow" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading" ref={heading} tabIndex={-1}>
        Reset your password
      </h1>
      {viewing ? (
        <ReadOnlyNote what="Resetting a password" />
      ) : (
        <>
          <p className="lead">Enter the email address you sign in with. We will email you a link to choose a new password.</p>
          <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="forgot-heading">
            {formError ? (
              <Alert ref={alertRef} title="The link could not be requested">
                {formError}
              </Alert>
            ) : null}
            <TextField
              ref={emailRef}
              label="Email address"
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={emailError}
            />
            <Button type="submit" busy={loading} busyLabel="Sending…" className="form__submit">
              Send me a reset link
            </Button>
          </form>
        </>
      )}
      <p className="note">
        Remembered it? <Link to={`/p/${firm.slug}`}>Back to sign in</Link>
      </p>
    </section>
  );
}

function RequestSent({ email, onAgain }: { email: string; onAgain: () => void }) {
  const firm = useFirm();
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="forgot-sent-heading">
      <h1 id="forgot-sent-heading" ref={heading} tabIndex={-1}>
        Check your email
      </h1>
      <Alert tone="info">
        If an account exists for that address, we’ve sent a link to choose a new password. The link works for one hour and only once.
      </Alert>
      <p>
        We sent it to <strong className="break">{email}</strong> if that is the address of an account with {firm.name}. Nothing arrived after a few
        minutes? Check your spam folder, make sure you typed the address you sign in with, or ask again.
      </p>
      <div className="actions">
        <Link className="button button--primary" to={`/p/${firm.slug}`}>
          Back to sign in
        </Link>
        <Button variant="secondary" onClick={onAgain}>
          Ask again
        </Button>
      </div>
    </section>
  );
}
