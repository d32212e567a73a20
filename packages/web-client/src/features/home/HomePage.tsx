import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeRequestError } from '../../app/requestErrors';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { usePageFocus } from '../../ui/usePageFocus';
import { useSessionEnded } from '../auth/useSessionEnded';
import { useSignedInViewer } from '../auth/ViewerContext';
import { useFirm, useFirmTitle } from '../firm/FirmContext';
import { HomePage_Portals } from './portals';
import { PortalSection } from './PortalSection';

/** The signed-in client's home: each of their portals with what the firm shares in it. */
export function HomePage() {
  const viewer = useSignedInViewer();
  const firm = useFirm();
  useFirmTitle();
  const heading = usePageFocus<HTMLHeadingElement>();
  // Fresh on every visit: the firm may have shared something since.
  const { data, error, refetch } = useQuery(HomePage_Portals, { fetchPolicy: 'cache-and-network' });
  const sessionEnded = useSessionEnded();
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);
  const portals = data?.myPortals;
  const several = (portals?.length ?? 0) > 1;

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        Welcome, {viewer.name}
      </h1>
      <p className="lead">
        This is your client portal with {firm.name}.{several ? ` You have access to ${portals?.length} portals.` : ''}
      </p>
      {portals ? (
        portals.length === 0 ? (
          <section className="empty" aria-labelledby="shared-heading">
            <h2 id="shared-heading">Shared with you</h2>
            <p>
              Nothing has been shared with you yet. When {firm.name} shares matters, files or to-dos with you, they appear here.
            </p>
          </section>
        ) : (
          portals.map((portal) => <PortalSection key={portal.id} portal={portal} several={several} />)
        )
      ) : error ? (
        <PortalsFailed message={describeRequestError(error)} onRetry={() => refetch().catch(() => undefined)} />
      ) : (
        <Loading label="Loading what is shared with you…" />
      )}
    </div>
  );
}

function PortalsFailed({ message, onRetry }: { message: string; onRetry: () => Promise<unknown> }) {
  const [retrying, setRetrying] = useState(false);
  return (
    <div className="stack">
      <Alert title="What is shared with you could not be loaded">{message}</Alert>
      <div>
        <Button
          variant="secondary"
          busy={retrying}
          busyLabel="Trying again…"
          onClick={() => {
            setRetrying(true);
            void onRetry().finally(() => setRetrying(false));
          }}
        >
          Try again
        </Button>
      </div>
    </div>
  );
}
