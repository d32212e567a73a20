/** To-dos on a matter, as staff see and share them. */
export function MatterTasks({ matterId }: { matterId: string }) {
  return (
    <p className="muted" data-matter={matterId}>
      No to-dos yet.
    </p>
  );
}
