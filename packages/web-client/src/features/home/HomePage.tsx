import { usePageFocus } from '../../ui/usePageFocus';
import { useSignedInViewer } from '../auth/ViewerContext';
import { useFirm, useFirmTitle } from '../firm/FirmContext';

/** The signed-in client's home: a greeting and, for now, an honest empty state. */
export function HomePage() {
  const viewer = useSignedInViewer();
  const firm = useFirm();
  useFirmTitle();
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        Welcome, {viewer.name}
      </h1>
      <p className="lead">This is your client portal with {firm.name}.</p>
      <section className="empty" aria-labelledby="shared-heading">
        <h2 id="shared-heading">Shared with you</h2>
        <p>
          Nothing has been shared with you yet. When {firm.name} shares matters, files or to-dos with you, they appear here.
        </p>
      </section>
    </div>
  );
}
