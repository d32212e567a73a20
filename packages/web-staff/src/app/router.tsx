import { createBrowserRouter, Navigate } from 'react-router';
import { AuthGate } from '../features/auth/AuthGate';
import { SignInPage } from '../features/auth/SignInPage';
import { ContactDetailPage } from '../features/contacts/ContactDetailPage';
import { ContactListPage } from '../features/contacts/ContactListPage';
import { EditContactPage, NewContactPage } from '../features/contacts/ContactFormPages';
import { ActivityPage } from '../features/activity/ActivityPage';
import { FirmSettingsPage } from '../features/firm/FirmSettingsPage';
import { SentMailPage } from '../features/mail/SentMailPage';
import { PortalSettingsPage } from '../features/portal-settings/PortalSettingsPage';
import { ClientPortalsPage } from '../features/portals/ClientPortalsPage';
import { EditMatterPage, NewMatterPage } from '../features/matters/MatterFormPages';
import { MatterDetailPage } from '../features/matters/MatterDetailPage';
import { MatterListPage } from '../features/matters/MatterListPage';
import { StaffPage } from '../features/staff/StaffPage';
import { MessagesPage } from '../features/messages/MessagesPage';
import { AppointmentRequestsPage } from '../features/appointments/AppointmentRequestsPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAdmin } from './RequireAdmin';
import { RouteError } from './RouteError';

export function createRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteError /> },
    {
      element: <AuthGate />,
      errorElement: <RouteError />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <Navigate to="/contacts" replace /> },
            { path: 'contacts', element: <ContactListPage /> },
            { path: 'contacts/new', element: <NewContactPage /> },
            { path: 'contacts/:contactId', element: <ContactDetailPage /> },
            { path: 'contacts/:contactId/edit', element: <EditContactPage /> },
            { path: 'matters', element: <MatterListPage /> },
            { path: 'matters/new', element: <NewMatterPage /> },
            { path: 'matters/:matterId', element: <MatterDetailPage /> },
            { path: 'matters/:matterId/edit', element: <EditMatterPage /> },
            { path: 'portals', element: <ClientPortalsPage /> },
            { path: 'messages', element: <MessagesPage /> },
            { path: 'appointment-requests', element: <AppointmentRequestsPage /> },
            { path: 'activity', element: <ActivityPage /> },
            { path: 'mail', element: <SentMailPage /> },
            {
              path: 'staff',
              element: (
                <RequireAdmin title="Staff">
                  <StaffPage />
                </RequireAdmin>
              ),
            },
            {
              path: 'settings/firm',
              element: (
                <RequireAdmin title="Firm settings">
                  <FirmSettingsPage />
                </RequireAdmin>
              ),
            },
            {
              path: 'settings/portal',
              element: (
                <RequireAdmin title="Portal settings">
                  <PortalSettingsPage />
                </RequireAdmin>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
