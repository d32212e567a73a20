import { useEffect, type ReactNode } from 'react';
import { describeRequestError } from './requestErrors';
import { Alert } from '../ui/Alert';
import { Loading } from '../ui/Loading';
import { usePageFocus } from '../ui/usePageFocus';
import { useFirm } from '../features/firm/FirmContext';
import { useCurrentPortal } from '../features/home/useCurrentPortal';
import type { ClientPortal } from '../features/home/portals';
import { useSessionEnded } from '../features/auth/useSessionEnded';

/**
 * A page of one section of the client's portal (To-dos, Files, …): its heading, the portal it
 * is about, and the section's content once the portal is known. With `permission`, a member
 * without it is told so instead (the server refuses the data all the same).
 */
export function SectionPage({
  title,
  permission,
  children,
}: {
  title: string;
  permission?: keyof ClientPortal['permissions'];
  children: (portal: ClientPortal) => ReactNode;
}) {
  const firm = useFirm();
  const heading = usePageFocus<HTMLHeadingElement>();
  const { portals, portal, error } = useCurrentPortal();
  const sessionEnded = useSessionEnded();
  useEffect(() => {
    document.title = `${title} · ${firm.name}`;
  }, [title, firm.name]);
  useEffect(() => {
    if (error) sessionEnded(error);
  }, [error, sessionEnded]);

  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {portal && portals && portals.length > 1 ? <p className="lead">Portal: {portal.name}</p> : null}
      {error && !portals ? (
        <Alert title={`${title} could not be loaded`}>{describeRequestError(error)}</Alert>
      ) : !portals ? (
        <Loading label={`Loading ${title.toLowerCase()}…`} />
      ) : !portal ? (
        <p className="muted">You have no portal with {firm.name} at the moment.</p>
      ) : permission && !portal.permissions[permission] ? (
        <p className="muted">This part of the portal is not available to you. Please contact {firm.name} if you need it.</p>
      ) : (
        children(portal)
      )}
    </div>
  );
}
