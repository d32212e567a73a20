import { createContext, useContext, type ReactNode } from 'react';

/** Set while a staff member views the portal as one of its members: everything is read-only. */
export interface PortalViewing {
  staffName: string;
  memberName: string;
}

const ViewingContext = createContext<PortalViewing | null>(null);

export function ViewingProvider({ viewing, children }: { viewing: PortalViewing | null; children: ReactNode }) {
  return <ViewingContext.Provider value={viewing}>{children}</ViewingContext.Provider>;
}

/** The staff view in progress, or null otherwise. Forms that change anything are not shown while it is set. */
export function useViewing(): PortalViewing | null {
  return useContext(ViewingContext);
}

/** The prominent strip at the top of every page during a staff view. */
export function ViewingBanner({ viewing }: { viewing: PortalViewing }) {
  return (
    <div className="viewing-banner">
      <p className="viewing-banner__inner">
        <span className="viewing-banner__icon" aria-hidden="true">
          i
        </span>
        <strong>
          {viewing.staffName} is viewing this portal as {viewing.memberName}. Read-only.
        </strong>
      </p>
    </div>
  );
}

/** Stands in for a form during a staff view (the banner says who is viewing). */
export function ReadOnlyNote({ what }: { what: string }) {
  return <p className="read-only-note">{what} is not available in this read-only view.</p>;
}
