import { Page } from '../../ui/Page';

/** Secure message threads with clients, across the firm's portals. */
export function MessagesPage() {
  return (
    <Page title="Messages">
      <p className="muted">No messages yet.</p>
    </Page>
  );
}
