import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ResultOf } from '../../app/operations';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/Checkbox';
import { TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { useFocusLater } from '../../ui/useFocusLater';
import { usePageFocus } from '../../ui/usePageFocus';
import { checkNewPassword, NewPasswordFields } from '../auth/PasswordFields';
import type { SignInState } from '../auth/SignInPage';
import { useFragmentToken } from '../auth/useFragmentToken';
import { useFirm, useFirmTitle } from '../firm/FirmContext';
import { ReadOnlyNote, useViewing } from '../viewing/ViewingContext';

const AcceptInvitationPage_Invitation = graphql(`
  query AcceptInvitationPage_Invitation($firmSlug: String!, $token: String!) {
    portalInvitation(firmSlug: $firmSlug, token: $token) {
      state
      problem
      email
      name
      hasAccount
      termsOfService
      termsVersion
      expiresAt
    }
  }
`);

const AcceptInvitationPage_Accept = graphql(`
  mutation AcceptInvitationPage_Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      loginEmail
      existingAccount
      errors {
        code
        message
        field
      }
    }
  }
`);

type InvitationLinkState = ResultOf<typeof AcceptInvitationPage_Invitation>['portalInvitation']['state'];

/** Why a link cannot be used: its state, or what accepting it answered (it stopped working meanwhile, or the portal is off). */
type Unusable = InvitationLinkState | 'NO_LONGER_VALID' | 'PORTAL_DISABLED';

type Outcome =
  | { kind: 'form' }
  | { kind: 'accepted'; loginEmail: string; existingAccount: boolean }
  | { kind: 'unusable'; state: Unusable; problem: string | null };

/**
 * The invitation link (I15): /p/{slug}/accept#TOKEN. A usable link shows the invited email,
 * the Terms of Service and a new password; any other shows one page saying how to get a new link.
 */
export function AcceptInvitationPage() {
  const token = useFragmentToken();
  // A new link opened in this tab starts afresh.
  return <AcceptInvitation key={token} token={token} />;
}

function AcceptInvitation({ token }: { token: string }) {
  const firm = useFirm();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'form' });
  // no-cache: the token (a variable) and the invitation stay out of the cache.
  const { data, error, refetch } = useQuery(AcceptInvitationPage_Invitation, {
    variables: { firmSlug: firm.slug, token },
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: false,
  });

  if (outcome.kind === 'accepted') return <AccountCreated loginEmail={outcome.loginEmail} existingAccount={outcome.existingAccount} />;
  if (outcome.kind === 'unusable') return <UnusableLink state={outcome.state} problem={outcome.problem} />;
  if (!data) {
    if (error) return <LoadFailed message={describeRequestError(error)} onRetry={() => refetch().catch(() => undefined)} />;
    return <Loading label="Opening your invitation…" />;
  }
  const invitation = data.portalInvitation;
  if (invitation.state !== 'VALID' || !invitation.email || invitation.termsVersion === null) {
    return <UnusableLink state={invitation.state} problem={invitation.problem} />;
  }
  return (
    <AcceptForm
      token={token}
      invitation={{
        email: invitation.email,
        name: invitation.name,
        hasAccount: invitation.hasAccount,
        termsOfService: invitation.termsOfService ?? '',
        termsVersion: invitation.termsVersion,
        expiresAt: invitation.expiresAt,
      }}
      onOutcome={setOutcome}
      onTermsChanged={() => refetch().catch(() => undefined)}
    />
  );
}

interface UsableInvitation {
  email: string;
  name: string | null;
  hasAccount: boolean;
  termsOfService: string;
  termsVersion: number;
  expiresAt: string | null;
}

type FieldName = 'acceptTerms' | 'password' | 'confirm';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

