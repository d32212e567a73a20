import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { FormError } from '../../lib/mutation';
import type { ResultOf } from '../../lib/operations';
import { Alert, FormAlert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { EmailFrame } from '../../ui/EmailFrame';
import { CheckboxField, FieldError, TextAreaField, TextField } from '../../ui/Field';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { Loading } from '../../ui/Page';
import { useViewer } from '../auth/viewer';
import { RELATIONSHIP_LABELS } from '../contacts/labels';
import { permissionsOf, type MemberPermissions } from './labels';
import { PermissionsFields } from './PermissionsFields';
import { useInviteToPortal } from './useInviteToPortal';
import { usePreviewInvitationEmail } from './usePreviewInvitationEmail';

const InviteDialog_ContactQuery = graphql(`
  query InviteDialog_Contact($id: ID!) {
    contact(id: $id) {
      id
      displayName
      portalEligible
      archivedAt
      emails {
        id
        address
        label
        isPrimary
      }
      linkedContacts {
        linkId
        relationship
        contact {
          id
          displayName
          archivedAt
          emails {
            id
            address
            label
            isPrimary
          }
        }
      }
      participations {
        id
        role
        matter {
          id
          number
          name
          archivedAt
        }
      }
      portal {
        id
        members {
          id
          email
          status
        }
        sharedMatters {
          id
        }
      }
    }
    portalSettings {
      enabled
      membersMayInvite
      invitationSubject
      invitationBody
      invitationValidityDays
      defaultPermissions {
        myDocuments
        myDetails
        secureMessaging
        appointmentRequests
        billingDocuments
        payBalance
        inviteOthers
      }
    }
  }
`);

type InviteData = ResultOf<typeof InviteDialog_ContactQuery>;
type InviteContact = NonNullable<InviteData['contact']>;
type Settings = InviteData['portalSettings'];

/** The placeholder that becomes the personal link; an edited body must keep it. */
export const LINK_PLACEHOLDER = '{{link}}';
export const LINK_MISSING = `Keep the ${LINK_PLACEHOLDER} placeholder: it becomes the client’s personal link.`;

interface InviteDialogProps {
  open: boolean;
  onClose: () => void;
  /** The client contact whose portal it is. */
  contactId: string;
  /** A matter to share, ticked from the start (when inviting from a matter's page). */
  matterId?: string;
  /** After sending: a sentence saying what happened. */
  onInvited: (message: string) => void;
}

/** The invite dialog (I3, I4): who, which matters, permissions, a message, and the email itself. */
export function InviteDialog({ open, onClose, contactId, matterId, onInvited }: InviteDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Invite to the client portal" wide>
      <InviteLoader contactId={contactId} matterId={matterId} onInvited={onInvited} onCancel={onClose} />
    </Dialog>
  );
}

function InviteLoader({ contactId, matterId, onInvited, onCancel }: { contactId: string; matterId?: string; onInvited: (message: string) => void; onCancel: () => void }) {
  // The settings may have changed since the page loaded: ask the server each time.
  const { data, error, refetch } = useQuery(InviteDialog_ContactQuery, { variables: { id: contactId }, fetchPolicy: 'network-only' });
  if (!data) {
    return error ? (
      <LoadErrorAlert title="The invitation could not be prepared" error={error} onRetry={refetch} />
    ) : (
      <Loading>Preparing the invitation…</Loading>
    );
  }
  if (!data.contact) {
    return (
      <Alert tone="warning" title="Contact not found">
        <p>This contact no longer exists.</p>
      </Alert>
    );
  }
  return <InviteForm contact={data.contact} settings={data.portalSettings} matterId={matterId} onInvited={onInvited} onCancel={onCancel} />;
}

interface Recipient {
  key: string;
  label: string;
  hint: string | null;
  email: string;
  /** A linked contact invited to this portal. */
  inviteeContactId: string | null;
  /** Already invited or with access: not offered. */
  taken: boolean;
}

const OTHER = 'other';

