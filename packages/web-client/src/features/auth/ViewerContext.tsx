import { createContext, useContext, type ReactNode } from 'react';

/** The signed-in client user at this firm's address. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
}

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer | null; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** The signed-in client user, or null when signed out. */
export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/** The signed-in client user; only on pages shown when signed in. */
export function useSignedInViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useSignedInViewer() is used on a page shown to signed-out visitors.');
  return viewer;
}
