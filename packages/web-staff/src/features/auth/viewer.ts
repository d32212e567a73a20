import { createContext, useContext } from 'react';
import type { ResultOf } from '../../lib/operations';
import type { AuthGate_ViewerQuery } from './AuthGate';

/** The signed-in staff member, with their firm. */
export type Viewer = NonNullable<ResultOf<typeof AuthGate_ViewerQuery>['viewer']>;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in staff member; only inside the routes behind <AuthGate>. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer must be used inside <AuthGate>.');
  return viewer;
}

export function isAdmin(viewer: Viewer): boolean {
  return viewer.role === 'ADMIN';
}