function recipientsOf(contact: InviteContact): Recipient[] {
  const taken = new Set((contact.portal?.members ?? []).filter((member) => member.status !== 'DISABLED').map((member) => member.email.toLowerCase()));
  const takenHint = (address: string) => (taken.has(address.toLowerCase()) ? 'Has access or was invited already' : null);
  const own = contact.emails.map((email) => ({
    key: `own-${email.id}`,
    label: `${contact.displayName} · ${email.address}`,
    hint: takenHint(email.address) ?? [email.isPrimary ? 'Primary' : null, email.label].filter(Boolean).join(' · ') ?? null,
    email: email.address,
    inviteeContactId: null,
    taken: taken.has(email.address.toLowerCase()),
  }));
  const linked = contact.linkedContacts
    .filter((link) => !link.contact.archivedAt)
    .flatMap((link) =>
      link.contact.emails.map((email) => ({
        key: `linked-${link.contact.id}-${email.id}`,
        label: `${link.contact.displayName} (${RELATIONSHIP_LABELS[link.relationship].toLowerCase()}) · ${email.address}`,
        hint: takenHint(email.address) ?? `Linked contact${email.isPrimary ? ', primary email' : ''}`,
        email: email.address,
        inviteeContactId: link.contact.id,
        taken: taken.has(email.address.toLowerCase()),
      })),
    );
  return [...own, ...linked].map((recipient) => ({ ...recipient, hint: recipient.hint || null }));
}

interface EmailEdit {
  subject: string;
  body: string;
}

type Step = 'compose' | 'preview';

function errorKeyOf(recipientIsOther: boolean) {
  return (path: readonly string[]): string | null => {
    const [head] = path;
    if (head === 'email') return recipientIsOther ? 'email' : 'recipient';
    if (head === 'name') return recipientIsOther ? 'name' : 'recipient';
    if (head === 'inviteeContactId') return 'recipient';
    if (head === 'matterIds') return 'matters';
    if (head === 'permissions') return 'permissions';
    if (head === 'message' || head === 'subject' || head === 'body') return head;
    return null;
  };
}

function alertTitle(errors: readonly FormError[]): string {
  if (errors.some((e) => e.code === 'PORTAL_DISABLED')) return 'The client portal is turned off';
  if (errors.some((e) => e.code === 'NOT_ALLOWED')) return 'This invitation is not allowed';
  return 'The invitation was not sent';
}

