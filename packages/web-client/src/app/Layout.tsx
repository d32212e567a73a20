import type { ReactNode } from 'react';
import { UserMenu } from '../features/auth/UserMenu';
import { useViewer } from '../features/auth/ViewerContext';
import { FirmBrand } from '../features/firm/FirmBrand';
import { useFirm } from '../features/firm/FirmContext';
import { useViewing, ViewingBanner } from '../features/viewing/ViewingContext';
import { PortalNav } from './PortalNav';

/** The firm-branded frame of every portal page: header with the firm and the client's menu, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const firm = useFirm();
  const viewing = useViewing();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header">
        {viewing ? <ViewingBanner viewing={viewing} /> : null}
        <div className="header__inner">
          <FirmBrand />
          {viewer ? <UserMenu /> : null}
        </div>
        {viewer ? <PortalNav /> : null}
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>
          {firm.name} · Client portal. Questions about your account? Please contact {firm.name} directly.
        </p>
      </footer>
    </div>
  );
}