function AcceptForm({
  token,
  invitation,
  onOutcome,
  onTermsChanged,
}: {
  token: string;
  invitation: UsableInvitation;
  onOutcome: (outcome: Outcome) => void;
  onTermsChanged: () => void;
}) {
  const firm = useFirm();
  const viewing = useViewing();
  useFirmTitle('Accept your invitation');
  const heading = usePageFocus<HTMLHeadingElement>();
  const [agreed, setAgreed] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const termsRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const [accept, { loading }] = useMutation(AcceptInvitationPage_Accept);
  const refs = { acceptTerms: termsRef, password: passwordRef, confirm: confirmRef };
  const expires = formatDate(invitation.expiresAt);
  const needsPassword = !invitation.hasAccount;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    const invalid: Partial<Record<FieldName, string>> = needsPassword ? checkNewPassword(password, confirm) : {};
    if (!agreed) invalid.acceptTerms = 'Tick the box to agree to the Terms of Service.';
    setFieldErrors(invalid);
    const firstInvalid = (['acceptTerms', 'password', 'confirm'] as const).find((field) => invalid[field]);
    if (firstInvalid) {
      focusLater(() => refs[firstInvalid].current);
      return;
    }
    try {
      const { data } = await accept({
        variables: {
          input: {
            firmSlug: firm.slug,
            token,
            // The server ignores the password when the email already has an account.
            password: needsPassword ? password : '',
            acceptTerms: agreed,
            termsVersion: invitation.termsVersion,
          },
        },
      });
      const payload = data?.acceptInvitation;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0 && payload.loginEmail) {
        onOutcome({ kind: 'accepted', loginEmail: payload.loginEmail, existingAccount: payload.existingAccount });
        return;
      }
      const byCode = (code: string) => payload.errors.find((e) => e.code === code);
      const linkProblem = byCode('INVITATION_INVALID');
      if (linkProblem) {
        // Used, replaced or expired while the page was open.
        onOutcome({ kind: 'unusable', state: 'NO_LONGER_VALID', problem: linkProblem.message });
        return;
      }
      const portalOff = byCode('PORTAL_DISABLED');
      if (portalOff) {
        // The server's words for this error speak to staff ("an admin can turn it on"); clients get their own.
        onOutcome({
          kind: 'unusable',
          state: 'PORTAL_DISABLED',
          problem: `${firm.name}’s client portal is turned off at the moment, so the invitation cannot be accepted now. Please contact ${firm.name}.`,
        });
        return;
      }
      const next: Partial<Record<FieldName, string>> = {};
      const rest: string[] = [];
      for (const problem of payload.errors) {
        if (problem.code === 'TERMS_NOT_ACCEPTED' || problem.field?.[0] === 'acceptTerms') {
          next.acceptTerms = problem.message;
        } else if (problem.code === 'WEAK_PASSWORD' || problem.field?.[0] === 'password') {
          if (needsPassword) next.password = problem.message;
          else rest.push(problem.message);
        } else {
          rest.push(problem.message);
        }
      }
      if (next.acceptTerms && agreed) {
        // The firm published new terms while the page was open: show them, and ask again.
        setAgreed(false);
        next.acceptTerms = 'The Terms of Service were updated while this page was open. Please read them again and tick the box to agree.';
        onTermsChanged();
      }
      if (rest.length === 0 && !next.acceptTerms && !next.password) rest.push('Your account could not be set up. Please try again.');
      setFieldErrors(next);
      setFormError(rest.length > 0 ? rest.join(' ') : null);
      focusLater(() => (rest.length > 0 ? alertRef.current : next.acceptTerms ? termsRef.current : passwordRef.current));
    } catch (error) {
      setFormError(describeRequestError(error));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <section className="panel panel--wide" aria-labelledby="accept-heading">
      <h1 id="accept-heading" ref={heading} tabIndex={-1}>
        You’ve been invited to {firm.name}’s client portal
      </h1>
      <p className="lead">
        {invitation.name ? `Welcome, ${invitation.name}. ` : null}
        {needsPassword
          ? `Set up your account to see what ${firm.name} shares with you.`
          : `Accept the invitation to add this portal to your account.`}
        {expires ? ` This link works until ${expires}.` : null}
      </p>
      {viewing ? (
        <ReadOnlyNote what="Accepting an invitation" />
      ) : (
        <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="accept-heading">
          {formError ? (
            <Alert ref={alertRef} title="Your account could not be set up">
              {formError}
            </Alert>
          ) : null}
          <TextField
            label="Your login name"
            name="username"
            type="email"
            autoComplete="username"
            readOnly
            value={invitation.email}
            hint="The address this invitation was sent to. You sign in with it; it cannot be changed here."
            className="field--read-only"
          />
          {invitation.hasAccount ? (
            <Alert tone="info" title="You already have an account">
              {invitation.email} already has an account with {firm.name}. This portal will be added to it; sign in with your current password.
            </Alert>
          ) : null}
          <div className="terms">
            <h2 id="terms-heading">Terms of Service</h2>
            {/* A named region, focusable so that keyboard users can scroll it. */}
            <div className="terms__text" tabIndex={0} role="region" aria-labelledby="terms-heading">
              {invitation.termsOfService.trim() ? invitation.termsOfService : `${firm.name} has not published terms for its client portal.`}
            </div>
            <CheckboxField
              ref={termsRef}
              label="I agree to the Terms of Service"
              name="accept-terms"
              required
              checked={agreed}
              onChange={(event) => setAgreed(event.target.checked)}
              error={fieldErrors.acceptTerms}
            />
          </div>
          {needsPassword ? (
            <fieldset className="fieldset">
              <legend className="fieldset__legend">Choose a password</legend>
              <NewPasswordFields
                password={password}
                confirm={confirm}
                onPasswordChange={setPassword}
                onConfirmChange={setConfirm}
                passwordError={fieldErrors.password}
                confirmError={fieldErrors.confirm}
                passwordRef={passwordRef}
                confirmRef={confirmRef}
                person={{ email: invitation.email, name: invitation.name ?? undefined }}
                passwordLabel="Password"
                confirmLabel="Confirm password"
              />
            </fieldset>
          ) : null}
          <Button type="submit" busy={loading} busyLabel={needsPassword ? 'Creating your account…' : 'Accepting…'} className="form__submit">
            {needsPassword ? 'Create account' : 'Accept invitation'}
          </Button>
        </form>
      )}
      <p className="note">
        Already set up? <Link to={`/p/${firm.slug}`}>Sign in</Link>
      </p>
    </section>
  );
}

