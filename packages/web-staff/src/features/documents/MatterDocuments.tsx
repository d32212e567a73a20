/** Documents and folders on a matter, as staff see and share them. */
export function MatterDocuments({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      No documents yet.
    </p>
  );
}
