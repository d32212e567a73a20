import type { ReactNode } from 'react';
import { isAdmin, useViewer } from '../features/auth/viewer';
import { Alert } from '../ui/Alert';
import { Page } from '../ui/Page';

/** Shows its content to firm admins only (the server refuses the rest anyway). */
export function RequireAdmin({ title, children }: { title: string; children: ReactNode }) {
  const viewer = useViewer();
  if (isAdmin(viewer)) return children;
  return (
    <Page title={title}>
      <Alert tone="warning" title="Only firm admins can open this page">
        <p>Ask an admin of {viewer.firm.name} if you need a change here.</p>
      </Alert>
    </Page>
  );
}
