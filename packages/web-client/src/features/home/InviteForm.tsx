import { useMutation } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeRequestError, splitUserErrors } from '../../app/requestErrors';
import { checkEmail } from '../../app/validation';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import { useFocusLater } from '../../ui/useFocusLater';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useFirm } from '../firm/FirmContext';
import { HomePage_Portals } from './portals';

const InviteForm_Invite = graphql(`
  mutation InviteForm_Invite($input: InviteToMyPortalInput!) {
    inviteToMyPortal(input: $input) {
      invitedEmail
      errors {
        code
        message
        field
      }
    }
  }
`);

const FIELDS = ['name', 'email'] as const;
type FieldName = (typeof FIELDS)[number];

/** I14: a member invites someone to their own portal; the firm's invitation email goes out with a link. */
export function InviteForm({ portalId, portalName, pendingEmails }: { portalId: string; portalName: string; pendingEmails: readonly string[] }) {
  const firm = useFirm();
  const headingId = useId();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ name: string; email: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const focusLater = useFocusLater();
  const sessionEnded = useSessionEnded();
  const [invite, { loading }] = useMutation(InviteForm_Invite, { refetchQueries: [HomePage_Portals], awaitRefetchQueries: true });
  const refs = { name: nameRef, email: emailRef };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    setSent(null);
    const invalid: Partial<Record<FieldName, string>> = {};
    if (!name.trim()) invalid.name = 'Enter their name.';
    const emailProblem = checkEmail(email, 'their');
    if (emailProblem) invalid.email = emailProblem;
    setFieldErrors(invalid);
    const firstInvalid = FIELDS.find((field) => invalid[field]);
    if (firstInvalid) {
      focusLater(() => refs[firstInvalid].current);
      return;
    }
    try {
      const { data } = await invite({ variables: { input: { portalId, name: name.trim(), email: email.trim() } } });
      const payload = data?.inviteToMyPortal;
      if (!payload) throw new Error('The answer was empty.');
      if (payload.errors.length === 0) {
        setSent({ name: name.trim(), email: payload.invitedEmail ?? email.trim() });
        setName('');
        setEmail('');
        focusLater(() => noticeRef.current);
        return;
      }
      const { fieldErrors: fromServer, formErrors } = splitUserErrors(payload.errors, FIELDS);
      const invitedEmail = email.trim().toLowerCase();
      if (payload.errors.some((e) => e.code === 'ALREADY_EXISTS') && pendingEmails.some((pending) => pending.toLowerCase() === invitedEmail)) {
        // The server's words ("resend the invitation instead") speak to staff; a member cannot resend.
        fromServer.email = `${email.trim()} has been invited already and has not set up an account yet. If their link no longer works, ask ${firm.name} to send a new one.`;
      }
      setFieldErrors(fromServer);
      setFormError(formErrors.length > 0 ? formErrors.join(' ') : null);
      focusLater(() => (formErrors.length > 0 ? alertRef.current : refs[FIELDS.find((field) => fromServer[field]) ?? 'name'].current));
    } catch (error) {
      if (sessionEnded(error)) return;
      setFormError(describeRequestError(error));
      focusLater(() => alertRef.current);
    }
  }

  return (
    <div className="invite">
      <h4 id={headingId} className="invite__heading">
        Invite someone
      </h4>
      <p className="muted">
        They get an email from {firm.name} with a link to set up their own login for the {portalName} portal.
      </p>
      {sent ? (
        <Alert ref={noticeRef} tone="info" title="Invitation sent">
          {sent.name} ({sent.email}) will get an email with a link to set up their account. They show as Pending until they do.
        </Alert>
      ) : null}
      <form className="form form--inline" noValidate onSubmit={handleSubmit} aria-labelledby={headingId}>
        {formError ? (
          <Alert ref={alertRef} title="The invitation was not sent">
            {formError}
          </Alert>
        ) : null}
        <div className="form__row">
          <TextField
            ref={nameRef}
            label="Their name"
            name="name"
            autoComplete="off"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldErrors.name}
          />
          <TextField
            ref={emailRef}
            label="Their email address"
            name="email"
            type="email"
            autoComplete="off"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrors.email}
          />
        </div>
        <div>
          <Button type="submit" busy={loading} busyLabel="Sending the invitation…">
            Send invitation
          </Button>
        </div>
      </form>
    </div>
  );
}
