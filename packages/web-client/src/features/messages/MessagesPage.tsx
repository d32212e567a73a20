import { SectionPage } from '../../app/SectionPage';

/** Secure messages with the firm. */
export function MessagesPage() {
  return (
    <SectionPage title="Messages">
      {() => <p className="muted">You have no messages.</p>}
    </SectionPage>
  );
}
