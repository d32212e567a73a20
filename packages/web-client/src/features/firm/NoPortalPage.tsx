import { useEffect } from 'react';
import { usePageFocus } from '../../ui/usePageFocus';

/** Shown at an address where no firm has a portal: no branding, no sign-in form. */
export function NoPortalPage() {
  const heading = usePageFocus<HTMLHeadingElement>();
  useEffect(() => {
    document.title = 'No client portal at this address';
  }, []);
  return (
    <div className="shell shell--plain">
      <main id="main" className="main">
        <section className="panel panel--narrow" aria-labelledby="no-portal-heading">
          <h1 id="no-portal-heading" ref={heading} tabIndex={-1}>
            There is no client portal at this address
          </h1>
          <p>The address may be mistyped or incomplete.</p>
          <p>
            Please open the link from your firm’s email again, or copy the whole address from it into your browser. If it still does not
            work, contact the firm directly.
          </p>
        </section>
      </main>
    </div>
  );
}
