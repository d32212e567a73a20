import { useQuery } from '@apollo/client/react';
import { graphql } from '@atrium/schema/client';
import { useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { ViewerProvider } from '../features/auth/ViewerContext';
import { FirmProvider } from '../features/firm/FirmContext';
import { FirmTheme } from '../features/firm/FirmTheme';
import { NoPortalPage } from '../features/firm/NoPortalPage';
import { HomePage } from '../features/home/HomePage';
import { AppointmentsPage } from '../features/appointments/AppointmentsPage';
import { BillingPage } from '../features/billing/BillingPage';
import { MyDetailsPage } from '../features/details/MyDetailsPage';
import { FilesPage } from '../features/files/FilesPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { TodosPage } from '../features/todos/TodosPage';
import { AcceptInvitationPage } from '../features/invitation/AcceptInvitationPage';
import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ViewingProvider } from '../features/viewing/ViewingContext';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';
import { usePageFocus } from '../ui/usePageFocus';
import { describeRequestError } from './requestErrors';
import { Layout } from './Layout';

const Portal_Session = graphql(`
  query Portal_Session($slug: String!) {
    firmBranding(slug: $slug) {
      slug
      name
      logoUrl
      accentColor
    }
    clientViewer {
      id
      name
      email
    }
    portalViewing {
      staffName
      memberName
    }
  }
`);

/** One firm's portal: its branding, and the client's pages when signed in or the sign-in page when not. */
export function Portal({ slug }: { slug: string }) {
  const location = useLocation();
  const { data, error, refetch } = useQuery(Portal_Session, { variables: { slug } });

  if (!data) {
    if (error) return <LoadFailed message={describeRequestError(error)} onRetry={() => refetch().catch(() => undefined)} />;
    return <Loading label="Loading the portal…" />;
  }

  const firm = data.firmBranding;
  if (!firm) return <NoPortalPage />;

  // /p/Demo and /p/demo are the same portal; keep one address for it.
  if (firm.slug !== slug) {
    const rest = location.pathname.slice(`/p/${slug}`.length);
    return <Navigate replace to={`/p/${firm.slug}${rest}${location.search}${location.hash}`} />;
  }

  const viewer = data.clientViewer;
  // A staff view is only ever a view of a signed-in member's session.
  const viewing = viewer ? data.portalViewing : null;
  return (
    <FirmProvider firm={firm}>
      <FirmTheme accentColor={firm.accentColor}>
        <ViewerProvider viewer={viewer}>
          <ViewingProvider viewing={viewing}>
            <Layout>
              <Routes>
                <Route index element={viewer ? <HomePage /> : <SignInPage />} />
                {/* Signed in or not: the link's token decides. */}
                <Route path="accept" element={<AcceptInvitationPage />} />
                <Route path="forgot-password" element={<ForgotPasswordPage />} />
                <Route path="reset-password" element={<ResetPasswordPage />} />
                {/* Signed out, the address asks for signing in and then shows the settings. */}
                <Route path="settings" element={viewer ? <SettingsPage /> : <SignInPage />} />
                <Route path="todos" element={viewer ? <TodosPage /> : <SignInPage />} />
                <Route path="files" element={viewer ? <FilesPage /> : <SignInPage />} />
                <Route path="billing/*" element={viewer ? <BillingPage /> : <SignInPage />} />
                <Route path="messages/*" element={viewer ? <MessagesPage /> : <SignInPage />} />
                <Route path="appointments" element={viewer ? <AppointmentsPage /> : <SignInPage />} />
                <Route path="details" element={viewer ? <MyDetailsPage /> : <SignInPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </Layout>
          </ViewingProvider>
        </ViewerProvider>
      </FirmTheme>
    </FirmProvider>
  );
}

function LoadFailed({ message, onRetry }: { message: string; onRetry: () => Promise<unknown> }) {
  const heading = usePageFocus<HTMLHeadingElement>();
  const [retrying, setRetrying] = useState(false);
  useEffect(() => {
    document.title = 'Client portal';
  }, []);
  return (
    <div className="shell shell--plain">
      <main id="main" className="main">
        <section className="panel panel--narrow" aria-labelledby="load-failed-heading">
          <h1 id="load-failed-heading" ref={heading} tabIndex={-1}>
            The portal could not be loaded
          </h1>
          <p>{message}</p>
          <Button
            busy={retrying}
            busyLabel="Trying again…"
            onClick={() => {
              setRetrying(true);
              void onRetry().finally(() => setRetrying(false));
            }}
          >
            Try again
          </Button>
        </section>
      </main>
    </div>
  );
}
