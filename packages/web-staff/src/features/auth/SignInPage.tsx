import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { FormError } from '../../lib/mutation';
import { FormAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { keyFromKnown, sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { Loading, useDocumentTitle } from '../../ui/Page';
import { useSignIn } from './useSignIn';

const SignInPage_ViewerQuery = graphql(`
  query SignInPage_Viewer {
    viewer {
      id
    }
  }
`);

/** Where to go after signing in: back to the page that sent us here, else Contacts. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from;
    // Only paths inside this app: "/x", never "//host" or a full address.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/' && !from.startsWith('/sign-in')) return from;
  }
  return '/contacts';
}

const keyOf = keyFromKnown(['email', 'password']);

export function SignInPage() {
  useDocumentTitle('Sign in');
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);
  const { data, loading: checking } = useQuery(SignInPage_ViewerQuery);
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  if (data?.viewer) return <Navigate to={target} replace />;

  const sorted = sortErrors(errors, keyOf);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing: FormError[] = [];
    if (!email.trim()) missing.push({ code: 'INVALID_INPUT', message: 'Enter your email address.', field: ['email'] });
    if (!password) missing.push({ code: 'INVALID_INPUT', message: 'Enter your password.', field: ['password'] });
    if (missing.length > 0) {
      setErrors(missing);
      return;
    }
    const outcome = await signIn(email.trim(), password);
    if (outcome.ok) {
      await navigate(target, { replace: true });
    } else {
      setPassword('');
      setErrors(outcome.errors);
    }
  }

  return (
    <div className="sign-in">
      <main className="sign-in__card" id="main-content">
        <p className="sign-in__brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          Atrium
        </p>
        <h1 tabIndex={-1} id="sign-in-heading">
          Sign in
        </h1>
        <p className="sign-in__lead">Staff workspace for your firm’s contacts and matters.</p>
        {checking && !data ? (
          <Loading>Checking your session…</Loading>
        ) : (
          <form ref={formRef} onSubmit={(event) => void handleSubmit(event)} noValidate className="form" aria-labelledby="sign-in-heading">
            <FormAlert errors={sorted} title="You could not be signed in" />
            <TextField
              label="Email address"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              spellCheck={false}
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={sorted.fields.get('email')}
            />
            <TextField
              label="Password"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={sorted.fields.get('password')}
            />
            <Button type="submit" variant="primary" busy={loading} busyLabel="Signing in…" className="btn--block">
              Sign in
            </Button>
          </form>
        )}
      </main>
    </div>
  );
}
