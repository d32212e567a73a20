import { graphql } from '@atrium/schema/staff';
import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { describeError } from '../../lib/mutation';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Page';
import { ViewerContext } from './viewer';

export const AuthGate_ViewerQuery = graphql(`
  query AuthGate_Viewer {
    viewer {
      id
      name
      email
      role
      canInviteClients
      canShareItems
      firm {
        id
        name
        slug
        accentColor
        logoUrl
      }
    }
  }
`);

/**
 * Lets its routes render only for a signed-in staff member, whom it provides to them; anyone
 * else is sent to the sign-in page, which brings them back here afterwards.
 */
export function AuthGate() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(AuthGate_ViewerQuery);

  if (!data) {
    if (error) {
      return (
        <main className="centered-page" id="main-content">
          <Alert tone="error" role="alert" title="Atrium could not start">
            <p>{describeError(error)}</p>
            <Button variant="primary" onClick={() => void refetch().catch(() => undefined)}>
              Try again
            </Button>
          </Alert>
        </main>
      );
    }
    return (
      <main className="centered-page" id="main-content">
        <Loading>Loading Atrium…</Loading>
      </main>
    );
  }

  if (!data.viewer) {
    return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return (
    <ViewerContext value={data.viewer}>
      <Outlet />
    </ViewerContext>
  );
}
