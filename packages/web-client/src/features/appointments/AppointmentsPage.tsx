import { SectionPage } from '../../app/SectionPage';

/** Appointments shared with the client, and their requests. */
export function AppointmentsPage() {
  return (
    <SectionPage title="Appointments">
      {() => <p className="muted">You have no appointments.</p>}
    </SectionPage>
  );
}
