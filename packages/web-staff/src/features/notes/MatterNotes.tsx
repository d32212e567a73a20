/** Notes and custom fields on a matter, as staff see and share them. */
export function MatterNotes({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      No notes yet.
    </p>
  );
}