function AccountCreated({ loginEmail, existingAccount }: { loginEmail: string; existingAccount: boolean }) {
  const firm = useFirm();
  const title = existingAccount ? 'Portal added to your account' : 'Account created';
  useFirmTitle(title);
  const heading = usePageFocus<HTMLHeadingElement>();
  const state: SignInState = { email: loginEmail };
  return (
    <section className="panel panel--narrow" aria-labelledby="accepted-heading">
      <h1 id="accepted-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>
        {existingAccount
          ? `The portal was added to your account with ${firm.name}. Sign in with your current password to see it.`
          : `Your account with ${firm.name} is ready. We have also emailed you your login name and the portal’s address.`}
      </p>
      <dl className="facts">
        <div>
          <dt>Your login name</dt>
          <dd className="break">{loginEmail}</dd>
        </div>
      </dl>
      <div className="actions">
        <Link className="button button--primary" to={`/p/${firm.slug}`} state={state}>
          Sign in
        </Link>
      </div>
    </section>
  );
}

const UNUSABLE_HEADINGS: Record<Unusable, string> = {
  VALID: 'This invitation link cannot be used',
  USED: 'This invitation link has been used already',
  EXPIRED: 'This invitation link has expired',
  REPLACED: 'This invitation link has been replaced',
  REVOKED: 'This invitation link cannot be used',
  UNKNOWN: 'This invitation link is not valid',
  NO_LONGER_VALID: 'This invitation link no longer works',
  PORTAL_DISABLED: 'The client portal is turned off',
};

/** One page for every link that cannot be used: why (the server's words) and how to get a new one. */
function UnusableLink({ state, problem }: { state: Unusable; problem: string | null }) {
  const firm = useFirm();
  const heading = UNUSABLE_HEADINGS[state];
  useFirmTitle(heading);
  const headingRef = usePageFocus<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="unusable-heading">
      <h1 id="unusable-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      <p>{problem ?? 'This invitation link is not valid. Check that you copied the whole link, or ask the firm for a new one.'}</p>
      <section className="next-steps" aria-labelledby="new-link-heading">
        <h2 id="new-link-heading">How to get a new link</h2>
        <p>
          Contact {firm.name} and ask them to send you a new invitation. Each link works once and for a limited time, and only the most recent
          one works.
        </p>
      </section>
      <p className="note">
        Already have an account? <Link to={`/p/${firm.slug}`}>Sign in</Link>
      </p>
    </section>
  );
}

function LoadFailed({ message, onRetry }: { message: string; onRetry: () => Promise<unknown> }) {
  useFirmTitle('Invitation');
  const heading = usePageFocus<HTMLHeadingElement>();
  const [retrying, setRetrying] = useState(false);
  return (
    <section className="panel panel--narrow" aria-labelledby="invitation-failed-heading">
      <h1 id="invitation-failed-heading" ref={heading} tabIndex={-1}>
        Your invitation could not be opened
      </h1>
      <p>{message}</p>
      <Button
        busy={retrying}
        busyLabel="Trying again…"
        onClick={() => {
          setRetrying(true);
          void onRetry().finally(() => setRetrying(false));
        }}
      >
        Try again
      </Button>
    </section>
  );
}
