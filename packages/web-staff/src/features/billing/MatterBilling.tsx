/** Invoices and payments on a matter, as staff see and share them. */
export function MatterBilling({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      No invoices yet.
    </p>
  );
}
