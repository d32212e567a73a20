import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { describeRequestError, splitUserErrors } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { usePageFocus } from '../../ui/usePageFocus';
import { useFirm, useFirmTitle } from '../firm/FirmContext';

const SignInPage_SignIn = graphql(`
  mutation SignInPage_SignIn($input: SignInClientInput!) {
    signInClient(input: $input) {
      errors {
        code
        message
        field
      }
      client {
        id
        name
        email
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;
type FieldName = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<FieldName, string>>;
type FocusTarget = FieldName | 'alert';

/** What another page may hand the sign-in page: a notice to show, and the email to fill in. */
export interface SignInState {
  notice?: string;
  email?: string;
}

function signInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { notice, email } = state as Record<string, unknown>;
  return { notice: typeof notice === 'string' ? notice : undefined, email: typeof email === 'string' ? email : undefined };
}

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'Enter an email address like name@example.com.';
  if (!password) errors.password = 'Enter your password.';
  return errors;
}

/** Sign-in at the firm's address; on success the portal shows the home page in its place. */
export function SignInPage() {
  const firm = useFirm();
  useFirmTitle();
  const heading = usePageFocus<HTMLHeadingElement>();
  const location = useLocation();
  const handedOver = signInState(location.state);
  const [email, setEmail] = useState(handedOver.email ?? '');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ target: FocusTarget } | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const [signIn, { loading }] = useMutation(SignInPage_SignIn, {
    update(cache, { data }) {
      const client = data?.signInClient.client;
      if (!client || data.signInClient.errors.length > 0) return;
      // The portal switches to the signed-in pages as soon as the viewer is in the cache.
      cache.modify({
        id: 'ROOT_QUERY',
        fields: { clientViewer: (_current, { toReference }) => toReference({ __typename: 'ClientUser', id: client.id }) ?? null },
      });
    },
  });

  // Focus moves to the error after a failed submit, once it is on screen.
  useEffect(() => {
    if (!focusRequest) return;
    const element = { email: emailRef, password: passwordRef, alert: alertRef }[focusRequest.target].current;
    element?.focus();
  }, [focusRequest]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    const invalid = validate(email, password);
    setFieldErrors(invalid);
    const firstInvalid = FIELDS.find((field) => invalid[field]);
    if (firstInvalid) {
      setFocusRequest({ target: firstInvalid });
      return;
    }
    try {
      const { data } = await signIn({ variables: { input: { firmSlug: firm.slug, email: email.trim(), password } } });
      const payload = data?.signInClient;
      if (!payload) throw new Error('The sign-in answer was empty.');
      if (payload.errors.length === 0 && payload.client) return;
      const { fieldErrors: fromServer, formErrors } = splitUserErrors(payload.errors, FIELDS);
      const message = formErrors.length > 0 ? formErrors.join(' ') : payload.errors.length === 0 ? 'Signing in did not work. Please try again.' : null;
      setFieldErrors(fromServer);
      setFormError(message);
      setFocusRequest({ target: message ? 'alert' : (FIELDS.find((field) => fromServer[field]) ?? 'alert') });
    } catch (error) {
      setFormError(describeRequestError(error));
      setFocusRequest({ target: 'alert' });
    }
  }

  return (
    <section className="panel panel--narrow" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" ref={heading} tabIndex={-1}>
        Sign in
      </h1>
      <p className="lead">Your client portal with {firm.name}.</p>
      {handedOver.notice ? <Alert tone="info">{handedOver.notice}</Alert> : null}
      <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="sign-in-heading">
        {formError ? (
          <Alert ref={alertRef} title="You could not be signed in">
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
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          ref={passwordRef}
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <p className="form__aside">
          <Link to={`/p/${firm.slug}/forgot-password`}>Forgot your password?</Link>
        </p>
        <Button type="submit" busy={loading} busyLabel="Signing in…" className="form__submit">
          Sign in
        </Button>
      </form>
      <p className="note">
        Your account is created from the invitation email {firm.name} sends you. If you have not received one, please contact {firm.name}.
      </p>
    </section>
  );
}
