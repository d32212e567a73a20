/** Appointments on a matter, as staff see and share them. */
export function MatterAppointments({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      No appointments yet.
    </p>
  );
}
