import { Link } from 'react-router';
import { usePageFocus } from '../../ui/usePageFocus';
import { useFirm, useFirmTitle } from '../firm/FirmContext';

/** An address under the firm's portal that leads nowhere. */
export function NotFoundPage() {
  const firm = useFirm();
  useFirmTitle('Page not found');
  const heading = usePageFocus<HTMLHeadingElement>();
  return (
    <section className="panel panel--narrow" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>There is nothing at this address in the portal. The link may be incomplete, or the page may have moved.</p>
      <p>
        <Link to={`/p/${firm.slug}`}>Go to the portal home</Link>
      </p>
    </section>
  );
}
