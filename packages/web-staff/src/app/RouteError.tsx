import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../ui/Page';

/** Shown when a page fails to render; the error itself is left to the console by the router. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="centered-page" id="main-content">
      <div className="alert alert--error" role="alert">
        <h1 className="alert__title">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
        <p>{notFound ? 'There is no page at this address.' : 'This page could not be shown. Reload the page to try again.'}</p>
        <p>
          <Link to="/contacts">Go to Contacts</Link>
        </p>
      </div>
    </main>
  );
}
