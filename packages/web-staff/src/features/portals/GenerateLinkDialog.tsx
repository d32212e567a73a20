import { useRef, useState } from 'react';
import { formatDate } from '../../lib/format';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import type { PanelMember } from './PortalPanel';
import { useGenerateInviteLink } from './useGenerateInviteLink';

interface GenerateLinkDialogProps {
  open: boolean;
  onClose: () => void;
  member: PanelMember;
  contactId: string;
}

/** I9: makes an invitation link for staff to copy and pass on themselves; no email is sent. */
export function GenerateLinkDialog({ open, onClose, member, contactId }: GenerateLinkDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title="Generate invite link" description={`A personal link for ${member.name} (${member.email}) to create their account. No email is sent.`}>
      <GenerateLinkBody member={member} contactId={contactId} onClose={onClose} />
    </Dialog>
  );
}

function GenerateLinkBody({ member, contactId, onClose }: { member: PanelMember; contactId: string; onClose: () => void }) {
  const { generateInviteLink, loading } = useGenerateInviteLink();
  const [link, setLink] = useState<{ url: string; expiresAt: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);

  const generate = async () => {
    setError(null);
    const outcome = await generateInviteLink({ memberId: member.id, contactId });
    if (outcome.ok && outcome.payload.link) {
      setLink({ url: outcome.payload.link, expiresAt: outcome.payload.invitation?.expiresAt ?? null });
      // The new field is rendered on the next frame; select it so it can be copied by keyboard too.
      window.requestAnimationFrame(() => linkRef.current?.select());
    } else {
      setError(outcome.ok ? 'The server gave no link.' : outcome.errors.map((e) => e.message).join(' '));
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      setCopied('yes');
    } catch {
      linkRef.current?.select();
      setCopied('failed');
    }
  };

  if (!link) {
    return (
      <div className="confirm">
        {error ? (
          <Alert tone="error" role="alert" title="No link was made">
            <p>{error}</p>
          </Alert>
        ) : null}
        <p>Anyone who opens the link first can register, so pass it on only to {member.name}. Links made or sent earlier stop working.</p>
        <div className="form-actions">
          <Button variant="primary" onClick={() => void generate()} busy={loading} busyLabel="Generating…" data-autofocus>
            Generate link
          </Button>
          <Button variant="quiet" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="confirm">
      <TextField
        ref={linkRef}
        label="Invite link"
        hint={`Shown once: copy it now.${link.expiresAt ? ` It works once, until ${formatDate(link.expiresAt)}.` : ''}`}
        value={link.url}
        readOnly
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <Alert tone="warning">
        <p>Older links for {member.email} no longer work.</p>
      </Alert>
      <p role="status" className="muted">
        {copied === 'yes' ? 'The link was copied.' : copied === 'failed' ? 'The link could not be copied: it is selected, so press Ctrl+C (⌘C on a Mac).' : ''}
      </p>
      <div className="form-actions">
        <Button variant="primary" onClick={() => void copy()}>
          Copy link
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
