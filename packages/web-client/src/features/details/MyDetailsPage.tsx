import { SectionPage } from '../../app/SectionPage';

/** The client's own contact details. */
export function MyDetailsPage() {
  return (
    <SectionPage title="My details">
      {() => <p className="muted">Your details are not shown here.</p>}
    </SectionPage>
  );
}
