import { SectionPage } from '../../app/SectionPage';

/** Files the firm shares, and the client's own uploads. */
export function FilesPage() {
  return (
    <SectionPage title="Files">
      {() => <p className="muted">No files have been shared with you yet.</p>}
    </SectionPage>
  );
}
