import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { HomePage_Portals, type ClientPortal } from './portals';

/**
 * The portal a section page shows: the one named by `?portal=` in the address, else the
 * client's first portal. Most clients have one; a household or a company contact may have more.
 */
export function useCurrentPortal(): {
  portals: ClientPortal[] | undefined;
  portal: ClientPortal | null;
  loading: boolean;
  error: Error | undefined;
  refetch: () => Promise<unknown>;
} {
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(HomePage_Portals, { fetchPolicy: 'cache-first' });
  const portals = data?.myPortals;
  const wanted = params.get('portal');
  const portal = portals ? (portals.find((p) => p.id === wanted) ?? portals[0] ?? null) : null;
  return { portals, portal, loading, error, refetch };
}

/** The address of a section page for a portal, keeping the portal choice when there are several. */
export function sectionPath(slug: string, section: string, portal: { id: string } | null, several: boolean): string {
  const base = `/p/${slug}/${section}`;
  return several && portal ? `${base}?portal=${encodeURIComponent(portal.id)}` : base;
}