function InviteForm({
  contact,
  settings,
  matterId,
  onInvited,
  onCancel,
}: {
  contact: InviteContact;
  settings: Settings;
  matterId?: string;
  onInvited: (message: string) => void;
  onCancel: () => void;
}) {
  const viewer = useViewer();
  const formId = useId();
  const { inviteToPortal, loading: sending } = useInviteToPortal();
  const { previewInvitationEmail, loading: previewing } = usePreviewInvitationEmail();
  const recipients = recipientsOf(contact);
  const [recipientKey, setRecipientKey] = useState(() => recipients.find((recipient) => !recipient.taken)?.key ?? OTHER);
  const [otherName, setOtherName] = useState('');
  const [otherEmail, setOtherEmail] = useState('');
  const matters = contact.participations.filter((participation) => !participation.matter.archivedAt).map((participation) => ({ ...participation.matter, role: participation.role }));
  const sharedIds = new Set((contact.portal?.sharedMatters ?? []).map((matter) => matter.id));
  const [matterIds, setMatterIds] = useState<string[]>(() => {
    if (matters.length === 1 && matters[0]) return [matters[0].id];
    return matterId && matters.some((matter) => matter.id === matterId) ? [matterId] : [];
  });
  const [permissions, setPermissions] = useState<MemberPermissions>(() => {
    const defaults = permissionsOf(settings.defaultPermissions);
    return { ...defaults, inviteOthers: settings.membersMayInvite && defaults.inviteOthers };
  });
  const [message, setMessage] = useState('');
  const [emailEdit, setEmailEdit] = useState<EmailEdit | null>(null);
  const [step, setStep] = useState<Step>('compose');
  const [preview, setPreview] = useState<{ subject: string; html: string } | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const focusStep = useRef(false);
  const focusSubject = useRef(false);
  useFocusFirstError(formRef, errors);

  useEffect(() => {
    if (!focusStep.current) return;
    focusStep.current = false;
    if (step === 'preview') previewHeadingRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('input:not([disabled])')?.focus();
  }, [step]);

  useEffect(() => {
    if (!emailEdit || !focusSubject.current) return;
    focusSubject.current = false;
    subjectRef.current?.focus();
  }, [emailEdit]);

  const recipient = recipients.find((item) => item.key === recipientKey) ?? null;
  const isOther = recipientKey === OTHER || !recipient;
  const sorted = sortErrors(errors, errorKeyOf(isOther));
  const fieldId = (name: string) => `${formId}-${name}`;
  const recipientName = isOther ? otherName.trim() : recipient.inviteeContactId ? (contact.linkedContacts.find((link) => link.contact.id === recipient.inviteeContactId)?.contact.displayName ?? contact.displayName) : contact.displayName;

  const goTo = (next: Step) => {
    focusStep.current = true;
    setStep(next);
  };

  /** Errors found before asking the server; each is set at its field. */
  const localErrors = (forSending: boolean): FormError[] => {
    const found: FormError[] = [];
    if (forSending && isOther) {
      if (!otherName.trim()) found.push({ code: 'INVALID_INPUT', message: 'Enter the name of the person to invite.', field: ['name'] });
      if (!otherEmail.trim()) found.push({ code: 'INVALID_INPUT', message: 'Enter their email address: it becomes their login name.', field: ['email'] });
    }
    if (emailEdit) {
      if (!emailEdit.subject.trim()) found.push({ code: 'INVALID_INPUT', message: 'Write a subject.', field: ['subject'] });
      if (!emailEdit.body.includes(LINK_PLACEHOLDER)) found.push({ code: 'INVALID_INPUT', message: LINK_MISSING, field: ['body'] });
    }
    return found;
  };

  const showErrors = (found: FormError[]) => {
    // The email's own fields live on the preview step; show them there.
    if (found.some((e) => e.field?.[0] === 'subject' || e.field?.[0] === 'body') && step !== 'preview') setStep('preview');
    else if (found.some((e) => e.field && ['name', 'email', 'inviteeContactId', 'matterIds', 'permissions', 'message'].includes(e.field[0] ?? '')) && step !== 'compose') setStep('compose');
    setErrors(found);
  };

  const runPreview = async () => {
    const found = localErrors(false);
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    const outcome = await previewInvitationEmail({
      name: recipientName || contact.displayName,
      message: message.trim() ? message : null,
      subject: emailEdit?.subject ?? null,
      body: emailEdit?.body ?? null,
    });
    if (!outcome.ok || !outcome.payload.preview) {
      showErrors(outcome.ok ? [{ code: 'NO_RESULT', message: 'The server gave no preview.', field: null }] : outcome.errors);
      return;
    }
    setErrors([]);
    setPreview({ subject: outcome.payload.preview.subject, html: outcome.payload.preview.html });
    if (step !== 'preview') goTo('preview');
  };

  async function send(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (sending) return;
    const found = localErrors(true);
    if (found.length > 0) {
      showErrors(found);
      return;
    }
    const email = isOther ? otherEmail : recipient.email;
    const outcome = await inviteToPortal({
      contactId: contact.id,
      email,
      name: isOther ? otherName : null,
      inviteeContactId: isOther ? null : recipient.inviteeContactId,
      matterIds,
      permissions: { ...permissions, inviteOthers: settings.membersMayInvite && permissions.inviteOthers },
      message: message.trim() ? message : null,
      subject: emailEdit?.subject ?? null,
      body: emailEdit?.body ?? null,
    });
    if (!outcome.ok) {
      showErrors(outcome.errors);
      return;
    }
    const member = outcome.payload.member;
    const shared = matterIds.length > 0 ? ` ${matterIds.length === 1 ? 'The matter is' : `${matterIds.length} matters are`} shared with the portal.` : '';
    if (outcome.payload.invitation) onInvited(`An invitation was sent to ${outcome.payload.invitation.email}.${shared}`);
    else onInvited(`${member?.name ?? recipientName} already had a login: they now have access to the portal of ${contact.displayName}.${shared}`);
  }

  const toggleMatter = (id: string, on: boolean) => setMatterIds((current) => (on ? [...current, id] : current.filter((item) => item !== id)));
  const recipientError = sorted.fields.get('recipient') ?? [];
  const recipientErrorId = fieldId('recipient-error');
  const singleMatter = matters.length === 1 ? matters[0] : undefined;

  return (
    <form ref={formRef} className="form invite" noValidate onSubmit={(event) => void send(event)} aria-label={`Invite to the portal of ${contact.displayName}`}>
      <p className="dialog__description">
        To the portal of <strong>{contact.displayName}</strong>
        {contact.portal ? '' : ' (created with this first invitation)'}. The link in the email works once and expires after {settings.invitationValidityDays}{' '}
        {settings.invitationValidityDays === 1 ? 'day' : 'days'}.
      </p>
      {!settings.enabled ? (
        <Alert tone="warning" title="The client portal is turned off">
          <p>No invitation can be sent while it is off — an admin can turn it on in Portal settings.</p>
        </Alert>
      ) : null}
      {!viewer.canInviteClients ? (
        <Alert tone="warning" title="You cannot invite clients">
          <p>You do not have the right to invite clients. An admin can give it to you on the Staff page.</p>
        </Alert>
      ) : null}
      <FormAlert errors={sorted} title={alertTitle(errors)} />

      <div hidden={step !== 'compose'} className="form invite__step">
        <fieldset className="fieldset" aria-describedby={recipientError.length > 0 ? recipientErrorId : undefined}>
          <legend className="field__label">Who to invite</legend>
          <p className="field__hint">The address chosen becomes their login name.</p>
          {recipients.map((item) => {
            const id = fieldId(`recipient-${item.key}`);
            return (
              <div className="check" key={item.key}>
                <input
                  id={id}
                  type="radio"
                  className="check__input"
                  name={fieldId('recipient')}
                  checked={recipientKey === item.key}
                  disabled={item.taken}
                  onChange={() => setRecipientKey(item.key)}
                  aria-invalid={(recipientKey === item.key && recipientError.length > 0) || undefined}
                  aria-describedby={item.hint ? `${id}-hint` : undefined}
                />
                <div className="check__text">
                  <label className="check__label table__break" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <p className="field__hint" id={`${id}-hint`}>
                      {item.hint}
                    </p>
                  ) : null}
                </div>
              </div>
            );
          })}
          <div className="check">
            <input
              id={fieldId('recipient-other')}
              type="radio"
              className="check__input"
              name={fieldId('recipient')}
              checked={isOther}
              onChange={() => setRecipientKey(OTHER)}
              aria-describedby={`${fieldId('recipient-other')}-hint`}
            />
            <div className="check__text">
              <label className="check__label" htmlFor={fieldId('recipient-other')}>
                Someone else
              </label>
              <p className="field__hint" id={`${fieldId('recipient-other')}-hint`}>
                {recipients.length === 0 ? `${contact.displayName} has no email address on file: type one.` : `Invite another person to the portal of ${contact.displayName}.`}
              </p>
            </div>
          </div>
          {isOther ? (
            <div className="form-grid invite__other">
              <TextField label="Name" autoComplete="off" value={otherName} onChange={(event) => setOtherName(event.target.value)} error={sorted.fields.get('name')} />
              <TextField
                label="Email address"
                type="email"
                inputMode="email"
                autoComplete="off"
                spellCheck={false}
                value={otherEmail}
                onChange={(event) => setOtherEmail(event.target.value)}
                error={sorted.fields.get('email')}
              />
            </div>
          ) : null}
          <FieldError id={recipientErrorId} messages={recipientError} />
        </fieldset>

        {matters.length === 0 ? (
          <p className="muted">{contact.displayName} takes part in no matters, so none is shared now. Matters can be shared later.</p>
        ) : singleMatter ? (
          <p>
            {sharedIds.has(singleMatter.id) ? 'Already shared with the portal: ' : 'Shared with the portal: '}
            <strong>
              {singleMatter.number} {singleMatter.name}
            </strong>
            , the one matter {contact.displayName} takes part in.
          </p>
        ) : (
          <fieldset className="fieldset" aria-describedby={sorted.fields.get('matters') ? fieldId('matters-error') : undefined}>
            <legend className="field__label">Matters to share now</legend>
            <p className="field__hint">The choice can be changed later.</p>
            {matters.map((matter) => (
              <CheckboxField
                key={matter.id}
                label={`${matter.number} ${matter.name}`}
                hint={sharedIds.has(matter.id) ? 'Already shared with this portal' : undefined}
                checked={matterIds.includes(matter.id)}
                onChange={(event) => toggleMatter(matter.id, event.target.checked)}
              />
            ))}
            <FieldError id={fieldId('matters-error')} messages={sorted.fields.get('matters') ?? []} />
          </fieldset>
        )}

        <PermissionsFields legend="Permissions" value={permissions} onChange={setPermissions} membersMayInvite={settings.membersMayInvite} error={sorted.fields.get('permissions')} />

        <TextAreaField
          label="Personal message (optional)"
          hint="Added to the invitation email."
          rows={3}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          error={sorted.fields.get('message')}
        />
        {emailEdit ? <p className="muted">The email was edited for this invitation; preview it to check.</p> : null}

        <div className="form-actions">
          <Button type="submit" variant="primary" busy={sending} busyLabel="Sending…">
            Send invitation
          </Button>
          <Button onClick={() => void runPreview()} busy={previewing} busyLabel="Preparing preview…">
            Preview email
          </Button>
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </div>

      {step === 'preview' ? (
        <div className="form invite__step">
          <h3 className="invite__heading" tabIndex={-1} ref={previewHeadingRef}>
            The email {recipientName || 'they'} will get
          </h3>
          {preview ? (
            <>
              <p>
                <span className="muted">Subject: </span>
                <strong>{preview.subject}</strong>
              </p>
              <EmailFrame html={preview.html} title="Preview of the invitation email" />
              <p className="field__hint">The link in the preview is a sample; the real one is made when you send.</p>
            </>
          ) : (
            <p className="muted">No preview yet.</p>
          )}

          {emailEdit ? (
            <div className="subform">
              <TextField
                ref={subjectRef}
                label="Subject"
                value={emailEdit.subject}
                onChange={(event) => setEmailEdit({ ...emailEdit, subject: event.target.value })}
                error={sorted.fields.get('subject')}
                hint="Placeholders: {{firmName}}, {{name}}."
              />
              <TextAreaField
                label="Email text"
                rows={10}
                value={emailEdit.body}
                onChange={(event) => setEmailEdit({ ...emailEdit, body: event.target.value })}
                error={sorted.fields.get('body')}
                hint={`Keep ${LINK_PLACEHOLDER}: it becomes the personal link. You can also use {{firmName}}, {{name}}, {{expiresOn}} and {{message}}.`}
              />
              <div className="form-actions">
                <Button onClick={() => void runPreview()} busy={previewing} busyLabel="Updating…">
                  Update preview
                </Button>
                <Button
                  variant="quiet"
                  onClick={() => {
                    setEmailEdit(null);
                    setErrors([]);
                  }}
                >
                  Use the firm’s template
                </Button>
              </div>
            </div>
          ) : null}

          <div className="form-actions">
            <Button type="submit" variant="primary" busy={sending} busyLabel="Sending…">
              Send invitation
            </Button>
            {emailEdit ? null : (
              <Button
                onClick={() => {
                  focusSubject.current = true;
                  setEmailEdit({ subject: settings.invitationSubject, body: settings.invitationBody });
                }}
              >
                Edit email
              </Button>
            )}
            <Button variant="quiet" onClick={() => goTo('compose')}>
              Back
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
