import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useNotice } from '../../app/notice';
import { formatDateTime } from '../../lib/format';
import type { FormError } from '../../lib/mutation';
import type { ResultOf } from '../../lib/operations';
import { Alert, FormAlert, LoadErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmailFrame } from '../../ui/EmailFrame';
import { CheckboxField, TextAreaField, TextField } from '../../ui/Field';
import { sortErrors, useFocusFirstError } from '../../ui/formErrors';
import { Loading, Page, Section } from '../../ui/Page';
import { useViewer } from '../auth/viewer';
import { LINK_MISSING, LINK_PLACEHOLDER } from '../portals/InviteDialog';
import { permissionsOf, type MemberPermissions } from '../portals/labels';
import { PermissionsFields } from '../portals/PermissionsFields';
import { usePreviewInvitationEmail } from '../portals/usePreviewInvitationEmail';
import { useUpdatePortalSettings } from './useUpdatePortalSettings';

export const PortalSettingsPage_SettingsQuery = graphql(`
  query PortalSettingsPage_Settings {
    portalSettings {
      enabled
      membersMayInvite
      membersMayEditDetails
      notificationDelayMinutes
      invitationValidityDays
      invitationSubject
      invitationBody
      termsOfService
      termsVersion
      updatedAt
      uploadMaxMegabytes
      allowedFileTypes
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

type Settings = ResultOf<typeof PortalSettingsPage_SettingsQuery>['portalSettings'];

/** P1–P6: the firm's client portal settings. Admins only (the server refuses anyone else). */
export function PortalSettingsPage() {
  const { data, loading, error, refetch } = useQuery(PortalSettingsPage_SettingsQuery);
  return (
    <Page title="Portal settings">
      <p className="lead">How the client portal works for the whole firm: whether it is on, what new members may do, the invitation email and the Terms of Service.</p>
      {loading && !data ? <Loading>Loading settings…</Loading> : null}
      {error && !data ? (
        <LoadErrorAlert title="The settings could not be loaded" error={error} onRetry={refetch} />
      ) : null}
      {data ? (
        <div className="settings-stack">
          <PortalSwitch settings={data.portalSettings} />
          <SettingsForm settings={data.portalSettings} />
        </div>
      ) : null}
    </Page>
  );
}

/** P1: the firm-wide switch. Turning it off is asked first, as it signs every client out. */
function PortalSwitch({ settings }: { settings: Settings }) {
  const { notify } = useNotice();
  const viewer = useViewer();
  const { updatePortalSettings, loading } = useUpdatePortalSettings();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const setEnabled = async (enabled: boolean) => {
    setError(null);
    const outcome = await updatePortalSettings({ enabled });
    if (outcome.ok) {
      setConfirmOpen(false);
      notify(enabled ? 'The client portal is on: clients can sign in and invitations can be sent.' : 'The client portal is off: every client was signed out.');
    } else {
      setError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  return (
    <Section title="Client portal" headingId="portal-switch-heading">
      <div className="switch-row">
        <button
          type="button"
          role="switch"
          aria-checked={settings.enabled}
          aria-describedby="portal-switch-hint"
          className="switch"
          onClick={() => (settings.enabled ? setConfirmOpen(true) : void setEnabled(true))}
          aria-disabled={loading || undefined}
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__label">Client portal for {viewer.firm.name}</span>
        </button>
        <strong className={settings.enabled ? 'switch__state switch__state--on' : 'switch__state'}>{settings.enabled ? 'On' : 'Off'}</strong>
      </div>
      <p id="portal-switch-hint" className="field__hint">
        {settings.enabled
          ? 'Clients can sign in at /p/' + viewer.firm.slug + ' and invitations can be sent. Turning it off signs every client out at once.'
          : 'Off: no client can sign in, accept an invitation or use the API, and no invitation can be sent. Turning it on restores access as it was.'}
      </p>
      {error && !confirmOpen ? (
        <Alert tone="error" role="alert" title="The portal could not be switched">
          <p>{error}</p>
        </Alert>
      ) : null}
      <ConfirmDialog
        open={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title="Turn the client portal off?"
        confirmLabel="Turn the portal off"
        busyLabel="Turning off…"
        busy={loading}
        error={error}
        onConfirm={() => void setEnabled(false)}
      >
        <p>
          <strong>Every client is signed out at once</strong> and nobody can sign in, accept an invitation or send one until it is turned on again. Nothing is deleted: turning it on
          again restores access as it was.
        </p>
      </ConfirmDialog>
    </Section>
  );
}

const FIELDS = ['membersMayInvite', 'membersMayEditDetails', 'notificationDelayMinutes', 'defaultPermissions', 'invitationValidityDays', 'invitationSubject', 'invitationBody', 'termsOfService', 'uploadMaxMegabytes', 'allowedFileTypes'];

/** "PDF, .docx  jpg" → ["pdf", "docx", "jpg"]: commas or spaces between, dots and case ignored. */
function fileTypesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((type) => type.replace(/^\./, '').toLowerCase()).filter(Boolean))];
}
const keyOf = (path: readonly string[]) => (path[0] && FIELDS.includes(path[0]) ? path[0] : null);

function SettingsForm({ settings }: { settings: Settings }) {
  const { notify } = useNotice();
  const { updatePortalSettings, loading } = useUpdatePortalSettings();
  const { previewInvitationEmail, loading: previewing } = usePreviewInvitationEmail();
  const [membersMayInvite, setMembersMayInvite] = useState(settings.membersMayInvite);
  const [membersMayEditDetails, setMembersMayEditDetails] = useState(settings.membersMayEditDetails);
  const [delayMinutes, setDelayMinutes] = useState(String(settings.notificationDelayMinutes));
  const [permissions, setPermissions] = useState<MemberPermissions>(() => permissionsOf(settings.defaultPermissions));
  const [validityDays, setValidityDays] = useState(String(settings.invitationValidityDays));
  const [subject, setSubject] = useState(settings.invitationSubject);
  const [body, setBody] = useState(settings.invitationBody);
  const [terms, setTerms] = useState(settings.termsOfService);
  const [uploadMax, setUploadMax] = useState(String(settings.uploadMaxMegabytes));
  const [fileTypes, setFileTypes] = useState(settings.allowedFileTypes.join(', '));
  const [errors, setErrors] = useState<FormError[]>([]);
  const [preview, setPreview] = useState<{ subject: string; html: string } | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const sorted = sortErrors(errors, keyOf);
  const termsChanged = terms.trim() !== settings.termsOfService.trim();

  const localErrors = (): FormError[] => {
    const found: FormError[] = [];
    const days = Number(validityDays);
    if (!Number.isInteger(days) || days < 1 || days > 30) found.push({ code: 'INVALID_INPUT', message: 'Use a whole number of days from 1 to 30.', field: ['invitationValidityDays'] });
    const delay = Number(delayMinutes);
    if (delayMinutes.trim() === '' || !Number.isInteger(delay) || delay < 0 || delay > 120) {
      found.push({ code: 'INVALID_INPUT', message: 'Use a whole number of minutes from 0 to 120.', field: ['notificationDelayMinutes'] });
    }
    if (!subject.trim()) found.push({ code: 'INVALID_INPUT', message: 'Write a subject.', field: ['invitationSubject'] });
    if (!body.includes(LINK_PLACEHOLDER)) found.push({ code: 'INVALID_INPUT', message: LINK_MISSING, field: ['invitationBody'] });
    if (!terms.trim()) found.push({ code: 'INVALID_INPUT', message: 'Write the Terms of Service.', field: ['termsOfService'] });
    const megabytes = Number(uploadMax);
    if (!Number.isInteger(megabytes) || megabytes < 1 || megabytes > 2048) found.push({ code: 'INVALID_INPUT', message: 'Use a whole number of megabytes from 1 to 2048.', field: ['uploadMaxMegabytes'] });
    const types = fileTypesOf(fileTypes);
    if (types.length === 0) found.push({ code: 'INVALID_INPUT', message: 'Allow at least one type of file.', field: ['allowedFileTypes'] });
    else if (types.some((type) => !/^[a-z0-9]{1,10}$/.test(type))) found.push({ code: 'INVALID_INPUT', message: 'Write extensions with letters and digits only, e.g. pdf, docx.', field: ['allowedFileTypes'] });
    return found;
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = localErrors();
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    const outcome = await updatePortalSettings({
      membersMayInvite,
      membersMayEditDetails,
      notificationDelayMinutes: Number(delayMinutes),
      defaultPermissions: permissions,
      invitationValidityDays: Number(validityDays),
      invitationSubject: subject,
      invitationBody: body,
      termsOfService: terms,
      uploadMaxMegabytes: Number(uploadMax),
      allowedFileTypes: fileTypesOf(fileTypes),
    });
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return;
    }
    setErrors([]);
    const saved = outcome.payload.portalSettings;
    if (saved) setTerms(saved.termsOfService);
    notify(saved && saved.termsVersion !== settings.termsVersion ? `The portal settings were saved, and version ${saved.termsVersion} of the Terms of Service was published.` : 'The portal settings were saved.');
  }

  const runPreview = async () => {
    setPreviewError(null);
    if (!body.includes(LINK_PLACEHOLDER)) {
      setErrors([{ code: 'INVALID_INPUT', message: LINK_MISSING, field: ['invitationBody'] }]);
      return;
    }
    const outcome = await previewInvitationEmail({ name: 'Maria Example', message: null, subject, body });
    if (outcome.ok && outcome.payload.preview) {
      setPreview({ subject: outcome.payload.preview.subject, html: outcome.payload.preview.html });
    } else if (!outcome.ok && outcome.errors.some((e) => e.field?.[0] === 'subject' || e.field?.[0] === 'body')) {
      setErrors(outcome.errors.map((e) => ({ ...e, field: e.field?.[0] === 'subject' ? ['invitationSubject'] : e.field?.[0] === 'body' ? ['invitationBody'] : e.field })));
    } else {
      setPreviewError(outcome.ok ? 'The server gave no preview.' : outcome.errors.map((e) => e.message).join(' '));
    }
  };

  return (
    <form ref={formRef} className="form settings-stack__form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Portal settings">
      <FormAlert errors={sorted} title="The settings could not be saved" />

      <Section title="Members" headingId="portal-members-heading">
        <div className="form">
          <CheckboxField
            label="Members may invite other people to their portal"
            hint="Only members with the “Invite other people to the portal” permission can then invite."
            checked={membersMayInvite}
            onChange={(event) => setMembersMayInvite(event.target.checked)}
            error={sorted.fields.get('membersMayInvite')}
          />
          <CheckboxField
            label="Members may change their own email addresses and phone numbers"
            hint="In My Details, for members with the “My Details” permission. You are told of every change; sign-in emails are changed only by staff."
            checked={membersMayEditDetails}
            onChange={(event) => setMembersMayEditDetails(event.target.checked)}
            error={sorted.fields.get('membersMayEditDetails')}
          />
          <PermissionsFields
            legend="Default permissions for new members"
            value={permissions}
            onChange={setPermissions}
            membersMayInvite
            error={sorted.fields.get('defaultPermissions')}
          />
        </div>
      </Section>

      <Section title="Staff notifications" headingId="portal-notifications-heading">
        <div className="form">
          <TextField
            label="Notification delay in minutes"
            hint="What clients do (uploads, done to-dos, messages, requests, detail changes) reaches the responsible staff member in one email once the first action is this old. 0 to 120."
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            className="field--narrow"
            value={delayMinutes}
            onChange={(event) => setDelayMinutes(event.target.value)}
            error={sorted.fields.get('notificationDelayMinutes')}
          />
        </div>
      </Section>

      <Section title="Invitation email" headingId="portal-invitation-heading">
        <div className="form">
          <TextField
            label="Days an invitation link stays valid"
            hint="From 1 to 30 days."
            type="number"
            inputMode="numeric"
            min={1}
            max={30}
            className="field--narrow"
            value={validityDays}
            onChange={(event) => setValidityDays(event.target.value)}
            error={sorted.fields.get('invitationValidityDays')}
          />
          <TextField label="Subject" hint="Placeholders: {{firmName}}, {{name}}." value={subject} onChange={(event) => setSubject(event.target.value)} error={sorted.fields.get('invitationSubject')} />
          <TextAreaField
            label="Email text"
            rows={12}
            hint={`${LINK_PLACEHOLDER} becomes the client’s personal link and must stay in the text. You can also use {{firmName}}, {{name}}, {{expiresOn}} and {{message}} (the personal message).`}
            value={body}
            onChange={(event) => setBody(event.target.value)}
            error={sorted.fields.get('invitationBody')}
          />
          <div className="form-actions">
            <Button onClick={() => void runPreview()} busy={previewing} busyLabel="Preparing preview…">
              Preview email
            </Button>
          </div>
          {previewError ? (
            <Alert tone="error" role="alert" title="No preview">
              <p>{previewError}</p>
            </Alert>
          ) : null}
          {preview ? (
            <div className="email-preview" role="group" aria-label="Preview of the invitation email">
              <p>
                <span className="muted">Subject: </span>
                <strong>{preview.subject}</strong>
              </p>
              <EmailFrame html={preview.html} title="Preview of the invitation email" />
              <p className="field__hint">The preview uses a sample name and link.</p>
            </div>
          ) : null}
        </div>
      </Section>

      <Section title="Files" headingId="portal-files-heading">
        <div className="form">
          <TextField
            label="Largest file, in megabytes"
            hint="For staff and client uploads alike. From 1 to 2048."
            type="number"
            inputMode="numeric"
            min={1}
            max={2048}
            className="field--narrow"
            value={uploadMax}
            onChange={(event) => setUploadMax(event.target.value)}
            error={sorted.fields.get('uploadMaxMegabytes')}
          />
          <TextField
            label="File types that may be uploaded"
            hint="Extensions separated by commas, e.g. pdf, docx, jpg."
            value={fileTypes}
            onChange={(event) => setFileTypes(event.target.value)}
            error={sorted.fields.get('allowedFileTypes')}
          />
        </div>
      </Section>

      <Section title="Terms of Service" headingId="portal-terms-heading">
        <div className="form">
          <p>
            Current version: <strong>{settings.termsVersion}</strong> <span className="muted">(settings last changed {formatDateTime(settings.updatedAt)})</span>
          </p>
          <TextAreaField
            label="Terms of Service"
            hint="Clients agree to these when they create their account; each acceptance is recorded with the version, time and address."
            rows={12}
            value={terms}
            onChange={(event) => setTerms(event.target.value)}
            error={sorted.fields.get('termsOfService')}
          />
          {termsChanged ? (
            <Alert tone="info" role="status">
              <p>Saving publishes this text as version {settings.termsVersion + 1}.</p>
            </Alert>
          ) : null}
        </div>
      </Section>

      <div className="form-actions">
        <Button type="submit" variant="primary" busy={loading} busyLabel="Saving…">
          Save settings
        </Button>
      </div>
    </form>
  );
}
