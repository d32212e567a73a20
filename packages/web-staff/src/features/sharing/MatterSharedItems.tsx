/** Everything shared with the client on a matter, as staff see and share them. */
export function MatterSharedItems({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      Nothing is shared with the client yet.
    </p>
  );
}
