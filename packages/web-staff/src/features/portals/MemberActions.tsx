import { useState } from 'react';
import { useNotice } from '../../app/notice';
import { isAdmin, useViewer } from '../auth/viewer';
import { Alert } from '../../ui/Alert';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Menu, type MenuItem } from '../../ui/Menu';
import { ChangeEmailDialog } from './ChangeEmailDialog';
import { GenerateLinkDialog } from './GenerateLinkDialog';
import { PermissionsDialog } from './PermissionsDialog';
import type { PanelMember } from './PortalPanel';
import { useDisablePortalMember } from './useDisablePortalMember';
import { useRemovePortalMember } from './useRemovePortalMember';
import { useResendInvitation } from './useResendInvitation';
import { useSendPasswordReset } from './useSendPasswordReset';
import { useStartPortalView } from './useStartPortalView';

type OpenDialog = 'link' | 'email' | 'permissions' | 'disable' | 'remove' | null;

interface MemberActionsProps {
  member: PanelMember;
  /** The contact whose portal it is. */
  portalContact: { id: string; displayName: string };
  membersMayInvite: boolean;
  /** After the member was removed; the panel moves focus once their row is gone. */
  onRemoved: (memberId: string) => void;
}

/** The actions menu of one portal member, with the dialogs its actions open. */
export function MemberActions({ member, portalContact, membersMayInvite, onRemoved }: MemberActionsProps) {
  const viewer = useViewer();
  const { notify } = useNotice();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [viewUrl, setViewUrl] = useState<string | null>(null);
  const { resendInvitation } = useResendInvitation();
  const { sendPasswordReset } = useSendPasswordReset();
  const { startPortalView } = useStartPortalView();
  const { disablePortalMember, loading: disabling } = useDisablePortalMember();
  const { removePortalMember, loading: removing } = useRemovePortalMember();
  const target = { memberId: member.id, contactId: portalContact.id };
  const state = member.accessState;

  const resend = async () => {
    setProblem(null);
    const outcome = await resendInvitation(target);
    if (!outcome.ok) {
      setProblem({ title: 'The invitation could not be sent', message: outcome.errors.map((e) => e.message).join(' ') });
      return;
    }
    if (state === 'ACTIVE') notify(`The portal’s login address was sent to ${member.email}.`);
    else if (state === 'DISABLED') notify(`${member.name} was sent a new invitation; access comes back when they accept it.`);
    else notify(`A new invitation was sent to ${member.email}. The earlier link no longer works.`);
  };

  const passwordReset = async () => {
    setProblem(null);
    const outcome = await sendPasswordReset(target);
    if (outcome.ok) notify(`A link to choose a new password was sent to ${member.email}.`);
    else setProblem({ title: 'The password reset could not be sent', message: outcome.errors.map((e) => e.message).join(' ') });
  };

  const viewPortalAs = async () => {
    setProblem(null);
    setViewUrl(null);
    // Opened now, while the click still counts, so the browser does not block it as a pop-up.
    const tab = window.open('', '_blank');
    const outcome = await startPortalView(member.id);
    const url = outcome.ok ? outcome.payload.url : null;
    if (!url) {
      tab?.close();
      setProblem({ title: 'The portal view could not be opened', message: outcome.ok ? 'The server gave no address to open.' : outcome.errors.map((e) => e.message).join(' ') });
      return;
    }
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      setViewUrl(url);
    }
  };

  const confirmDisable = async () => {
    setConfirmError(null);
    const outcome = await disablePortalMember(target);
    if (outcome.ok) {
      setDialog(null);
      notify(`${member.name}’s access was disabled.`);
    } else {
      setConfirmError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  const confirmRemove = async () => {
    setConfirmError(null);
    const outcome = await removePortalMember(target);
    if (outcome.ok) {
      setDialog(null);
      notify(`${member.name} was removed from the portal.`);
      onRemoved(member.id);
    } else {
      setConfirmError(outcome.errors.map((e) => e.message).join(' '));
    }
  };

  const open = (which: OpenDialog) => {
    setProblem(null);
    setConfirmError(null);
    setDialog(which);
  };

  const mayView = viewer.canShareItems || isAdmin(viewer);
  const items: MenuItem[] = [];
  if (state === 'PENDING' || state === 'EXPIRED') {
    items.push({ key: 'resend', label: 'Resend invitation', onSelect: () => void resend() });
    items.push({ key: 'link', label: 'Generate invite link', onSelect: () => open('link') });
    items.push({ key: 'email', label: 'Change email', onSelect: () => open('email') });
  }
  if (state === 'ACTIVE') items.push({ key: 'resend', label: 'Resend invitation (login address)', onSelect: () => void resend() });
  if (state === 'DISABLED') items.push({ key: 'resend', label: 'Resend invitation (enable access)', onSelect: () => void resend() });
  items.push({ key: 'permissions', label: 'Edit permissions', onSelect: () => open('permissions') });
  if (state === 'ACTIVE') {
    items.push({ key: 'reset', label: 'Send password reset', onSelect: () => void passwordReset() });
    if (mayView) items.push({ key: 'view', label: 'View portal as', onSelect: () => void viewPortalAs() });
  }
  if (state !== 'DISABLED') items.push({ key: 'disable', label: 'Disable access', onSelect: () => open('disable'), tone: 'danger' });
  items.push({ key: 'remove', label: 'Remove access', onSelect: () => open('remove'), tone: 'danger' });

  return (
    <>
      <Menu label="Actions" accessibleLabel={`Actions for ${member.name}`} items={items} />
      {problem ? (
        <Alert tone="error" role="alert" title={problem.title} className="table__alert">
          <p>{problem.message}</p>
        </Alert>
      ) : null}
      {viewUrl ? (
        <Alert tone="info" role="status" className="table__alert">
          <p>
            <a href={viewUrl} target="_blank" rel="noopener noreferrer">
              Open the portal as {member.name}
            </a>{' '}
            (a new tab; read-only for half an hour).
          </p>
        </Alert>
      ) : null}

      <GenerateLinkDialog open={dialog === 'link'} onClose={() => setDialog(null)} member={member} contactId={portalContact.id} />
      <ChangeEmailDialog
        open={dialog === 'email'}
        onClose={() => setDialog(null)}
        member={member}
        contactId={portalContact.id}
        onChanged={(email) => {
          setDialog(null);
          notify(`The invitation to ${member.email} was disabled and a new one was sent to ${email}.`);
        }}
      />
      <PermissionsDialog
        open={dialog === 'permissions'}
        onClose={() => setDialog(null)}
        member={member}
        membersMayInvite={membersMayInvite}
        onSaved={() => {
          setDialog(null);
          notify(`${member.name}’s permissions were saved.`);
        }}
      />
      <ConfirmDialog
        open={dialog === 'disable'}
        onClose={() => setDialog(null)}
        title={`Disable ${member.name}’s access?`}
        confirmLabel="Disable access"
        busyLabel="Disabling…"
        busy={disabling}
        error={confirmError}
        onConfirm={() => void confirmDisable()}
      >
        <p>
          {member.name} ({member.email}) can no longer sign in to the portal of {portalContact.displayName}, effective immediately: open sessions end and links already sent stop
          working. Send a new invitation to enable them again.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'remove'}
        onClose={() => setDialog(null)}
        title={`Remove ${member.name} from the portal?`}
        confirmLabel="Remove access"
        busyLabel="Removing…"
        busy={removing}
        error={confirmError}
        onConfirm={() => void confirmRemove()}
      >
        <p>
          {member.name} ({member.email}) loses access to the portal of {portalContact.displayName} at once and is taken off this list. Their history stays in the activity log.
        </p>
      </ConfirmDialog>
    </>
  );
}
