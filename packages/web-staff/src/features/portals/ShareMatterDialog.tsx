import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../lib/mutation';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { RadioGroup, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Page';
import { useShareMatter } from './useShareMatter';

const ShareMatterDialog_PortalsQuery = graphql(`
  query ShareMatterDialog_Portals($matterId: ID!, $search: String) {
    portalsForSharing(matterId: $matterId, search: $search, first: 30) {
      id
      contact {
        id
        displayName
      }
      members {
        id
      }
      sharedMatters {
        id
      }
    }
  }
`);

interface ShareMatterDialogProps {
  open: boolean;
  onClose: () => void;
  matter: { id: string; number: string; name: string };
  /** Called after the matter was shared, with the portal's client name. */
  onShared: (portalName: string) => void;
}

/** S1: picks one of the firm's portals (the matter's clients' first) and shares the matter with it. */
export function ShareMatterDialog({ open, onClose, matter, onShared }: ShareMatterDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={`Share ${matter.number} with a portal`} description="Members of the portal will see this matter and everything shared on it.">
      <ShareMatterForm matter={matter} onClose={onClose} onShared={onShared} />
    </Dialog>
  );
}

function ShareMatterForm({ matter, onClose, onShared }: Omit<ShareMatterDialogProps, 'open'>) {
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const [portalId, setPortalId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { data, previousData, loading, error: loadError } = useQuery(ShareMatterDialog_PortalsQuery, {
    variables: { matterId: matter.id, search: debounced || null },
    fetchPolicy: 'cache-and-network',
  });
  const { shareMatter, loading: sharing } = useShareMatter();
  const portals = (data ?? previousData)?.portalsForSharing ?? [];
  const options = portals
    .filter((portal) => !portal.sharedMatters.some((m) => m.id === matter.id))
    .map((portal) => ({
      value: portal.id,
      label: portal.contact.displayName,
      hint: portal.members.length === 1 ? '1 member' : `${portal.members.length} members`,
    }));
  const alreadyShared = portals.filter((portal) => portal.sharedMatters.some((m) => m.id === matter.id));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sharing) return;
    setError(null);
    const chosen = portals.find((portal) => portal.id === portalId);
    if (!chosen) {
      setError('Choose the portal to share the matter with.');
      return;
    }
    const outcome = await shareMatter(matter.id, chosen.id);
    if (outcome.ok) {
      onShared(chosen.contact.displayName);
      onClose();
    } else {
      setError(outcome.errors.map((e) => e.message).join(' '));
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={`Share ${matter.number} with a portal`}>
      {error ? (
        <Alert tone="error" role="alert" title="The matter was not shared">
          <p>{error}</p>
        </Alert>
      ) : null}
      <TextField label="Find a portal" hint="Part of the client’s name." type="search" value={search} onChange={(event) => setSearch(event.target.value)} data-autofocus />
      {!data && !previousData && loading ? <Loading>Loading portals…</Loading> : null}
      {loadError && !data ? <p className="muted">The portals could not be loaded: {describeError(loadError)}</p> : null}
      {(data ?? previousData) && options.length === 0 ? (
        <p className="muted">
          {debounced
            ? 'No portal matches this name, or it already has this matter.'
            : 'No other portal to share with. A portal appears once someone is invited to a client’s portal.'}
        </p>
      ) : null}
      {options.length > 0 ? (
        <RadioGroup label="Portal" hint="The portals of this matter’s clients come first." name="share-portal" value={portalId} options={options} onChange={setPortalId} />
      ) : null}
      {alreadyShared.length > 0 ? (
        <p className="field__hint">Already shared with: {alreadyShared.map((portal) => portal.contact.displayName).join(', ')}.</p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={sharing} busyLabel="Sharing…">
          Share matter
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
